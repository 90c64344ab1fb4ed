import { useLocale } from '../i18n';
import { formatDateTime, formatDay, formatMoney, type Money } from '../format';
import { useOptionalOrganization } from './organization';

/** An instant in the organization's timezone, with the zone named in a tooltip. */
export function DateTime({ value, timeZone }: { value: string | null | undefined; timeZone?: string }) {
  const locale = useLocale();
  const organization = useOptionalOrganization();
  const zone = timeZone ?? organization?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return value ? <time dateTime={value} title={zone}>{formatDateTime(value, zone, locale)}</time> : <span>—</span>;
}

export function Day({ value }: { value: string | null | undefined }) {
  const locale = useLocale();
  return value ? <time dateTime={value}>{formatDay(value, locale)}</time> : <span>—</span>;
}

export function MoneyText({ value }: { value: Money | null | undefined }) {
  return <span>{formatMoney(value, useLocale())}</span>;
}
