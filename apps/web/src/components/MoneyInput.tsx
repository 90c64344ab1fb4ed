import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { decimalToMinor } from '../format';

const CURRENCIES = ['MNT', 'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW'];

/** An amount typed as decimal text with its currency; turned into minor units exactly (format.ts), never through a float. */
export type MoneyDraft = { text: string; currency: string };

/** The amount in minor units, or null when it is not a positive amount the currency can hold. */
export function minorOf(draft: MoneyDraft): number | null {
  const minor = decimalToMinor(draft.text, draft.currency);
  return minor !== null && minor > 0 ? minor : null;
}

/** An amount and its currency side by side; an amount that is typed and not valid is marked at once, an empty one on submit (`showInvalid`). */
export function MoneyInput({ label, value, onChange, error, showInvalid }: { label: string; value: MoneyDraft; onChange: (next: MoneyDraft) => void; error?: string; showInvalid: boolean }) {
  const { t } = useTranslation();
  const invalid = (showInvalid || value.text.trim() !== '') && minorOf(value) === null;
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        label={label}
        required
        inputMode="decimal"
        value={value.text}
        onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        error={error ?? (invalid ? t('money.invalid') : undefined)}
        style={{ flex: 1 }}
      />
      <Select
        label={t('money.currency')}
        allowDeselect={false}
        searchable
        w={110}
        data={[...new Set([value.currency, ...CURRENCIES])]}
        value={value.currency}
        onChange={(currency) => currency && onChange({ ...value, currency })}
      />
    </Group>
  );
}
