import { useRef } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

/** A NumberInput's value as a number; an empty input becomes NaN (sent as null, so the API names the field). */
export function toNumber(value: number | string): number {
  return typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
}

/** Blank text is left out of a request rather than sent as "". */
export function optionalText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

let counter = 0;
/** A stable key for a row added on screen (rows are removed and reordered). */
export function rowId(): string {
  counter += 1;
  return `row-${counter}`;
}

export function moveItem<T>(items: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

const CALL_COLOURS: Record<Schemas['CallStatus'], string> = { draft: 'gray', scheduled: 'blue', open: 'green', closed: 'orange', decided: 'teal', cancelled: 'red' };

export function CallStatusBadge({ status }: { status: Schemas['CallStatus'] }) {
  const { t } = useTranslation();
  return <Badge component="span" color={CALL_COLOURS[status]} variant="light">{t(`selection.callStatus.${status}`)}</Badge>;
}

const APPLICATION_COLOURS: Record<Schemas['ApplicationStatus'], string> = {
  draft: 'gray', submitted: 'blue', under_review: 'indigo', shortlisted: 'violet', accepted: 'green', rejected: 'red', waitlisted: 'yellow', withdrawn: 'gray',
};

export function ApplicationStatusBadge({ status }: { status: string }) {
  const { t, i18n } = useTranslation();
  const key = `selection.applicationStatus.${status}`;
  return <Badge component="span" color={APPLICATION_COLOURS[status as Schemas['ApplicationStatus']] ?? 'gray'} variant="light">{i18n.exists(key) ? t(key) : status}</Badge>;
}

/** Hands a text answer of the API (a CSV) to the browser as a file. */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const COMMON_CURRENCIES = ['MNT', 'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'RUB'];

/** ISO 4217 codes for a currency select: the common ones first, then every code Intl knows. */
export function currencyOptions(preferred: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return [...new Set([preferred, ...COMMON_CURRENCIES, ...all])];
}

/**
 * An Idempotency-Key per distinct body: sending the same thing again (a lost answer, a double
 * click) replays the first result; a corrected body is a new request with a new key.
 */
export function useIdempotencyKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body) => {
    const text = JSON.stringify(body);
    if (last.current?.body !== text) last.current = { body: text, key: crypto.randomUUID() };
    return last.current.key;
  };
}
