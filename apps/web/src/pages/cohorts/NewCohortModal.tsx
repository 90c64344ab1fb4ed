import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';
import { useProgrammes } from './queries';

/** Programme, name, first day and reminder offsets → createCohort, then to the new cohort's page. */
export function NewCohortModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programmes = useProgrammes();
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [offsets, setOffsets] = useState<string[]>(['7', '1']);

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/cohorts', {
          params: { path: { slug } },
          body: { programmeId: programmeId ?? '', name, startsOn, reminderOffsetsDays: offsets.map(Number).filter((n) => Number.isInteger(n)) },
        }),
      ),
    onSuccess: (cohort) => {
      queryClient.setQueryData([slug, 'cohorts', cohort.id], cohort);
      void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts'] });
      notifications.show({ color: 'teal', message: t('cohorts.create.created') });
      onClose();
      navigate(`/o/${slug}/cohorts/${cohort.id}`);
    },
  });
  const fieldError = fieldErrorsOf(create.error);

  return (
    <Modal opened={opened} onClose={onClose} title={t('cohorts.create.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Select
            label={t('cohorts.create.programme')}
            required
            data={(programmes.data?.items ?? []).map((programme) => ({ value: programme.id, label: programme.name }))}
            value={programmeId}
            onChange={setProgrammeId}
            nothingFoundMessage={t('cohorts.create.noProgrammes')}
            error={fieldError('programmeId')}
            disabled={programmes.isPending}
          />
          <TextInput label={t('cohorts.create.name')} required value={name} onChange={(event) => setName(event.currentTarget.value)} error={fieldError('name')} />
          <TextInput
            type="date"
            label={t('cohorts.create.startsOn')}
            description={t('cohorts.timezoneHint', { timezone })}
            required
            value={startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
            error={fieldError('startsOn')}
          />
          <TagsInput
            label={t('cohorts.create.reminders')}
            description={t('cohorts.create.remindersHint')}
            value={offsets}
            onChange={(values) => setOffsets(values.filter((value) => /^\d+$/.test(value)))}
            error={fieldError('reminderOffsetsDays') ?? fieldError('reminderOffsetsDays.0')}
          />
          <ProblemAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('actions.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
