import type { ReactNode } from 'react';
import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { useLocale } from '../../i18n';
import { formatMonth, type ArrearsAmounts, type Money, type OpenInvoice } from './queries';

export const BUCKETS = ['days0To30', 'days31To60', 'days61To90', 'days90Plus'] as const;

/** A money cell, right-aligned; zero dimmed, an overdue amount bold. */
export function Amount({ value, strong = false }: { value: Money; strong?: boolean }) {
  const zero = value.amountMinor === 0;
  return (
    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} c={zero ? 'dimmed' : undefined} fw={!zero && strong ? 700 : undefined}>
      <MoneyText value={value} />
    </Table.Td>
  );
}

/** The two header rows: what a row is, not due, the four overdue buckets under one heading, outstanding and credit. */
function Head({ first }: { first: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {first.map((cell, index) => <Table.Th key={index} scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>{cell}</Table.Th>)}
        <Table.Th scope="col" rowSpan={2} ta="right" style={{ verticalAlign: 'bottom' }}>{t('payments.arrears.notDue')}</Table.Th>
        <Table.Th scope="colgroup" colSpan={4} ta="center" style={{ borderBottom: '1px solid var(--mantine-color-gray-4)' }}>{t('payments.arrears.overdueBy')}</Table.Th>
        <Table.Th scope="col" rowSpan={2} ta="right" style={{ verticalAlign: 'bottom' }}>{t('payments.arrears.outstanding')}</Table.Th>
        <Table.Th scope="col" rowSpan={2} ta="right" style={{ verticalAlign: 'bottom' }}>{t('payments.arrears.credit')}</Table.Th>
      </Table.Tr>
      <Table.Tr>
        {BUCKETS.map((bucket) => <Table.Th key={bucket} scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>{t(`payments.arrears.buckets.${bucket}`)}</Table.Th>)}
      </Table.Tr>
    </Table.Thead>
  );
}

function Amounts({ row }: { row: ArrearsAmounts }) {
  return (
    <>
      <Amount value={row.notDue} />
      {BUCKETS.map((bucket) => <Amount key={bucket} value={row[bucket]} strong />)}
      <Amount value={row.outstanding} strong />
      <Amount value={row.creditBalance} />
    </>
  );
}

/** Per currency: the organization's (or the one startup's) open balances by age, never added across currencies. */
export function TotalsTable({ totals, caption }: { totals: Schemas['ArrearsTotalDto'][]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing="xs" horizontalSpacing="sm" data-testid="arrears-totals">
        <caption><VisuallyHidden>{caption}</VisuallyHidden></caption>
        <Head first={[t('payments.fields.currency'), t('payments.arrears.startups')]} />
        <Table.Tbody>
          {totals.map((row) => (
            <Table.Tr key={row.currency} data-currency={row.currency}>
              <Table.Th scope="row">{row.currency}</Table.Th>
              <Table.Td>{row.startups}</Table.Td>
              <Amounts row={row} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One row per startup and currency (each amount names its currency) with something open or a credit; the name narrows the page to it. */
export function StartupsTable({ startups, caption, onPick }: { startups: Schemas['ArrearsStartupDto'][]; caption: string; onPick: (startupId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="xs" horizontalSpacing="sm" data-testid="arrears-startups">
        <caption><VisuallyHidden>{caption}</VisuallyHidden></caption>
        <Head first={[t('payments.fields.startup')]} />
        <Table.Tbody>
          {startups.map((row) => (
            <Table.Tr key={`${row.startupId}-${row.currency}`}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onPick(row.startupId)} aria-label={t('payments.arrears.pick', { startup: row.startupName })}>
                  {row.startupName}
                </Anchor>
              </Table.Th>
              <Amounts row={row} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const BUCKET_COLOR: Record<Schemas['AgingBucket'], string> = { not_due: 'gray', '0_30': 'blue', '31_60': 'orange', '61_90': 'red', '90_plus': 'red' };

/** A startup's invoices open on the as-of date, oldest due first, each with its age and balance. */
export function OpenInvoicesTable({ invoices, caption }: { invoices: OpenInvoice[]; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" data-testid="arrears-invoices">
        <caption><VisuallyHidden>{caption}</VisuallyHidden></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('payments.arrears.invoice')}</Table.Th>
            <Table.Th scope="col">{t('payments.arrears.month')}</Table.Th>
            <Table.Th scope="col">{t('payments.arrears.due')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('payments.arrears.daysOverdue')}</Table.Th>
            <Table.Th scope="col">{t('payments.arrears.bucket')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('payments.arrears.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.invoiceId}>
              <Table.Th scope="row" fw={500}><Anchor component={Link} to={`/o/${slug}/invoices/${invoice.invoiceId}`} size="sm">{invoice.number}</Anchor></Table.Th>
              <Table.Td>{formatMonth(invoice.period, locale)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}><Day value={invoice.dueOn} /></Table.Td>
              <Table.Td ta="right">{invoice.daysOverdue > 0 ? invoice.daysOverdue : '—'}</Table.Td>
              <Table.Td><Badge component="span" miw="max-content" variant={invoice.bucket === '90_plus' ? 'filled' : 'light'} color={BUCKET_COLOR[invoice.bucket]} tt="none">{t(`payments.arrears.bucketNames.${invoice.bucket}`)}</Badge></Table.Td>
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}><MoneyText value={invoice.balance} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The as-of note under the tables. */
export function AsOfNote() {
  const { t } = useTranslation();
  return <Text size="xs" c="dimmed" mt="xs">{t('payments.arrears.note')}</Text>;
}
