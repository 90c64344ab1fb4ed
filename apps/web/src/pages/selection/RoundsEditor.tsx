import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { newRound, type RoundRow } from './call-form';
import { criterionRows } from './rubric-form';
import { RubricEditor } from './RubricEditor';
import { moveItem } from './shared';

type Props = {
  rounds: RoundRow[];
  onChange: (rounds: RoundRow[]) => void;
  programmeRubric: Schemas['CriterionResponseDto'][];
  fieldError: (field: string) => string | undefined;
  disabled: boolean;
};

/** Review rounds in order; each uses the programme's rubric unless it brings its own. */
export function RoundsEditor({ rounds, onChange, programmeRubric, fieldError, disabled }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<RoundRow>) => onChange(rounds.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">{t('selection.rubric.keysHint')}</Text>
      {fieldError('rounds') && <Text c="red" size="sm">{fieldError('rounds')}</Text>}
      {rounds.map((round, index) => {
        const at = `rounds.${index}`;
        const name = round.name || t('selection.rounds.roundN', { n: index + 1 });
        return (
          <Paper key={round.id} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={4}>{t('selection.rounds.roundN', { n: index + 1 })}</Title>
                <Group gap={4}>
                  <ActionIcon variant="subtle" disabled={disabled || index === 0} onClick={() => onChange(moveItem(rounds, index, -1))} aria-label={t('selection.moveUp', { name })}><IconArrowUp size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" disabled={disabled || index === rounds.length - 1} onClick={() => onChange(moveItem(rounds, index, 1))} aria-label={t('selection.moveDown', { name })}><IconArrowDown size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" color="red" disabled={disabled} onClick={() => onChange(rounds.filter((_, i) => i !== index))} aria-label={t('selection.rounds.remove', { name })}><IconTrash size={16} /></ActionIcon>
                </Group>
              </Group>
              <Group align="flex-start" gap="xs" wrap="wrap">
                <TextInput label={t('selection.rounds.name')} value={round.name} onChange={(e) => update(index, { name: e.currentTarget.value })} error={fieldError(`${at}.name`)} disabled={disabled} required style={{ flex: 1, minWidth: 200 }} />
                <TextInput label={t('selection.rounds.key')} value={round.key} onChange={(e) => update(index, { key: e.currentTarget.value })} error={fieldError(`${at}.key`)} disabled={disabled} required w={180} />
                <NumberInput label={t('selection.rounds.shortlistSizeLong')} value={round.shortlistSize} onChange={(v) => update(index, { shortlistSize: v })} error={fieldError(`${at}.shortlistSize`)} disabled={disabled} min={1} allowDecimal={false} w={240} />
              </Group>
              <Checkbox
                label={t('selection.rounds.ownRubric')}
                checked={round.ownRubric}
                onChange={(e) => update(index, { ownRubric: e.currentTarget.checked, rubric: round.ownRubric ? round.rubric : round.rubric.length ? round.rubric : criterionRows(programmeRubric) })}
                disabled={disabled}
              />
              {round.ownRubric ? (
                <RubricEditor rows={round.rubric} onChange={(rubric) => update(index, { rubric })} field={`${at}.rubric`} fieldError={fieldError} disabled={disabled} />
              ) : (
                <Text size="sm" c="dimmed">{t('selection.rounds.programmeRubric', { criteria: programmeRubric.map((c) => c.label).join(', ') })}</Text>
              )}
            </Stack>
          </Paper>
        );
      })}
      {!disabled && (
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange([...rounds, newRound(programmeRubric)])} w="fit-content" size="xs">
          {t('selection.rounds.add')}
        </Button>
      )}
    </Stack>
  );
}
