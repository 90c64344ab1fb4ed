import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { decimalToMinor } from '../../format';

const CURRENCIES = ['MNT', 'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW'];

/** An amount typed as decimal text with its currency; minor units through format.ts, never floats. */
export type MoneyDraft = { text: string; currency: string };

export function minorOf(draft: MoneyDraft): number | null {
  const minor = decimalToMinor(draft.text, draft.currency);
  return minor !== null && minor > 0 ? minor : null;
}

export function MoneyInput({ label, value, onChange, error, showInvalid }: { label: string; value: MoneyDraft; onChange: (next: MoneyDraft) => void; error?: string; showInvalid: boolean }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        required
        inputMode="decimal"
        value={value.text}
        onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        error={error ?? (showInvalid && minorOf(value) === null ? t('mentors.money.invalid') : undefined)}
        style={{ flex: 1 }}
      />
      <Select label={t('mentors.money.currency')} allowDeselect={false} searchable w={110} data={[...new Set([value.currency, ...CURRENCIES])]} value={value.currency} onChange={(currency) => currency && onChange({ ...value, currency })} />
    </Group>
  );
}
