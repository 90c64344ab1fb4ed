import { useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import i18n from '../../i18n';

export type Payment = Schemas['PaymentDto'];
export type PaymentDetail = Schemas['PaymentDetailDto'];
export type ArrearsReport = Schemas['ArrearsReportDto'];
export type ArrearsAmounts = Omit<Schemas['ArrearsTotalDto'], 'startups'>;
export type OpenInvoice = Schemas['ArrearsInvoiceDto'];
export type Money = Schemas['MoneyResponseDto'];

/**
 * Query keys. A payment changes invoices' balances, arrears and revenue: a write invalidates
 * [slug, 'payments'], [slug, 'billing'] (arrears, credit balances, revenue) and [slug, 'invoices'].
 */
export const paymentKeys = {
  payments: (slug: string) => [slug, 'payments'] as const,
  payment: (slug: string, paymentId: string) => [slug, 'payments', paymentId] as const,
  arrears: (slug: string, asOf: string, startupId: string | null) => [slug, 'billing', 'arrears', asOf, startupId] as const,
  revenue: (slug: string, from: string, to: string) => [slug, 'billing', 'revenue', from, to] as const,
  creditBalances: (slug: string, startupId: string | null) => [slug, 'billing', 'credit-balances', startupId] as const,
};

/** After a payment is recorded or allocated: everything its money touches is read again. */
export function useRefreshAfterPayment() {
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: [slug, 'payments'] });
    void queryClient.invalidateQueries({ queryKey: [slug, 'billing'] });
    void queryClient.invalidateQueries({ queryKey: [slug, 'invoices'] });
  };
}

/** A success notification whose close button has a name. */
export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': i18n.t('actions.close') } });
}

/** Today as a calendar day (YYYY-MM-DD) in the organization's timezone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "2027-03" plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to` inclusive ("2027-01", "2027-02", …); none when from is after to. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to && months.length < 120; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** A billing month ("2027-03") as words ("March 2027"), formatted in UTC so it never shifts. */
export function formatMonth(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: style, timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
export const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

/** The organization's startups for selects and filters (staff). */
export function useStartupOptions() {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups', { params: { path: { slug }, query: { limit: 100 } } })),
  });
}

export function useStartupName(startupId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', startupId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}', { params: { path: { slug, startupId } } })),
    enabled: startupId !== '',
    select: (startup) => startup.name,
  });
}

export function usePayment(paymentId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: paymentKeys.payment(slug, paymentId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/payments/{paymentId}', { params: { path: { slug, paymentId } } })),
  });
}

/** Arrears aging on a day (default today in the organization's timezone), of the organization or one startup. */
export function useArrears(asOf: string, startupId: string | null, enabled = true) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: paymentKeys.arrears(slug, asOf, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/billing/arrears', { params: { path: { slug }, query: { asOf: asOf || undefined, startupId: startupId ?? undefined } } })),
    enabled,
  });
}

/** A startup's invoices open today, oldest due first (the arrears report of the startup), for allocating by hand. */
export function useOpenInvoices(startupId: string | null, asOf: string) {
  const arrears = useArrears(asOf, startupId, startupId !== null);
  return { ...arrears, data: arrears.data?.invoices };
}
