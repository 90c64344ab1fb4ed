import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useOrganization } from '../../components/organization';
import { ProblemAlert, fieldErrorsOf, useProblemMessage } from '../../components/problem';
import { ApiError } from '../../api/problem';

export type MilestoneValues = Schemas['MilestoneInputDto'];
type Initial = { title: string; description: string | null; dueOn: string; evidenceRequired: boolean };

/** Only what changed, so an unchanged due date is not recorded as a reschedule. */
export function changesOf(initial: Initial, values: MilestoneValues): Schemas['MilestoneChangesDto'] {
  const changes: Schemas['MilestoneChangesDto'] = {};
  if (values.title !== initial.title) changes.title = values.title;
  if ((values.description ?? null) !== (initial.description ?? null)) changes.description = values.description;
  if (values.dueOn !== initial.dueOn) changes.dueOn = values.dueOn;
  if (values.evidenceRequired !== initial.evidenceRequired) changes.evidenceRequired = values.evidenceRequired;
  return changes;
}

/** Add or edit/reschedule a milestone: title, description, due day, evidence required. */
export function MilestoneFormModal({
  title,
  note,
  initial,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  title: string;
  note?: string;
  initial?: Initial;
  pending: boolean;
  error: unknown;
  onSubmit: (values: MilestoneValues) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { timezone } = useOrganization();
  const message = useProblemMessage();
  const [values, setValues] = useState<MilestoneValues>({
    title: initial?.title ?? '',
    description: initial?.description ?? '',
    dueOn: initial?.dueOn.slice(0, 10) ?? '',
    evidenceRequired: initial?.evidenceRequired ?? true,
  });
  const fieldError = fieldErrorsOf(error);
  const outside = error instanceof ApiError && error.code === 'DUE_DATE_OUTSIDE_COHORT';
  const dueError = fieldError('dueOn') ?? (outside ? message(error) : undefined);

  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit({ ...values, description: values.description?.trim() ? values.description : null });
        }}
      >
        <Stack>
          {note && <Text size="sm" c="dimmed">{note}</Text>}
          <TextInput label={t('cohorts.milestones.title')} required value={values.title} onChange={(event) => setValues({ ...values, title: event.currentTarget.value })} error={fieldError('title')} />
          <Textarea label={t('cohorts.milestones.description')} autosize minRows={2} value={values.description ?? ''} onChange={(event) => setValues({ ...values, description: event.currentTarget.value })} error={fieldError('description')} />
          <TextInput
            type="date"
            label={t('cohorts.milestones.dueOn')}
            description={t('cohorts.timezoneHint', { timezone })}
            required
            value={values.dueOn}
            onChange={(event) => setValues({ ...values, dueOn: event.currentTarget.value })}
            error={dueError}
          />
          <Checkbox label={t('cohorts.milestones.evidenceRequired')} checked={values.evidenceRequired ?? true} onChange={(event) => setValues({ ...values, evidenceRequired: event.currentTarget.checked })} />
          {!outside && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={pending}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
