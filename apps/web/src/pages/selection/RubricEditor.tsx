import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newCriterion, type CriterionRow } from './rubric-form';

type Props = {
  rows: CriterionRow[];
  onChange: (rows: CriterionRow[]) => void;
  /** Where the API puts this rubric's errors: "rubric", "rounds.0.rubric". */
  field: string;
  fieldError: (field: string) => string | undefined;
  disabled?: boolean;
};

/** Weighted criteria, each scored on an integer scale. */
export function RubricEditor({ rows, onChange, field, fieldError, disabled }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<CriterionRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">{t('selection.rubric.keysHint')}</Text>
      {fieldError(field) && <Text c="red" size="sm">{fieldError(field)}</Text>}
      {rows.map((row, index) => {
        const at = `${field}.${index}`;
        const name = row.label || t('selection.rubric.criterionN', { n: index + 1 });
        return (
          <Paper key={row.id} withBorder p="xs">
            <Group align="flex-start" gap="xs" wrap="wrap">
              <TextInput label={t('selection.rubric.key')} value={row.key} onChange={(e) => update(index, { key: e.currentTarget.value })} error={fieldError(`${at}.key`)} disabled={disabled} required w={170} />
              <TextInput label={t('selection.rubric.label')} value={row.label} onChange={(e) => update(index, { label: e.currentTarget.value })} error={fieldError(`${at}.label`)} disabled={disabled} required style={{ flex: 1, minWidth: 180 }} />
              <NumberInput label={t('selection.rubric.weight')} value={row.weight} onChange={(v) => update(index, { weight: v })} error={fieldError(`${at}.weight`)} disabled={disabled} min={0} decimalScale={2} required w={90} />
              <NumberInput label={t('selection.rubric.scaleMin')} value={row.scaleMin} onChange={(v) => update(index, { scaleMin: v })} error={fieldError(`${at}.scaleMin`)} disabled={disabled} allowDecimal={false} w={90} />
              <NumberInput label={t('selection.rubric.scaleMax')} value={row.scaleMax} onChange={(v) => update(index, { scaleMax: v })} error={fieldError(`${at}.scaleMax`)} disabled={disabled} allowDecimal={false} w={90} />
              <ActionIcon variant="subtle" color="red" mt={24} disabled={disabled} onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={t('selection.rubric.remove', { name })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rows, newCriterion()])} disabled={disabled} w="fit-content" size="xs">
        {t('selection.rubric.add')}
      </Button>
    </Stack>
  );
}
