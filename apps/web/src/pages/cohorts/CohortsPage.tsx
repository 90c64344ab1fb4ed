import { useState } from 'react';
import { Anchor, Button, Group, Select } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable } from '../../components/CursorTable';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { CohortStatusBadge } from './badges';
import { NewCohortModal } from './NewCohortModal';
import { useProgrammes } from './queries';

type Cohort = Schemas['CohortDto'];
const STATUSES: Schemas['CohortStatus'][] = ['planned', 'running', 'completed'];

export function CohortsPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [status, setStatus] = useState<Schemas['CohortStatus'] | null>(null);
  const [creating, { open, close }] = useDisclosure();
  const programmes = useProgrammes();
  const programmeName = new Map((programmes.data?.items ?? []).map((programme) => [programme.id, programme.name]));

  return (
    <>
      <PageHeader title={t('cohorts.list.title')} actions={<Button leftSection={<IconPlus size={16} />} onClick={open}>{t('cohorts.list.new')}</Button>} />
      <Group mb="md">
        <Select
          label={t('cohorts.list.status')}
          placeholder={t('cohorts.list.allStatuses')}
          clearable
          data={STATUSES.map((value) => ({ value, label: t(`cohorts.cohortStatus.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as Schemas['CohortStatus'] | null)}
          w={200}
        />
      </Group>
      <CursorTable<Cohort>
        queryKey={[slug, 'cohorts', 'list', status]}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts', { params: { path: { slug }, query: { cursor, status: status ?? undefined } } }))}
        rowKey={(cohort) => cohort.id}
        caption={t('cohorts.list.caption')}
        empty={t('cohorts.list.empty')}
        columns={[
          { key: 'name', header: t('cohorts.list.name'), sortValue: (c) => c.name, render: (c) => <Anchor component={Link} to={`/o/${slug}/cohorts/${c.id}`}>{c.name}</Anchor> },
          { key: 'programme', header: t('cohorts.list.programme'), sortValue: (c) => programmeName.get(c.programmeId), render: (c) => programmeName.get(c.programmeId) ?? '—' },
          { key: 'status', header: t('cohorts.list.status'), sortValue: (c) => c.status, render: (c) => <CohortStatusBadge status={c.status} /> },
          { key: 'startsOn', header: t('cohorts.list.startsOn'), sortValue: (c) => c.startsOn, render: (c) => <Day value={c.startsOn} /> },
          { key: 'endsOn', header: t('cohorts.list.endsOn'), sortValue: (c) => c.endsOn, render: (c) => <Day value={c.endsOn} /> },
          { key: 'reminders', header: t('cohorts.list.reminders'), render: (c) => c.reminderOffsetsDays.map((days) => t('cohorts.list.daysBefore', { count: days })).join(', ') },
        ]}
      />
      {creating && <NewCohortModal opened onClose={close} />}
    </>
  );
}
