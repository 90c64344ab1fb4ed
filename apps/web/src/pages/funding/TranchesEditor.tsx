import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDay } from '../../format';
import { useLocale } from '../../i18n';

export type TrancheRow = { key: string; amount: string; trigger: string; dueOn: string };
export const DATE_TRIGGER = 'date';

export const newTranche = (): TrancheRow => ({ key: crypto.randomUUID(), amount: '', trigger: '', dueOn: '' });

/** Tranche rows: an amount each, payable on one of the enrolment's milestones or from a date. */
export function TranchesEditor({ rows, onChange, milestones, currency, timezone, errors }: {
  rows: TrancheRow[];
  onChange: (rows: TrancheRow[]) => void;
  milestones: Schemas['MilestoneDto'][];
  currency: string;
  timezone: string;
  /** Per row: field → message (local checks, then the API's `tranches.N.field`). */
  errors: (index: number, field: 'amount' | 'trigger' | 'dueOn') => string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const update = (index: number, change: Partial<TrancheRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const options = [
    { group: t('funding.award.milestonesGroup'), items: milestones.map((m) => ({ value: m.id, label: t('funding.award.milestoneOption', { title: m.title, due: formatDay(m.dueOn, locale) }) })) },
    { group: t('funding.award.otherGroup'), items: [{ value: DATE_TRIGGER, label: t('funding.award.onDateOption') }] },
  ].filter((group) => group.items.length > 0);

  return (
    <Stack gap="xs">
      {rows.map((row, index) => {
        const position = index + 1;
        return (
          <Paper key={row.key} withBorder p="xs" radius="sm">
            <Group align="flex-start" gap="xs" wrap="wrap">
              <TextInput
                label={t('funding.award.trancheAmount', { position, currency })}
                required
                inputMode="decimal"
                w={170}
                value={row.amount}
                onChange={(event) => update(index, { amount: event.currentTarget.value })}
                error={errors(index, 'amount')}
              />
              <Select
                label={t('funding.award.payableWhen', { position })}
                required
                allowDeselect={false}
                data={options}
                value={row.trigger || null}
                onChange={(value) => update(index, { trigger: value ?? '' })}
                error={errors(index, 'trigger')}
                style={{ flex: 1, minWidth: 220 }}
                comboboxProps={{ withinPortal: true }}
              />
              {row.trigger === DATE_TRIGGER && (
                <TextInput
                  type="date"
                  label={t('funding.award.dueOn', { position })}
                  description={t('funding.award.dueOnHint', { timezone })}
                  required
                  w={200}
                  value={row.dueOn}
                  onChange={(event) => update(index, { dueOn: event.currentTarget.value })}
                  error={errors(index, 'dueOn')}
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                disabled={rows.length === 1}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
                aria-label={t('funding.award.removeTranche', { position })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, newTranche()])} disabled={rows.length >= 24}>
          {t('funding.award.addTranche')}
        </Button>
        <Text size="xs" c="dimmed">{t('funding.award.tranchesHint')}</Text>
      </Group>
    </Stack>
  );
}
