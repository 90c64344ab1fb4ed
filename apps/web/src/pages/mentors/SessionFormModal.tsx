import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, todayIn } from './queries';

type Assignment = Schemas['MentorAssignmentDto'];

/**
 * Logs a session (or edits one while it is logged). The date, length and assignment are judged by
 * the API (SESSION_IN_FUTURE, SESSION_TOO_LONG, SESSION_OUTSIDE_ASSIGNMENT…): the form does not
 * second-guess it, so its message and the field's error are what the mentor sees.
 */
export function SessionFormModal({ assignments, session, onClose }: { assignments: Assignment[]; session?: Schemas['MentorSessionDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const startups = [...new Map(assignments.map((a) => [a.startupId, a.startupName])).entries()].map(([value, label]) => ({ value, label }));
  const [startupId, setStartupId] = useState<string | null>(session?.startupId ?? (startups.length === 1 ? startups[0].value : null));
  const [sessionOn, setSessionOn] = useState(session?.sessionOn ?? todayIn(timezone));
  const [minutes, setMinutes] = useState<number | string>(session?.minutes ?? 60);
  const [topic, setTopic] = useState(session?.topic ?? '');
  const [notes, setNotes] = useState(session?.notes ?? '');

  const save = useMutation({
    mutationFn: () => {
      const body = { sessionOn, minutes: Number(minutes), topic, notes };
      return session
        ? unwrap(api.PATCH('/api/v1/organizations/{slug}/mentor-sessions/{sessionId}', { params: { path: { slug, sessionId: session.id } }, body }))
        : unwrap(api.POST('/api/v1/organizations/{slug}/mentor-sessions', { params: { path: { slug } }, body: { ...body, startupId: startupId ?? '' } }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.sessions(slug) });
      notifyDone(t(session ? 'mentors.log.saved' : 'mentors.log.logged'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t(session ? 'mentors.log.editTitle' : 'mentors.log.title')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          {session ? (
            <TextInput label={t('mentors.log.startup')} value={session.startupName} readOnly />
          ) : (
            <Select label={t('mentors.log.startup')} required allowDeselect={false} data={startups} value={startupId} onChange={setStartupId} error={fieldError('startupId')} />
          )}
          <TextInput
            type="date"
            label={t('mentors.log.date')}
            description={t('mentors.log.dateHint', { zone: timezone })}
            required
            value={sessionOn}
            onChange={(event) => setSessionOn(event.currentTarget.value)}
            error={fieldError('sessionOn')}
          />
          <NumberInput label={t('mentors.log.minutes')} description={t('mentors.log.minutesHint')} required allowDecimal={false} allowNegative={false} value={minutes} onChange={setMinutes} error={fieldError('minutes')} />
          <TextInput label={t('mentors.log.topic')} required maxLength={200} value={topic} onChange={(event) => setTopic(event.currentTarget.value)} error={fieldError('topic')} />
          <Textarea label={t('mentors.log.notes')} autosize minRows={3} maxLength={5000} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} error={fieldError('notes')} />
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t(session ? 'actions.save' : 'mentors.log.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
