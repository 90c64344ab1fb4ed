import { Anchor, Group, Loader, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/problem';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { decimalToMinor, formatMoney } from '../../format';
import { useLocale } from '../../i18n';
import type { OpenInvoice } from './queries';

/** Amounts typed per invoice id, as decimal text in the payment's currency. */
export type AllocationDrafts = Record<string, string>;

/** The typed amounts in minor units (blank rows left out); null when one is not a valid amount. */
export function allocationsOf(drafts: AllocationDrafts, currency: string): { invoiceId: string; amountMinor: number }[] | null {
  const allocations: { invoiceId: string; amountMinor: number }[] = [];
  for (const [invoiceId, text] of Object.entries(drafts)) {
    if (text.trim() === '') continue;
    const minor = decimalToMinor(text, currency);
    if (minor === null || minor <= 0) return null;
    allocations.push({ invoiceId, amountMinor: minor });
  }
  return allocations;
}

/** The invoice a refusal names (ALLOCATION_EXCEEDS_BALANCE, CURRENCY_MISMATCH, NOT_AN_INVOICE carry invoiceId). */
export function refusedInvoiceOf(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const invoiceId: unknown = (error.problem as Record<string, unknown>).invoiceId;
  return typeof invoiceId === 'string' ? invoiceId : null;
}

/**
 * A startup's open invoices in the payment's currency, oldest due first, each with an amount to
 * set against it. Amounts are exact (decimal text → minor units); a row left blank gets nothing.
 */
export function AllocationInputs({
  invoices,
  loading,
  currency,
  drafts,
  onChange,
  available,
  error,
  showInvalid,
}: {
  invoices: OpenInvoice[] | undefined;
  loading: boolean;
  currency: string;
  drafts: AllocationDrafts;
  onChange: (next: AllocationDrafts) => void;
  /** What may be allocated (the payment's amount, or what is left of it), in minor units; null while unknown. */
  available: number | null;
  error: unknown;
  showInvalid: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const rows = (invoices ?? []).filter((invoice) => invoice.balance.currency === currency);
  const otherCurrencies = (invoices ?? []).length - rows.length;
  const refused = refusedInvoiceOf(error);
  const refusal = error instanceof ApiError ? error.problem.detail || error.message : undefined;
  const allocations = allocationsOf(drafts, currency);
  const sum = allocations?.reduce((total, a) => total + a.amountMinor, 0) ?? null;

  if (loading) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (rows.length === 0) {
    return <Text size="sm" c="dimmed">{t('payments.allocate.noOpen', { currency })}</Text>;
  }
  return (
    <div data-testid="allocation-inputs">
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4}>
          <caption><VisuallyHidden>{t('payments.allocate.caption', { currency })}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('payments.allocate.invoice')}</Table.Th>
              <Table.Th scope="col">{t('payments.allocate.due')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('payments.allocate.openBalance')}</Table.Th>
              <Table.Th scope="col" w={170}>{t('payments.allocate.amount', { currency })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((invoice) => {
              const text = drafts[invoice.invoiceId] ?? '';
              const minor = text.trim() === '' ? 0 : decimalToMinor(text, currency);
              const local =
                showInvalid && (minor === null || minor < 0)
                  ? t('money.invalid')
                  : minor !== null && minor > invoice.balance.amountMinor
                    ? t('payments.allocate.overBalance', { amount: formatMoney(invoice.balance, locale) })
                    : undefined;
              return (
                <Table.Tr key={invoice.invoiceId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/o/${slug}/invoices/${invoice.invoiceId}`} size="sm" target="_blank">{invoice.number}</Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}><Day value={invoice.dueOn} /></Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}><MoneyText value={invoice.balance} /></Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      aria-label={t('payments.allocate.amountFor', { number: invoice.number })}
                      value={text}
                      onChange={(event) => onChange({ ...drafts, [invoice.invoiceId]: event.currentTarget.value })}
                      error={refused === invoice.invoiceId ? refusal : local}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" mt={4} gap="xs">
        <Text size="xs" c="dimmed">
          {otherCurrencies > 0 ? t('payments.allocate.otherCurrencies', { count: otherCurrencies }) : t('payments.allocate.blank')}
        </Text>
        {sum !== null && available !== null && (
          <Text size="sm" c={sum > available ? 'red' : undefined} data-testid="allocation-sum">
            {t('payments.allocate.sum', { sum: formatMoney({ amountMinor: sum, currency }, locale), left: formatMoney({ amountMinor: available - sum, currency }, locale) })}
          </Text>
        )}
      </Group>
    </div>
  );
}
