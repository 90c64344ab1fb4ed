import { useState } from 'react';
import { Button, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';

/** Pick startups from the portfolio (searched by name or sector) → enrolStartups. */
export function EnrolStartupsModal({ cohortId, onClose }: { cohortId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [selected, setSelected] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});

  const startups = useQuery({
    queryKey: [slug, 'startups', 'pick', q],
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups', { params: { path: { slug }, query: { limit: 50, q: q || undefined } } })),
  });
  const known = { ...names, ...Object.fromEntries((startups.data?.items ?? []).map((startup) => [startup.id, startup.name])) };
  const data = Object.entries(known).map(([value, label]) => ({ value, label }));

  const enrol = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/cohorts/{cohortId}/enrolments', { params: { path: { slug, cohortId } }, body: { startupIds: selected } })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts', cohortId] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups'] });
      notifications.show({ color: 'teal', message: t('cohorts.enrolments.enrolled', { count: result.enrolled }) });
      onClose();
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('cohorts.enrolments.enrolTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          enrol.mutate();
        }}
      >
        <Stack>
          <MultiSelect
            label={t('cohorts.enrolments.pick')}
            description={t('cohorts.enrolments.pickHint')}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            data={data}
            value={selected}
            onChange={(values) => {
              setSelected(values);
              setNames(Object.fromEntries(values.map((id) => [id, known[id] ?? id])));
            }}
            error={fieldErrorsOf(enrol.error)('startupIds')}
            required
          />
          <ProblemAlert error={enrol.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={enrol.isPending} disabled={selected.length === 0}>{t('cohorts.enrolments.enrol')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
