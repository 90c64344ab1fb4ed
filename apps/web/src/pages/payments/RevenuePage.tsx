import { useEffect, useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { formatMoney, minorToDecimal } from '../../format';
import { useLocale } from '../../i18n';
import { Amount } from './ArrearsTables';
import { Section } from './Section';
import { addMonths, formatMonth, isMonth, monthsBetween, paymentKeys, todayIn } from './queries';

type Row = Schemas['RevenueRowDto'];
const SERIES = [
  { name: 'invoiced', color: 'blue.6' },
  { name: 'credited', color: 'orange.6' },
  { name: 'collected', color: 'teal.7' },
] as const;

/** One currency's months as bars: invoiced, credited and collected (major units for drawing only; the table has the exact amounts). */
function CurrencyChart({ currency, months, rows }: { currency: string; months: string[]; rows: Row[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const major = (money: Schemas['MoneyResponseDto'] | undefined) => (money ? Number(minorToDecimal(money.amountMinor, money.currency)) : 0);
  const data = months.map((month) => {
    const row = byMonth.get(month);
    return { month: formatMonth(month, locale, 'short'), invoiced: major(row?.invoiced), credited: major(row?.credited), collected: major(row?.collected) };
  });
  const full = new Intl.NumberFormat(locale, { style: 'currency', currency, ...(currency === 'MNT' ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) });
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 });
  const summary = rows.map((row) => `${formatMonth(row.month, locale)}: ${SERIES.map((s) => `${t(`payments.revenue.${s.name}`)} ${formatMoney(row[s.name], locale)}`).join(', ')}`).join('; ');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">{t('payments.revenue.chartTitle', { currency })}</Title>
      <div role="figure" aria-label={t('payments.revenue.chartLabel', { currency, values: summary || t('payments.revenue.none') })}>
        <BarChart
          h={260}
          data={data}
          dataKey="month"
          series={SERIES.map((s) => ({ ...s, label: t(`payments.revenue.${s.name}`) }))}
          valueFormatter={(value) => full.format(value)}
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 36 }}
          yAxisProps={{ width: 80, tickFormatter: (value: number) => compact.format(value) }}
          tickLine="none"
          gridAxis="x"
        />
      </div>
    </Stack>
  );
}

/**
 * Staff: rent invoiced (invoices for the month, billed after it ends), credited (credit notes
 * issued in it) and collected (payments received in it) per month and currency, from–to
 * (default: the last six months). A chart per currency and the exact amounts in a table; currencies
 * are never added together.
 */
export function RevenuePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const thisMonth = todayIn(timezone).slice(0, 7);
  const [params, setParams] = useSearchParams();
  // The page's state, mirrored into the address (replace) so a view can be shared; edits queue in React state.
  const [range, setRange] = useState(() => {
    const to = params.get('to') ?? thisMonth;
    return { from: params.get('from') ?? addMonths(to, -5), to };
  });
  const { from, to } = range;
  useEffect(() => {
    const search = new URLSearchParams({ from, to });
    if (search.toString() !== params.toString()) setParams(search, { replace: true });
  }, [from, to, params, setParams]);
  const valid = isMonth(from) && isMonth(to) && from <= to;
  const revenue = useQuery({
    queryKey: paymentKeys.revenue(slug, from, to),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/billing/revenue', { params: { path: { slug }, query: { from, to } } })),
    enabled: valid,
  });
  const rows = revenue.data?.rows ?? [];
  const currencies = [...new Set(rows.map((row) => row.currency))].sort();
  const months = revenue.data ? monthsBetween(revenue.data.from, revenue.data.to) : [];
  const set = (next: { from?: string; to?: string }) => setRange((current) => ({ ...current, ...next }));
  const period = valid ? t('payments.revenue.period', { from: formatMonth(from, locale), to: formatMonth(to, locale) }) : '';

  return (
    <>
      <PageHeader title={t('payments.revenue.title')} description={t('payments.revenue.description')} />
      <Stack gap="lg">
        <Group align="flex-end" wrap="wrap">
          <TextInput type="month" label={t('payments.revenue.from')} value={from} onChange={(event) => set({ from: event.currentTarget.value })} w={200} error={!isMonth(from) ? t('payments.revenue.monthNeeded') : undefined} />
          <TextInput
            type="month"
            label={t('payments.revenue.to')}
            value={to}
            onChange={(event) => set({ to: event.currentTarget.value })}
            w={200}
            error={!isMonth(to) ? t('payments.revenue.monthNeeded') : isMonth(from) && from > to ? t('payments.revenue.backwards') : undefined}
          />
        </Group>
        {!valid ? null : revenue.isPending ? (
          <Loader aria-label={t('app.loading')} />
        ) : revenue.error ? (
          <ProblemAlert error={revenue.error} />
        ) : rows.length === 0 ? (
          <Text c="dimmed">{t('payments.revenue.empty', { period })}</Text>
        ) : (
          <>
            <Section id="revenue-chart" title={t('payments.revenue.chartsTitle', { period })}>
              <SimpleGrid cols={{ base: 1, lg: currencies.length > 1 ? 2 : 1 }}>
                {currencies.map((currency) => (
                  <CurrencyChart key={currency} currency={currency} months={months} rows={rows.filter((row) => row.currency === currency)} />
                ))}
              </SimpleGrid>
            </Section>
            <Section id="revenue-table" title={t('payments.revenue.tableTitle')}>
              <Table.ScrollContainer minWidth={760}>
                <Table striped verticalSpacing="xs" data-testid="revenue">
                  <caption><VisuallyHidden>{t('payments.revenue.tableCaption', { period })}</VisuallyHidden></caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('payments.revenue.month')}</Table.Th>
                      <Table.Th scope="col">{t('payments.fields.currency')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('payments.revenue.invoiced')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('payments.revenue.credited')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('payments.revenue.net')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('payments.revenue.collected')}</Table.Th>
                      <Table.Th scope="col" ta="right">{t('payments.revenue.invoices')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={`${row.month}-${row.currency}-${row.stream}`}>
                        <Table.Th scope="row" fw={500}>{formatMonth(row.month, locale)}</Table.Th>
                        <Table.Td>{row.currency}</Table.Td>
                        <Amount value={row.invoiced} />
                        <Amount value={row.credited} />
                        <Amount value={row.netInvoiced} strong />
                        <Amount value={row.collected} strong />
                        <Table.Td ta="right">{row.invoices}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Text size="xs" c="dimmed" mt="xs">{t('payments.revenue.rule')}</Text>
            </Section>
          </>
        )}
      </Stack>
    </>
  );
}
