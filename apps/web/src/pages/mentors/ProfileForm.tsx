import { useState } from 'react';
import { Button, Group, MultiSelect, NumberInput, Select, Stack, Switch, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, useMentorTags } from './queries';

type Profile = Schemas['MentorProfileDetailDto'];

/** A profile's editable fields: staff change everything; the mentor their bio and tags only (the API's rule). */
export function ProfileForm({ profile, staff }: { profile: Profile; staff: boolean }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const tags = useMentorTags();
  const [bio, setBio] = useState(profile.bio);
  const [chosen, setChosen] = useState<string[]>(profile.tags);
  const [kind, setKind] = useState<Schemas['MentorKind']>(profile.kind);
  const [capacity, setCapacity] = useState<number | string>(profile.capacity);
  const [active, setActive] = useState(profile.active);

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/organizations/{slug}/mentor-profiles/{profileId}', {
          params: { path: { slug, profileId: profile.id } },
          body: staff ? { bio, tags: chosen, kind, capacity: Number(capacity), active } : { bio, tags: chosen },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.profiles(slug) });
      void queryClient.invalidateQueries({ queryKey: keys.myProfile(slug) });
      notifyDone(t('mentors.profile.saved'));
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        {staff && (
          <Group grow align="flex-start">
            <Select label={t('mentors.profile.kind')} allowDeselect={false} data={(['lead', 'expert'] as const).map((value) => ({ value, label: t(`mentors.kind.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as Schemas['MentorKind'])} error={fieldError('kind')} />
            <NumberInput label={t('mentors.profile.capacity')} description={t('mentors.profile.capacityHint')} min={1} max={100} allowDecimal={false} value={capacity} onChange={setCapacity} error={fieldError('capacity')} />
          </Group>
        )}
        <MultiSelect label={t('mentors.profile.tags')} searchable data={(tags.data?.items ?? []).map((tag) => ({ value: tag.key, label: tag.label }))} value={chosen} onChange={setChosen} error={fieldError('tags')} />
        <Textarea label={t('mentors.profile.bio')} autosize minRows={3} maxLength={2000} value={bio} onChange={(event) => setBio(event.currentTarget.value)} error={fieldError('bio')} />
        {staff && <Switch label={t('mentors.profile.activeLabel')} description={t('mentors.profile.activeHint')} checked={active} onChange={(event) => setActive(event.currentTarget.checked)} />}
        <MentorProblem error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>{t('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
