import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, todayIn } from './queries';

/** Assigns a suggested mentor as lead (lead mentors only) or expert, from a day, optionally to a day. */
export function AssignModal({ startupId, startupName, mentor, onClose }: { startupId: string; startupName: string; mentor: Schemas['MentorSuggestionDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Schemas['MentorAssignmentRole']>(mentor.kind === 'lead' ? 'lead' : 'expert');
  const [startsOn, setStartsOn] = useState(todayIn(timezone));
  const [endsOn, setEndsOn] = useState('');

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/mentor-assignments', {
          params: { path: { slug, startupId } },
          body: { mentorProfileId: mentor.mentorProfileId, role, startsOn, ...(endsOn ? { endsOn } : {}) },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups', startupId] });
      void queryClient.invalidateQueries({ queryKey: keys.profiles(slug) });
      notifyDone(t('mentors.assign.done', { mentor: mentor.name }));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.assign.title', { mentor: mentor.name, startup: startupName })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Select
            label={t('mentors.assign.role')}
            allowDeselect={false}
            data={(['lead', 'expert'] as const).map((value) => ({ value, label: t(`mentors.role.${value}`), disabled: value === 'lead' && mentor.kind !== 'lead' }))}
            value={role}
            onChange={(value) => value && setRole(value as Schemas['MentorAssignmentRole'])}
            error={fieldError('role')}
          />
          {mentor.kind !== 'lead' && <Text size="xs" c="dimmed">{t('mentors.assign.expertOnly')}</Text>}
          <Group grow align="flex-start">
            <TextInput type="date" label={t('mentors.assign.startsOn')} required value={startsOn} onChange={(event) => setStartsOn(event.currentTarget.value)} error={fieldError('startsOn')} />
            <TextInput type="date" label={t('mentors.assign.endsOn')} description={t('mentors.assign.endsOnHint')} value={endsOn} onChange={(event) => setEndsOn(event.currentTarget.value)} error={fieldError('endsOn')} />
          </Group>
          <Text size="xs" c="dimmed">{t('mentors.assign.zone', { zone: timezone })}</Text>
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('mentors.assign.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
