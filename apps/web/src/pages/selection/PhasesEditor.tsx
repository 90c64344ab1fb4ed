import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newMilestone, newPhase, type MilestoneRow, type PhaseRow } from './programme-form';
import { moveItem } from './shared';

type Props = { phases: PhaseRow[]; onChange: (phases: PhaseRow[]) => void; fieldError: (field: string) => string | undefined };

/** The programme's phase template: phases in order, each with its milestone templates. */
export function PhasesEditor({ phases, onChange, fieldError }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<PhaseRow>) => onChange(phases.map((phase, i) => (i === index ? { ...phase, ...patch } : phase)));
  const units = [
    { value: 'days', label: t('selection.phases.days') },
    { value: 'months', label: t('selection.phases.months') },
  ];
  return (
    <Stack gap="sm">
      {fieldError('phases') && <Text c="red" size="sm">{fieldError('phases')}</Text>}
      {phases.map((phase, index) => {
        const at = `phases.${index}`;
        const name = phase.name || t('selection.phases.phaseN', { n: index + 1 });
        const updateMilestone = (m: number, patch: Partial<MilestoneRow>) => update(index, { milestones: phase.milestones.map((row, i) => (i === m ? { ...row, ...patch } : row)) });
        return (
          <Paper key={phase.id} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={4}>{t('selection.phases.phaseN', { n: index + 1 })}</Title>
                <Group gap={4}>
                  <ActionIcon variant="subtle" disabled={index === 0} onClick={() => onChange(moveItem(phases, index, -1))} aria-label={t('selection.moveUp', { name })}><IconArrowUp size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" disabled={index === phases.length - 1} onClick={() => onChange(moveItem(phases, index, 1))} aria-label={t('selection.moveDown', { name })}><IconArrowDown size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" color="red" onClick={() => onChange(phases.filter((_, i) => i !== index))} aria-label={t('selection.phases.remove', { name })}><IconTrash size={16} /></ActionIcon>
                </Group>
              </Group>
              <Group align="flex-start" gap="xs" wrap="wrap">
                <TextInput label={t('selection.phases.name')} value={phase.name} onChange={(e) => update(index, { name: e.currentTarget.value })} error={fieldError(`${at}.name`)} required style={{ flex: 1, minWidth: 200 }} />
                <NumberInput label={t('selection.phases.duration')} value={phase.durationValue} onChange={(v) => update(index, { durationValue: v })} error={fieldError(`${at}.durationValue`)} min={1} allowDecimal={false} required w={110} />
                <Select label={t('selection.phases.unit')} data={units} value={phase.durationUnit} onChange={(v) => v && update(index, { durationUnit: v as PhaseRow['durationUnit'] })} error={fieldError(`${at}.durationUnit`)} allowDeselect={false} w={190} />
              </Group>
              <Text fw={600} size="sm">{t('selection.phases.milestones')}</Text>
              {fieldError(`${at}.milestones`) && <Text c="red" size="sm">{fieldError(`${at}.milestones`)}</Text>}
              {phase.milestones.length === 0 && <Text size="sm" c="dimmed">{t('selection.phases.noMilestones')}</Text>}
              {phase.milestones.map((milestone, m) => {
                const mat = `${at}.milestones.${m}`;
                const title = milestone.title || t('selection.phases.milestoneN', { n: m + 1 });
                return (
                  <Paper key={milestone.id} bg="gray.0" p="xs">
                    <Group align="flex-start" gap="xs" wrap="wrap">
                      <TextInput label={t('selection.phases.milestoneTitle')} value={milestone.title} onChange={(e) => updateMilestone(m, { title: e.currentTarget.value })} error={fieldError(`${mat}.title`)} required style={{ flex: 1, minWidth: 200 }} />
                      <NumberInput label={t('selection.phases.offsetDays')} value={milestone.offsetDays} onChange={(v) => updateMilestone(m, { offsetDays: v })} error={fieldError(`${mat}.offsetDays`)} min={0} allowDecimal={false} required w={230} />
                      <Checkbox label={t('selection.phases.evidenceRequired')} checked={milestone.evidenceRequired} onChange={(e) => updateMilestone(m, { evidenceRequired: e.currentTarget.checked })} mt={30} />
                      <ActionIcon variant="subtle" color="red" mt={26} onClick={() => update(index, { milestones: phase.milestones.filter((_, i) => i !== m) })} aria-label={t('selection.phases.removeMilestone', { name: title })}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                    <Textarea label={t('selection.phases.milestoneDescription')} value={milestone.description} onChange={(e) => updateMilestone(m, { description: e.currentTarget.value })} error={fieldError(`${mat}.description`)} autosize minRows={1} mt="xs" />
                  </Paper>
                );
              })}
              <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => update(index, { milestones: [...phase.milestones, newMilestone()] })} w="fit-content">
                {t('selection.phases.addMilestone', { name })}
              </Button>
            </Stack>
          </Paper>
        );
      })}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange([...phases, newPhase()])} w="fit-content" size="xs">
        {t('selection.phases.add')}
      </Button>
    </Stack>
  );
}
