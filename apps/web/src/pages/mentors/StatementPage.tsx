import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatDay, formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { Loading } from '../../session/guards';
import { LineKindBadge } from './badges';
import { MentorProblem } from './MentorProblem';
import { formatMonth } from './month';
import { keys } from './queries';
import { Section } from './Section';

type Statement = Schemas['MentorStatementDetailDto'];

/** Hands a downloaded file to the browser under the API's file name. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One statement (the link in the mentor's email): its lines at the rate in force, totals per currency, CSV and PDF. */
export function StatementPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const statementId = useParams().statementId ?? '';
  const path = { slug, statementId };
  const statement = useQuery({
    queryKey: keys.statement(slug, statementId),
    queryFn: async () => {
      const data = await unwrap(api.GET('/api/v1/organizations/{slug}/mentor-statements/{statementId}', { params: { path } }));
      // The route also answers CSV and PDF; without format= it is always the JSON.
      if (typeof data === 'string') throw new Error('Expected the statement as JSON');
      return data;
    },
  });
  const fileName = (format: 'csv' | 'pdf') => `mentor-statement-${statement.data?.month ?? ''}-${statementId}.${format}`;
  const csv = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-statements/{statementId}', { params: { path, query: { format: 'csv' } }, parseAs: 'text' })),
    // The byte-order mark is dropped by the text decoding; spreadsheets need it to read UTF-8 (Cyrillic names).
    onSuccess: (text) => save(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), fileName('csv')),
  });
  const pdf = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-statements/{statementId}', { params: { path, query: { format: 'pdf' } }, parseAs: 'blob' })),
    onSuccess: (blob) => save(blob, fileName('pdf')),
  });

  if (statement.isPending) return <Loading />;
  if (statement.error) return <QueryError error={statement.error} />;
  const data = statement.data;

  return (
    <>
      <Anchor component={Link} to={`/o/${slug}/mentor-statements`} size="sm">← {t('mentors.statement.back')}</Anchor>
      <PageHeader
        title={t('mentors.statement.title', { month: formatMonth(data.month, locale) })}
        description={t('mentors.statement.description', { mentor: data.mentorName, issued: formatDateTime(data.issuedAt, timezone, locale) })}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={csv.isPending} onClick={() => csv.mutate()}>{t('mentors.statement.csv')}</Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={pdf.isPending} onClick={() => pdf.mutate()}>{t('mentors.statement.pdf')}</Button>
          </>
        }
      />
      <Stack gap="lg">
        <MentorProblem error={csv.error ?? pdf.error} />
        <StatementTotals statement={data} />
        <Section id="statement-lines" title={t('mentors.statement.lines')}>
          <StatementLines statement={data} />
        </Section>
        <Text size="xs" c="dimmed">{t('mentors.statement.rule')}</Text>
      </Stack>
    </>
  );
}

function StatementLines({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (statement.lines.length === 0) return <Text size="sm" c="dimmed">{t('mentors.statement.noLines')}</Text>;
  return (
    <>
      {statement.lines.some((line) => line.kind === 'adjustment') && <Text size="sm" mb="xs">{t('mentors.statement.adjustmentHint')}</Text>}
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs" data-testid="statement-lines">
          <caption><VisuallyHidden>{t('mentors.statement.linesCaption')}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('mentors.statement.date')}</Table.Th>
              <Table.Th scope="col">{t('mentors.statement.kind')}</Table.Th>
              <Table.Th scope="col">{t('mentors.statement.startup')}</Table.Th>
              <Table.Th scope="col">{t('mentors.statement.topic')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('mentors.statement.minutes')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('mentors.statement.rate')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('mentors.statement.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statement.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}><Day value={line.occurredOn} /></Table.Td>
                <Table.Td><LineKindBadge kind={line.kind} /></Table.Td>
                <Table.Td>{line.startupName}</Table.Td>
                <Table.Td>{line.kind === 'success_fee' ? t('mentors.lineKind.success_fee') : line.description}</Table.Td>
                <Table.Td ta="right">{line.minutes === null ? '—' : formatNumber(line.minutes, locale)}</Table.Td>
                <Table.Td ta="right">
                  {line.rate ? (
                    <Stack gap={0} align="flex-end">
                      <MoneyText value={line.rate} />
                      {line.rateEffectiveFrom && <Text size="xs" c="dimmed">{t('mentors.statement.rateFrom', { date: formatDay(line.rateEffectiveFrom, locale) })}</Text>}
                    </Stack>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td ta="right" fw={500} style={{ whiteSpace: 'nowrap' }}><MoneyText value={line.amount} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

const FIGURES = [
  { key: 'sessionsMinor', label: 'mentors.statement.sessions' },
  { key: 'adjustmentsMinor', label: 'mentors.statement.adjustments' },
  { key: 'successFeesMinor', label: 'mentors.statement.successFees' },
] as const;

/** One card per currency: never added across currencies. */
function StatementTotals({ statement }: { statement: Statement }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="statement-totals">
      <Title order={2} size="h4" id="statement-totals" mb="xs">{t('mentors.statement.totals')}</Title>
      {statement.totals.length > 1 && <Text size="sm" c="dimmed" mb="xs">{t('mentors.statement.separateCurrencies')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {statement.totals.map((total) => (
          <Card key={total.currency} withBorder padding="md" data-testid={`total-${total.currency}`}>
            <Title order={3} size="h5" mb="xs">{t('mentors.statement.totalsIn', { currency: total.currency })}</Title>
            <Stack gap={4}>
              {FIGURES.map((figure) => (
                <Group key={figure.key} justify="space-between" gap="xs">
                  <Text size="sm">{t(figure.label)}</Text>
                  <Text size="sm"><MoneyText value={{ amountMinor: total[figure.key], currency: total.currency }} /></Text>
                </Group>
              ))}
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('mentors.statement.approvedMinutes')}</Text>
                <Text size="sm">{formatNumber(total.minutes, locale)}</Text>
              </Group>
              <Group justify="space-between" gap="xs" pt={4} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                <Text fw={700}>{t('mentors.statement.total')}</Text>
                <Text fw={700}><MoneyText value={{ amountMinor: total.totalMinor, currency: total.currency }} /></Text>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
