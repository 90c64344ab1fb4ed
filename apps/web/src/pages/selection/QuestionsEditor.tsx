import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHOICE_TYPES, newQuestion, QUESTION_TYPES, TEXT_TYPES, type QuestionRow, type QuestionType } from './call-form';
import { moveItem } from './shared';

type Props = { questions: QuestionRow[]; onChange: (questions: QuestionRow[]) => void; fieldError: (field: string) => string | undefined; disabled: boolean };

/** The application form's questions: every question type, in order, with its bounds or options. */
export function QuestionsEditor({ questions, onChange, fieldError, disabled }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<QuestionRow>) => onChange(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const types = QUESTION_TYPES.map((type) => ({ value: type, label: t(`selection.questionType.${type}`) }));
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">{t('selection.rubric.keysHint')}</Text>
      {fieldError('questions') && <Text c="red" size="sm">{fieldError('questions')}</Text>}
      {questions.map((q, index) => {
        const at = `questions.${index}`;
        const name = q.label || t('selection.questions.questionN', { n: index + 1 });
        return (
          <Paper key={q.id} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={4}>{t('selection.questions.questionN', { n: index + 1 })}</Title>
                <Group gap={4}>
                  <ActionIcon variant="subtle" disabled={disabled || index === 0} onClick={() => onChange(moveItem(questions, index, -1))} aria-label={t('selection.moveUp', { name })}><IconArrowUp size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" disabled={disabled || index === questions.length - 1} onClick={() => onChange(moveItem(questions, index, 1))} aria-label={t('selection.moveDown', { name })}><IconArrowDown size={16} /></ActionIcon>
                  <ActionIcon variant="subtle" color="red" disabled={disabled} onClick={() => onChange(questions.filter((_, i) => i !== index))} aria-label={t('selection.questions.remove', { name })}><IconTrash size={16} /></ActionIcon>
                </Group>
              </Group>
              <Group align="flex-start" gap="xs" wrap="wrap">
                <TextInput label={t('selection.questions.label')} value={q.label} onChange={(e) => update(index, { label: e.currentTarget.value })} error={fieldError(`${at}.label`)} disabled={disabled} required style={{ flex: 2, minWidth: 220 }} />
                <TextInput label={t('selection.questions.key')} value={q.key} onChange={(e) => update(index, { key: e.currentTarget.value })} error={fieldError(`${at}.key`)} disabled={disabled} required w={180} />
                <Select label={t('selection.questions.type')} data={types} value={q.type} onChange={(v) => v && update(index, { type: v as QuestionType })} error={fieldError(`${at}.type`)} disabled={disabled} allowDeselect={false} w={190} />
                <Checkbox label={t('selection.questions.required')} checked={q.required} onChange={(e) => update(index, { required: e.currentTarget.checked })} disabled={disabled} mt={30} />
              </Group>
              {TEXT_TYPES.has(q.type) && (
                <Group align="flex-start" gap="xs">
                  <NumberInput label={t('selection.questions.minLength')} value={q.minLength} onChange={(v) => update(index, { minLength: v })} error={fieldError(`${at}.minLength`)} disabled={disabled} min={0} allowDecimal={false} w={170} />
                  <NumberInput label={t('selection.questions.maxLength')} value={q.maxLength} onChange={(v) => update(index, { maxLength: v })} error={fieldError(`${at}.maxLength`)} disabled={disabled} min={1} allowDecimal={false} w={170} />
                </Group>
              )}
              {q.type === 'number' && (
                <Group align="flex-start" gap="xs">
                  <NumberInput label={t('selection.questions.min')} value={q.min} onChange={(v) => update(index, { min: v })} error={fieldError(`${at}.min`)} disabled={disabled} w={170} />
                  <NumberInput label={t('selection.questions.max')} value={q.max} onChange={(v) => update(index, { max: v })} error={fieldError(`${at}.max`)} disabled={disabled} w={170} />
                </Group>
              )}
              {CHOICE_TYPES.has(q.type) && (
                <TagsInput
                  label={t('selection.questions.options')}
                  description={t('selection.questions.optionsHint')}
                  value={q.options}
                  onChange={(options) => update(index, { options })}
                  error={fieldError(`${at}.options`)}
                  disabled={disabled}
                  clearable
                />
              )}
            </Stack>
          </Paper>
        );
      })}
      {!disabled && (
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange([...questions, newQuestion()])} w="fit-content" size="xs">
          {t('selection.questions.add')}
        </Button>
      )}
    </Stack>
  );
}
