import { useLocale } from '../../i18n';
import { todayIn } from './queries';

/** A statement month ("2026-11") as words ("November 2026"): a calendar month, formatted in UTC so it never shifts. */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function MonthText({ month }: { month: string }) {
  return <time dateTime={month}>{formatMonth(month, useLocale())}</time>;
}

/** The last month that has ended in the organization's timezone ("2026-11" on any day of December). */
export function lastEndedMonth(timeZone: string): string {
  const [year, month] = todayIn(timeZone).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
