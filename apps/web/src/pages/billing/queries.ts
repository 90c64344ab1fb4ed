import { useQuery } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import i18n from '../../i18n';

export type Invoice = Schemas['InvoiceDto'];
export type InvoiceDetail = Schemas['InvoiceDetailDto'];

/** Query keys: every billing read starts with the slug and 'invoices' (or 'billing'), so a write invalidates by prefix. */
export const billingKeys = {
  invoices: (slug: string) => [slug, 'invoices'] as const,
  invoice: (slug: string, invoiceId: string) => [slug, 'invoices', invoiceId] as const,
  settings: (slug: string) => [slug, 'billing', 'settings'] as const,
  programmePlans: (slug: string, programmeId: string) => [slug, 'programmes', programmeId, 'rent-plans'] as const,
};

/** A success notification whose close button has a name. */
export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': i18n.t('actions.close') } });
}

/** Today as a calendar day (YYYY-MM-DD) in the organization's timezone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The last month that has ended in the organization's timezone ("2027-03" on any day of April): the default month to invoice. */
export function lastEndedMonth(timeZone: string): string {
  const [year, month] = todayIn(timeZone).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** A billing month ("2027-03") as words ("March 2027"): a calendar month, formatted in UTC so it never shifts. */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** market − total: what a free or below-market plan gives as in-kind support (same currency: one invoice). */
export function inKindOf(invoice: Pick<Invoice, 'kind' | 'total' | 'market'>): Schemas['MoneyResponseDto'] | null {
  if (invoice.kind !== 'invoice') return null;
  return { amountMinor: Math.max(0, invoice.market.amountMinor - invoice.total.amountMinor), currency: invoice.total.currency };
}

export function useInvoice(invoiceId: string) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: billingKeys.invoice(slug, invoiceId),
    queryFn: async () => {
      const data = await unwrap(api.GET('/api/v1/organizations/{slug}/invoices/{invoiceId}', { params: { path: { slug, invoiceId } } }));
      // The route also answers a PDF; without format= it is always the JSON.
      if (typeof data === 'string') throw new Error('Expected the invoice as JSON');
      return data;
    },
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

/** Hands a downloaded file to the browser under the given name. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The organization's startups for filters and names (staff). */
export function useStartupOptions(enabled = true) {
  const { slug } = useOrganization();
  return useQuery({
    queryKey: [slug, 'startups', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups', { params: { path: { slug }, query: { limit: 100 } } })),
    enabled,
  });
}
