import { useState } from 'react';
import { Anchor, Button, Center, Group, Loader, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { CapTableHolders, CapTableInstruments } from './CapTableHolders';
import { EquityActions } from './EquityActions';
import { InvestmentsList } from './InvestmentsList';
import { LedgerTable } from './LedgerTable';
import { equityKey, json } from './queries';
import { Fraction, downloadText, todayIn, usePercent } from './shared';

type View = 'outstanding' | 'fully-diluted';

/**
 * A startup's cap table as of a day, outstanding or fully diluted. Staff also see the ledger and
 * investments and book changes; the startup's founders read the table only (the API gives them nothing else).
 */
export function CapTablePage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug, timezone } = organization;
  const staff = hasRole(organization, STAFF);
  const { startupId = '' } = useParams();
  const [asOf, setAsOf] = useState(() => todayIn(timezone));
  const [view, setView] = useState<View>('outstanding');
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const percent = usePercent();

  const startup = useQuery({
    queryKey: [slug, 'startups', startupId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}', { params: { path: { slug, startupId } } })),
  });
  const table = useQuery({
    queryKey: [...equityKey(slug, startupId), 'cap-table', asOf, view],
    enabled: validDay,
    placeholderData: keepPreviousData,
    queryFn: async () => json(await unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/cap-table', { params: { path: { slug, startupId }, query: { asOf, view } } }))),
  });
  const csv = useMutation({
    mutationFn: () =>
      unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/cap-table', { params: { path: { slug, startupId }, query: { asOf, view, format: 'csv' } }, parseAs: 'text' })),
    onSuccess: (text) => downloadText(text, `cap-table-${(startup.data?.name ?? startupId).replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}-${asOf}-${view}.csv`),
  });

  if (startup.isPending || (validDay && table.isPending)) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (startup.error) return <QueryError error={startup.error} />;
  if (table.error && !table.data) return <QueryError error={table.error} />;
  const data = table.data;
  const orgRow = data?.rows.find((row) => row.holderKind === 'organization');

  return (
    <>
      <PageHeader
        title={t('equity.capTable.title', { name: startup.data.name })}
        description={
          <Anchor component={Link} to={`/o/${slug}/startups/${startupId}`} size="sm">{t('equity.capTable.back')}</Anchor>
        }
        actions={
          <Button variant="default" leftSection={<IconDownload size={16} />} loading={csv.isPending} disabled={!validDay} onClick={() => csv.mutate()}>
            {t('equity.csv')}
          </Button>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={csv.error} />
        {staff && <EquityActions startupId={startupId} founders={startup.data.founders} />}
        {!staff && <Text size="sm">{t('equity.capTable.readOnly')}</Text>}
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="cap-table-heading">
          <Title order={2} size="h4" id="cap-table-heading" mb="sm">{t('equity.capTable.holders')}</Title>
          <Group align="flex-end" gap="md" mb="md" wrap="wrap">
            <TextInput
              type="date"
              label={t('equity.capTable.asOf')}
              description={t('equity.capTable.asOfHint', { timezone })}
              value={asOf}
              onChange={(event) => setAsOf(event.currentTarget.value)}
              required
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="cap-table-view">{t('equity.capTable.view')}</Text>
              <SegmentedControl
                aria-labelledby="cap-table-view"
                value={view}
                onChange={(value) => setView(value as View)}
                data={[
                  { value: 'outstanding', label: t('equity.capTable.outstanding') },
                  { value: 'fully-diluted', label: t('equity.capTable.fullyDiluted') },
                ]}
              />
            </Stack>
          </Group>
          {view === 'fully-diluted' && <Text size="xs" c="dimmed" mb="sm">{t('equity.capTable.viewHint')}</Text>}
          {table.error && <ProblemAlert error={table.error} />}
          {data && (
            <Stack gap="sm">
              {orgRow && <Text size="sm" fw={600}>{t('equity.capTable.stake', { percent: percent(orgRow.bps) })} (<Fraction value={data.organizationStake} />)</Text>}
              <CapTableHolders table={data} />
              {data.instruments.length > 0 && (
                <>
                  <Title order={3} size="h5">{t('equity.capTable.instruments')}</Title>
                  <CapTableInstruments table={data} />
                </>
              )}
            </Stack>
          )}
        </Paper>
        {staff && (
          <>
            <LedgerTable startupId={startupId} />
            <InvestmentsList startupId={startupId} />
          </>
        )}
      </Stack>
    </>
  );
}
