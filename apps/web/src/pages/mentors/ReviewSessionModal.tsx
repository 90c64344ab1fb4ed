import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys } from './queries';

type Session = Schemas['MentorSessionDto'];

/** Approve (all the minutes, or fewer, with an optional comment) or reject (with a reason). */
export function ReviewSessionModal({ session, decision, onClose }: { session: Session; decision: 'approve' | 'reject'; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState<number | string>('');
  const [text, setText] = useState('');
  const path = { slug, sessionId: session.id };

  const save = useMutation({
    mutationFn: () =>
      decision === 'approve'
        ? unwrap(api.POST('/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/approve', { params: { path }, body: { ...(minutes === '' ? {} : { approvedMinutes: Number(minutes) }), ...(text.trim() ? { comment: text } : {}) } }))
        : unwrap(api.POST('/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/reject', { params: { path }, body: { reason: text } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.sessions(slug) });
      void queryClient.invalidateQueries({ queryKey: keys.hours(slug) });
      notifyDone(t(decision === 'approve' ? 'mentors.review.approved' : 'mentors.review.rejected'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t(decision === 'approve' ? 'mentors.review.approveTitle' : 'mentors.review.rejectTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Text size="sm">
            <strong>{session.mentorName}</strong> · {session.startupName} · <Day value={session.sessionOn} /> · {t('mentors.review.logged', { minutes: session.minutes })}
          </Text>
          <Text size="sm">{session.topic}</Text>
          {session.disputeReason && <Text size="sm">{t('mentors.sessions.disputeReason')}: {session.disputeReason}</Text>}
          {decision === 'approve' ? (
            <>
              <NumberInput label={t('mentors.review.approvedMinutes')} description={t('mentors.review.approvedMinutesHint', { minutes: session.minutes })} min={1} allowDecimal={false} allowNegative={false} value={minutes} onChange={setMinutes} error={fieldError('approvedMinutes')} />
              <Textarea label={t('mentors.review.comment')} autosize minRows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} error={fieldError('comment')} />
            </>
          ) : (
            <Textarea label={t('mentors.review.reason')} required autosize minRows={2} value={text} onChange={(event) => setText(event.currentTarget.value)} error={fieldError('reason')} />
          )}
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" color={decision === 'approve' ? 'teal' : 'red'} loading={save.isPending}>{t(decision === 'approve' ? 'mentors.review.approve' : 'mentors.review.reject')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
