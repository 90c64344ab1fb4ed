import { Checkbox, Group, NumberInput, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

type Question = Schemas['QuestionResponseDto'];
export type Answer = Schemas['ApplicationDto']['answers'][string];

type Props = { question: Question; value: Answer | undefined; onChange: (value: Answer) => void; error?: string };

/** One of the call's questions as the input its type needs, with its limits as the help text. */
export function QuestionField({ question, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const help = useHelp(question, value);
  const common = { label: question.label, description: help, required: question.required, error, id: `answer-${question.key}` };

  switch (question.type) {
    case 'long_text':
      return (
        <Textarea
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={question.maxLength ?? undefined}
        />
      );
    case 'short_text':
      return <TextInput {...common} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value)} maxLength={question.maxLength ?? 500} />;
    case 'url':
      return <TextInput {...common} type="url" inputMode="url" placeholder="https://" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.currentTarget.value.trim())} />;
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          min={question.min ?? undefined}
          max={question.max ?? undefined}
          clampBehavior="none"
          // An unfinished number ("12.", "-") is not sent; an emptied input clears the answer.
          onChange={(next) => (typeof next === 'number' ? onChange(next) : next === '' ? onChange('') : undefined)}
        />
      );
    case 'yes_no':
      return (
        <Radio.Group {...common} value={value === true ? 'yes' : value === false ? 'no' : null} onChange={(next) => onChange(next === 'yes')}>
          <Group mt={6}>
            <Radio value="yes" label={t('account.application.yes')} />
            <Radio value="no" label={t('account.application.no')} />
          </Group>
        </Radio.Group>
      );
    case 'single_choice': {
      const options = question.options ?? [];
      if (options.length > 6) {
        return <Select {...common} data={options} value={typeof value === 'string' && value ? value : null} onChange={(next) => onChange(next ?? '')} searchable clearable={!question.required} />;
      }
      return (
        <Radio.Group {...common} value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Stack gap={8} mt={6}>
            {options.map((option) => <Radio key={option} value={option} label={option} />)}
          </Stack>
        </Radio.Group>
      );
    }
    case 'multiple_choice':
      return (
        <Checkbox.Group {...common} description={help ?? t('account.application.chooseSeveral')} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap={8} mt={6}>
            {(question.options ?? []).map((option) => <Checkbox key={option} value={option} label={option} />)}
          </Stack>
        </Checkbox.Group>
      );
    default:
      return <TextInput {...common} value={typeof value === 'string' ? value : String(value ?? '')} onChange={(event) => onChange(event.currentTarget.value)} />;
  }
}

function useHelp(question: Question, value: Answer | undefined): string | undefined {
  const { t } = useTranslation();
  const { min, max, minLength, maxLength } = question;
  if (question.type === 'short_text' || question.type === 'long_text') {
    const length = typeof value === 'string' ? value.length : 0;
    const limit =
      minLength != null && maxLength != null ? t('account.application.betweenChars', { min: minLength, max: maxLength })
      : maxLength != null ? t('account.application.atMostChars', { max: maxLength })
      : minLength != null ? t('account.application.atLeastChars', { min: minLength })
      : undefined;
    return limit && maxLength != null ? `${limit} (${length}/${maxLength})` : limit;
  }
  if (question.type === 'number') {
    if (min != null && max != null) return t('account.application.between', { min, max });
    if (min != null) return t('account.application.atLeast', { min });
    if (max != null) return t('account.application.atMost', { max });
  }
  if (question.type === 'url') return t('account.application.urlHelp');
  return undefined;
}
