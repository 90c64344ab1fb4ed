import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, useMentorTags } from './queries';

/** A profile for a member with the mentor role (others are refused with NOT_A_MENTOR). */
export function CreateProfileModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const tags = useMentorTags();
  const members = useQuery({
    queryKey: [slug, 'members'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/members', { params: { path: { slug } } })),
  });
  const mentors = (members.data ?? []).filter((member) => member.role === 'mentor');
  const [userId, setUserId] = useState<string | null>(null);
  const [kind, setKind] = useState<Schemas['MentorKind']>('expert');
  const [chosen, setChosen] = useState<string[]>([]);
  const [capacity, setCapacity] = useState<number | string>(3);
  const [bio, setBio] = useState('');

  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/mentor-profiles', { params: { path: { slug } }, body: { userId: userId ?? '', kind, tags: chosen, capacity: Number(capacity), bio } })),
    onSuccess: (profile) => {
      void queryClient.invalidateQueries({ queryKey: keys.profiles(slug) });
      notifyDone(t('mentors.pool.created'));
      void navigate(`/o/${slug}/mentors/${profile.id}`);
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.pool.addTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Select
            label={t('mentors.pool.member')}
            description={t('mentors.pool.memberHint')}
            required
            searchable
            data={mentors.map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }))}
            value={userId}
            onChange={setUserId}
            nothingFoundMessage={t('mentors.pool.noMentors')}
            error={fieldError('userId')}
          />
          <Group grow align="flex-start">
            <Select label={t('mentors.profile.kind')} required allowDeselect={false} data={(['lead', 'expert'] as const).map((value) => ({ value, label: t(`mentors.kind.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as Schemas['MentorKind'])} error={fieldError('kind')} />
            <NumberInput label={t('mentors.profile.capacity')} required min={1} max={100} allowDecimal={false} value={capacity} onChange={setCapacity} error={fieldError('capacity')} />
          </Group>
          <MultiSelect label={t('mentors.profile.tags')} searchable data={(tags.data?.items ?? []).map((tag) => ({ value: tag.key, label: tag.label }))} value={chosen} onChange={setChosen} error={fieldError('tags')} />
          <Textarea label={t('mentors.profile.bio')} autosize minRows={2} maxLength={2000} value={bio} onChange={(event) => setBio(event.currentTarget.value)} error={fieldError('bio')} />
          <MentorProblem error={save.error ?? members.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('actions.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
