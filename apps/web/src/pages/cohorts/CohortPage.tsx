import { Center, Loader, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { CohortStatusBadge } from './badges';
import { CohortGantt } from './CohortGantt';
import { CohortGridTab } from './CohortGridTab';
import { CohortMilestonesTab } from './CohortMilestonesTab';
import { CohortOpenActions } from './CohortOpenActions';
import { CohortStartupsTab } from './CohortStartupsTab';
import { useCohort, useProgrammes } from './queries';

const TABS = ['timeline', 'grid', 'milestones', 'startups'] as const;
type Tab = (typeof TABS)[number];

export function CohortPage() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((candidate) => candidate === search.get('tab')) ?? 'timeline';
  const cohort = useCohort(cohortId);
  const programmes = useProgrammes();

  if (cohort.isPending) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (cohort.error) return <QueryError error={cohort.error} />;
  const data = cohort.data;
  const programme = programmes.data?.items.find((candidate) => candidate.id === data.programmeId);
  const enrolments = Object.entries(data.enrolments)
    .map(([status, count]) => `${t(`cohorts.enrolmentStatus.${status}`, { defaultValue: status })}: ${count}`)
    .join(' · ');

  return (
    <>
      <PageHeader
        title={data.name}
        actions={<CohortStatusBadge status={data.status} />}
        description={
          <>
            {programme && <>{programme.name} · </>}
            <Day value={data.startsOn} /> – <Day value={data.endsOn} />
            {enrolments && <> · {t('cohorts.cohort.enrolments')}: {enrolments}</>}
          </>
        }
      />
      <CohortOpenActions cohortId={data.id} />
      <Tabs value={tab} onChange={(value) => setSearch(value && value !== 'timeline' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((value) => <Tabs.Tab key={value} value={value}>{t(`cohorts.cohort.tabs.${value}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="timeline"><TimelinePanel cohortId={data.id} /></Tabs.Panel>
        <Tabs.Panel value="grid"><CohortGridTab cohort={data} /></Tabs.Panel>
        <Tabs.Panel value="milestones"><CohortMilestonesTab cohort={data} /></Tabs.Panel>
        <Tabs.Panel value="startups"><CohortStartupsTab cohort={data} /></Tabs.Panel>
      </Tabs>
    </>
  );
}

function TimelinePanel({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const timeline = useQuery({
    queryKey: [slug, 'cohorts', cohortId, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts/{cohortId}/timeline', { params: { path: { slug, cohortId } } })),
  });
  if (timeline.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (timeline.error) return <ProblemAlert error={timeline.error} />;
  return <CohortGantt timeline={timeline.data} />;
}
