import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, todayIn } from './queries';

/** Ends (or extends) an assignment on a last day; sessions logged after it are refused (SESSIONS_AFTER_END). */
export function EndAssignmentModal({ assignment, onClose }: { assignment: Schemas['MentorAssignmentDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [endsOn, setEndsOn] = useState(assignment.endsOn ?? todayIn(timezone));
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/organizations/{slug}/mentor-assignments/{assignmentId}', { params: { path: { slug, assignmentId: assignment.id } }, body: { endsOn } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups', assignment.startupId] });
      void queryClient.invalidateQueries({ queryKey: keys.profiles(slug) });
      notifyDone(t('mentors.end.done'));
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.end.title', { mentor: assignment.mentorName })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput type="date" label={t('mentors.end.lastDay')} description={t('mentors.assign.zone', { zone: timezone })} required value={endsOn} onChange={(event) => setEndsOn(event.currentTarget.value)} error={fieldErrorsOf(save.error)('endsOn')} />
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('mentors.end.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
