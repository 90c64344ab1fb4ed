import { useState, type ReactNode } from 'react';
import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day, MoneyText } from '../../components/format';
import { hasRole, STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { Loading } from '../../session/guards';
import { RecordPaymentModal } from './RecordPaymentModal';
import { Section } from './Section';
import { paymentKeys, todayIn, useArrears, useStartupName, type ArrearsAmounts, type Money } from './queries';

function Line({ label, value, strong = false }: { label: ReactNode; value: Money; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" fw={strong ? 600 : undefined}>{label}</Text>
      <Text size="sm" fw={strong ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}><MoneyText value={value} /></Text>
    </Group>
  );
}

/** A currency's balance today: what is open, of it overdue, and the credit from payments not yet set against an invoice. */
function BalanceCard({ row }: { row: ArrearsAmounts }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="balance" data-currency={row.currency}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>{row.currency}</Text>
      <Stack gap={4}>
        <Line label={t('payments.mine.outstanding')} value={row.outstanding} strong />
        <Line label={t('payments.mine.overdue')} value={row.overdue} />
        <Line label={t('payments.mine.notDue')} value={row.notDue} />
        <Line label={t('payments.mine.credit')} value={row.creditBalance} />
      </Stack>
    </Card>
  );
}

/**
 * A startup's payments and balance, read-only for its founders (the API limits them to their own
 * startups): what is open today and how overdue, the credit balance, the open invoices and the
 * payments received with where they went. Cards, so it reads on a phone.
 */
export function StartupPaymentsPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug, timezone } = organization;
  const staff = hasRole(organization, STAFF);
  const { startupId = '' } = useParams();
  const name = useStartupName(startupId);
  const [recording, setRecording] = useState(false);
  const arrears = useArrears(todayIn(timezone), startupId);
  const payments = useQuery({
    queryKey: [...paymentKeys.payments(slug), { startupId }],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/payments', { params: { path: { slug }, query: { startupId, limit: 50 } } })),
  });

  if (name.error) return <QueryError error={name.error} />;
  if (name.isPending) return <Loading />;

  return (
    <>
      <Anchor component={Link} to={`/o/${slug}/startups/${startupId}`} size="sm">← {name.data}</Anchor>
      <PageHeader
        title={t('payments.mine.title', { startup: name.data })}
        description={t('payments.mine.description')}
        actions={staff ? <Button leftSection={<IconCash size={16} />} onClick={() => setRecording(true)}>{t('payments.record.title')}</Button> : undefined}
      />
      <Stack gap="lg">
        <Section id="startup-balance" title={t('payments.mine.balanceTitle')}>
          {arrears.isPending ? (
            <Loader size="sm" aria-label={t('app.loading')} />
          ) : arrears.error ? (
            <ProblemAlert error={arrears.error} />
          ) : arrears.data.totals.length === 0 ? (
            <Text size="sm" c="dimmed">{t('payments.mine.nothingOpen')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {arrears.data.totals.map((row) => <BalanceCard key={row.currency} row={row} />)}
            </SimpleGrid>
          )}
          {arrears.data && arrears.data.totals.some((row) => row.creditBalance.amountMinor > 0) && <Text size="xs" c="dimmed" mt="xs">{t('payments.mine.creditHint')}</Text>}
        </Section>

        {arrears.data && arrears.data.invoices.length > 0 && (
          <Section id="startup-open-invoices" title={t('payments.mine.openTitle')}>
            <Stack gap="xs">
              {arrears.data.invoices.map((invoice) => (
                <Card key={invoice.invoiceId} withBorder padding="sm" data-testid="open-invoice">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Anchor component={Link} to={`/o/${slug}/invoices/${invoice.invoiceId}`} fw={600} size="sm">{invoice.number}</Anchor>
                    <Badge component="span" miw="max-content" variant={invoice.daysOverdue > 0 ? 'filled' : 'light'} color={invoice.daysOverdue > 0 ? 'red' : 'blue'} tt="none">
                      {invoice.daysOverdue > 0 ? t('payments.mine.daysOverdue', { count: invoice.daysOverdue }) : t('payments.arrears.bucketNames.not_due')}
                    </Badge>
                  </Group>
                  <Group justify="space-between" gap="xs" mt={4}>
                    <Text size="sm">{t('payments.mine.due')}: <Day value={invoice.dueOn} /></Text>
                    <Text size="sm" fw={700}><MoneyText value={invoice.balance} /></Text>
                  </Group>
                </Card>
              ))}
            </Stack>
          </Section>
        )}

        <Section id="startup-payments" title={t('payments.mine.paymentsTitle')}>
          {payments.isPending ? (
            <Loader size="sm" aria-label={t('app.loading')} />
          ) : payments.error ? (
            <ProblemAlert error={payments.error} />
          ) : payments.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">{t('payments.mine.empty')}</Text>
          ) : (
            <Stack gap="xs">
              {payments.data.items.map((payment) => (
                <Card key={payment.id} withBorder padding="sm" data-testid="payment">
                  <Group justify="space-between" gap="xs" wrap="wrap" mb={4}>
                    <Title order={3} size="h5"><Day value={payment.receivedOn} /></Title>
                    <Anchor component={Link} to={`/o/${slug}/payments/${payment.id}`} size="sm" aria-label={t('payments.mine.openOne', { reference: payment.bankReference })}>
                      {payment.bankReference}
                    </Anchor>
                  </Group>
                  <Stack gap={2}>
                    <Line label={t('payments.fields.amount')} value={payment.amount} strong />
                    <Line label={t('payments.allocations.allocated')} value={payment.allocated} />
                    {payment.unallocated.amountMinor > 0 && <Line label={t('payments.mine.credit')} value={payment.unallocated} />}
                  </Stack>
                </Card>
              ))}
              {payments.data.nextCursor && <Text size="xs" c="dimmed">{t('payments.mine.more')}</Text>}
            </Stack>
          )}
        </Section>
      </Stack>
      {recording && <RecordPaymentModal startupId={startupId} onClose={() => setRecording(false)} />}
    </>
  );
}
