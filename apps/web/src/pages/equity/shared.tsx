import { useEffect, useRef, useState } from 'react';
import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { ProblemAlert } from '../../components/problem';
import { decimalToMinor } from '../../format';
import { useLocale } from '../../i18n';

export type Money = Schemas['MoneyDto'];

/**
 * One Idempotency-Key per form opening: a double click or a retry after a lost answer replays the
 * first booking. A refused request rolls its key back on the server, so a corrected retry runs afresh.
 */
export function useFormKey(): string {
  const [key] = useState(() => crypto.randomUUID());
  return key;
}

/** Today as a calendar day (YYYY-MM-DD) in the organization's timezone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Share counts are decimal strings that may exceed 2^53: formatted as BigInt, never as floats. */
export function useShares(): (shares: string | null | undefined) => string {
  const locale = useLocale();
  return (shares) => (shares == null || !/^-?\d+$/.test(shares) ? '—' : new Intl.NumberFormat(locale).format(BigInt(shares)));
}

/** Basis points as a percentage with two decimals ("3334" → "33.34 %"), from the exact decimal string. */
export function usePercent(): (bps: number) => string {
  const locale = useLocale();
  // format() takes a decimal string exactly (Intl.NumberFormat v3); "3334e-4" is 0.3334 without a float.
  return (bps) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(`${bps}e-4` as unknown as number);
}

/** An exact fraction "1/3", its parts grouped for reading. */
export function Fraction({ value }: { value: Schemas['FractionDto'] }) {
  const shares = useShares();
  return <span style={{ whiteSpace: 'nowrap' }}>{shares(value.numerator)}/{shares(value.denominator)}</span>;
}

/** Hands a text answer of the API (a CSV) to the browser as a file. */
export function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const CURRENCIES = ['USD', 'MNT', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'RUB'];

/** An amount typed as decimal text with its currency; null minor units when the text is not a valid amount. */
export type MoneyDraft = { text: string; currency: string };

export function toMoney(draft: MoneyDraft): Money | null {
  const amountMinor = decimalToMinor(draft.text, draft.currency);
  return amountMinor === null ? null : { amountMinor, currency: draft.currency };
}

export function MoneyFields({ label, value, onChange, required, error, currencyLocked, description }: {
  label: string;
  value: MoneyDraft;
  onChange: (next: MoneyDraft) => void;
  required?: boolean;
  error?: string;
  currencyLocked?: boolean;
  description?: string;
}) {
  const { t } = useTranslation();
  const invalid = value.text.trim() !== '' && toMoney(value) === null;
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        description={description}
        required={required}
        inputMode="decimal"
        value={value.text}
        onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        error={error ?? (invalid ? t('equity.form.invalidAmount') : undefined)}
        style={{ flex: 1 }}
      />
      <Select
        label={t('equity.form.currency', { field: label })}
        data={[...new Set([value.currency, ...CURRENCIES])]}
        value={value.currency}
        onChange={(currency) => currency && onChange({ ...value, currency })}
        disabled={currencyLocked}
        allowDeselect={false}
        searchable
        w={110}
      />
    </Group>
  );
}

/** The equity codes' own messages (equity.errors.CODE) with the API's detail; anything else as everywhere. */
export function EquityProblem({ error }: { error: unknown }) {
  const anchor = useRef<HTMLDivElement>(null);
  // A long form's refusal appears below its fields: bring it into view.
  useEffect(() => {
    if (error) anchor.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [error]);
  return <div ref={anchor}>{error ? <ProblemMessage error={error} /> : null}</div>;
}

function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <ProblemAlert error={error} title={t('equity.form.refused')} />;
}
