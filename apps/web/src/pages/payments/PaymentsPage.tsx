import { useState, type ReactNode } from 'react';
import { Anchor, Box, Button, Group, Loader, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { Section } from './Section';
import { RecordPaymentModal } from './RecordPaymentModal';
import { paymentKeys, useStartupOptions, type Payment } from './queries';

const Right = ({ children }: { children: ReactNode }) => <Box ta="right" style={{ whiteSpace: 'nowrap' }}>{children}</Box>;

/** Staff: the payments received (newest first, by startup), "Record payment", and who has a credit balance. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [params, setParams] = useSearchParams();
  const startupId = params.get('startupId');
  const [recording, setRecording] = useState(false);
  const startups = useStartupOptions();
  const filter = { startupId: startupId ?? undefined };
  const credit = useQuery({
    queryKey: paymentKeys.creditBalances(slug, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/billing/credit-balances', { params: { path: { slug }, query: filter } })),
  });

  const columns: Column<Payment>[] = [
    { key: 'receivedOn', header: t('payments.fields.receivedOn'), render: (p) => <Day value={p.receivedOn} />, sortValue: (p) => p.receivedOn },
    { key: 'startup', header: t('payments.fields.startup'), render: (p) => p.startupName, sortValue: (p) => p.startupName },
    {
      key: 'reference',
      header: t('payments.fields.bankReference'),
      render: (p) => <Anchor component={Link} to={`/o/${slug}/payments/${p.id}`} aria-label={t('payments.list.open', { reference: p.bankReference })}>{p.bankReference}</Anchor>,
      sortValue: (p) => p.bankReference,
    },
    { key: 'amount', header: <Right>{t('payments.fields.amount')}</Right>, render: (p) => <Right><MoneyText value={p.amount} /></Right> },
    { key: 'allocated', header: <Right>{t('payments.allocations.allocated')}</Right>, render: (p) => <Right><MoneyText value={p.allocated} /></Right> },
    {
      key: 'unallocated',
      header: <Right>{t('payments.allocations.unallocated')}</Right>,
      render: (p) => <Right><Text span size="sm" fw={p.unallocated.amountMinor > 0 ? 700 : undefined}><MoneyText value={p.unallocated} /></Text></Right>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('payments.list.title')}
        description={t('payments.list.description')}
        actions={<Button leftSection={<IconCash size={16} />} onClick={() => setRecording(true)}>{t('payments.record.title')}</Button>}
      />
      <Stack gap="lg">
        <Group align="flex-end">
          <Select
            label={t('payments.fields.startup')}
            placeholder={t('payments.list.allStartups')}
            clearable
            searchable
            data={(startups.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={startupId}
            onChange={(value) => setParams(value ? { startupId: value } : {}, { replace: true })}
            w={260}
          />
        </Group>
        <CursorTable
          queryKey={[...paymentKeys.payments(slug), filter]}
          fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/payments', { params: { path: { slug }, query: { ...filter, cursor, limit: 25 } } }))}
          columns={columns}
          rowKey={(p) => p.id}
          caption={t('payments.list.caption')}
          empty={t('payments.list.empty')}
        />
        <Section id="credit-balances" title={t('payments.credit.title')}>
          <Text size="sm" c="dimmed" mb="xs">{t('payments.credit.description')}</Text>
          {credit.isPending ? (
            <Loader size="sm" aria-label={t('app.loading')} />
          ) : credit.error ? (
            <ProblemAlert error={credit.error} />
          ) : credit.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">{t('payments.credit.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={420}>
              <Table striped verticalSpacing="xs" data-testid="credit-balances">
                <caption><VisuallyHidden>{t('payments.credit.title')}</VisuallyHidden></caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('payments.fields.startup')}</Table.Th>
                    <Table.Th scope="col">{t('payments.fields.currency')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('payments.credit.credit')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('payments.credit.payments')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {credit.data.items.map((row) => (
                    <Table.Tr key={`${row.startupId}-${row.credit.currency}`}>
                      <Table.Td>
                        <Anchor component="button" type="button" size="sm" onClick={() => setParams({ startupId: row.startupId }, { replace: true })}>{row.startupName}</Anchor>
                      </Table.Td>
                      <Table.Td>{row.credit.currency}</Table.Td>
                      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}><MoneyText value={row.credit} /></Table.Td>
                      <Table.Td ta="right">{row.payments}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>
      </Stack>
      {recording && <RecordPaymentModal startupId={startupId} onClose={() => setRecording(false)} />}
    </>
  );
}
