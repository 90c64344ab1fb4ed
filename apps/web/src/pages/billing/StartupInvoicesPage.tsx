import { Anchor, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { formatMoney } from '../../format';
import { useLocale } from '../../i18n';
import { InvoiceStatusBadge } from './badges';
import { billingKeys, formatMonth, inKindOf, type Invoice, useStartupName } from './queries';

/** A startup's invoices and credit notes as cards (a founder's, on a phone too): staff see any startup's, founders their own. */
export function StartupInvoicesPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { startupId = '' } = useParams();
  const name = useStartupName(startupId);
  const invoices = useInfiniteQuery({
    queryKey: [...billingKeys.invoices(slug), { startupId }],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/organizations/{slug}/invoices', { params: { path: { slug }, query: { startupId, cursor: pageParam, limit: 20 } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (name.error) return <QueryError error={name.error} />;
  const items = invoices.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={name.data ? t('billing.mine.title', { name: name.data }) : t('billing.mine.titlePlain')} description={t('billing.mine.description')} />
      {invoices.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : invoices.isError ? (
        <QueryError error={invoices.error} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('billing.mine.empty')}</Text>
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {items.map((invoice) => (
              <InvoiceCard key={invoice.id} invoice={invoice} />
            ))}
          </SimpleGrid>
          {invoices.hasNextPage && (
            <Button variant="default" w="fit-content" loading={invoices.isFetchingNextPage} onClick={() => void invoices.fetchNextPage()}>{t('billing.mine.more')}</Button>
          )}
        </Stack>
      )}
    </>
  );
}

function InvoiceCard({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const inKind = inKindOf(invoice);
  const isInvoice = invoice.kind === 'invoice';
  return (
    <Card withBorder data-testid="invoice" component="article" aria-labelledby={`invoice-${invoice.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={`invoice-${invoice.id}`}>
            <Anchor component={Link} to={`/o/${slug}/invoices/${invoice.id}`} inherit aria-label={t('billing.mine.open', { number: invoice.number })}>{invoice.number}</Anchor>
          </Title>
          <InvoiceStatusBadge status={invoice.status} />
        </Group>
        {isInvoice ? (
          <Text size="sm">{t('billing.list.period')}: {invoice.period ? formatMonth(invoice.period, locale) : '—'}</Text>
        ) : (
          <Text size="sm">{t('billing.mine.credits', { number: invoice.creditsInvoiceNumber ?? '—' })}</Text>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="sm">{t('billing.list.total')}</Text>
          <Text size="sm" fw={600}><MoneyText value={invoice.total} /></Text>
        </Group>
        {isInvoice && (
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('billing.list.balance')}</Text>
            <Text size="sm" fw={600}><MoneyText value={invoice.balance} /></Text>
          </Group>
        )}
        {isInvoice && invoice.dueOn && invoice.status !== 'no_charge' && (
          <Text size="sm">{t('billing.list.due')}: <Day value={invoice.dueOn} /></Text>
        )}
        {inKind && inKind.amountMinor > 0 && (
          <Text size="sm" c="teal.9">
            {invoice.status === 'no_charge'
              ? t('billing.detail.noCharge', { amount: formatMoney(inKind, locale) })
              : t('billing.detail.partInKind', { amount: formatMoney(inKind, locale), market: formatMoney(invoice.market, locale) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
