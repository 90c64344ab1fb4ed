import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import type { CallFormState } from './call-form';
import { QuestionsEditor } from './QuestionsEditor';
import { RoundsEditor } from './RoundsEditor';

type Props = {
  initial: CallFormState;
  programmeRubric: Schemas['CriterionResponseDto'][];
  timeZone: string;
  /** An open call: its questions, rounds and opening time can no longer change. */
  frozen?: boolean;
  onSubmit: (state: CallFormState) => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onCancel?: () => void;
};

export function CallForm({ initial, programmeRubric, timeZone, frozen = false, onSubmit, pending, error, submitLabel, onCancel }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState(initial);
  const fieldError = fieldErrorsOf(error);
  const set = <K extends keyof CallFormState>(key: K, value: CallFormState[K]) => setState((current) => ({ ...current, [key]: value }));
  const zoneNote = t('selection.timesIn', { zone: timeZone });
  return (
    <form onSubmit={(event) => { event.preventDefault(); onSubmit(state); }} noValidate>
      <Stack gap="lg">
        {frozen && <Alert color="blue" variant="light">{t('selection.call.frozenNote')}</Alert>}
        <Fieldset legend={t('selection.call.basics')}>
          <Stack gap="sm">
            <TextInput label={t('selection.call.title')} value={state.title} onChange={(e) => set('title', e.currentTarget.value)} error={fieldError('title')} required />
            <Textarea label={t('selection.call.theme')} value={state.theme} onChange={(e) => set('theme', e.currentTarget.value)} error={fieldError('theme')} autosize minRows={1} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="datetime-local" label={t('selection.call.opensAt')} description={zoneNote} value={state.opensAt} onChange={(e) => set('opensAt', e.currentTarget.value)} error={fieldError('opensAt')} disabled={frozen} required />
              <TextInput type="datetime-local" label={t('selection.call.closesAt')} description={zoneNote} value={state.closesAt} onChange={(e) => set('closesAt', e.currentTarget.value)} error={fieldError('closesAt')} required />
            </SimpleGrid>
            <Group align="flex-start" wrap="wrap">
              <NumberInput label={t('selection.call.capacity')} description={t('selection.call.capacityHint')} value={state.capacity} onChange={(v) => set('capacity', v)} error={fieldError('capacity')} min={1} allowDecimal={false} required w={240} />
              <NumberInput label={t('selection.call.reviewersPerApplication')} value={state.reviewersPerApplication} onChange={(v) => set('reviewersPerApplication', v)} error={fieldError('reviewersPerApplication')} min={1} allowDecimal={false} required w={240} />
              <Checkbox label={t('selection.call.blindReview')} description={t('selection.call.blindReviewHint')} checked={state.blindReview} onChange={(e) => set('blindReview', e.currentTarget.checked)} error={fieldError('blindReview')} mt={30} />
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('selection.call.questions')}>
          <QuestionsEditor questions={state.questions} onChange={(questions) => set('questions', questions)} fieldError={fieldError} disabled={frozen} />
        </Fieldset>
        <Fieldset legend={t('selection.call.rounds')}>
          <Text size="sm" c="dimmed" mb="xs">{t('selection.rounds.hint')}</Text>
          <RoundsEditor rounds={state.rounds} onChange={(rounds) => set('rounds', rounds)} programmeRubric={programmeRubric} fieldError={fieldError} disabled={frozen} />
        </Fieldset>
        <ProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>{submitLabel}</Button>
          {onCancel && <Button variant="default" onClick={onCancel} disabled={pending}>{t('actions.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
