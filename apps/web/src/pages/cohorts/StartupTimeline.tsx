import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { ProblemAlert } from '../../components/problem';
import { EnrolmentStatusBadge, MilestoneStatusBadges } from './badges';

type Milestone = Schemas['MilestoneDto'];

function MilestoneItem({ milestone }: { milestone: Milestone }) {
  const { slug } = useOrganization();
  return (
    <Card withBorder padding="sm" bg={milestone.overdue && !milestone.dropped ? 'red.0' : undefined} style={milestone.overdue && !milestone.dropped ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/o/${slug}/milestones/${milestone.id}`} fw={600} td={milestone.dropped ? 'line-through' : undefined}>{milestone.title}</Anchor>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed"><Day value={milestone.dueOn} /></Text>
          <MilestoneStatusBadges status={milestone.status} overdue={milestone.overdue} dropped={milestone.dropped} />
        </Group>
      </Stack>
    </Card>
  );
}

/** The startup's phases and milestones in order, per enrolment: the founder's home. */
export function StartupTimeline({ startupId }: { startupId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const timeline = useQuery({
    queryKey: [slug, 'startups', startupId, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/timeline', { params: { path: { slug, startupId } } })),
  });
  if (timeline.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (timeline.error) return <ProblemAlert error={timeline.error} />;
  const enrolments = timeline.data.enrolments;
  if (enrolments.length === 0) return <Text c="dimmed">{t('cohorts.startup.timelineEmpty')}</Text>;

  return (
    <Stack gap="xl">
      {enrolments.map(({ enrolment, cohort, phases, milestones }) => {
        const byDue = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
        const outside = byDue.filter((milestone) => milestone.phasePosition == null || !phases.some((phase) => phase.position === milestone.phasePosition));
        return (
          <Stack key={enrolment.id} gap="md">
            <Group gap="sm" wrap="wrap">
              <Title order={3} size="h4">{cohort.name}</Title>
              <EnrolmentStatusBadge status={enrolment.status} />
              <Text size="sm" c="dimmed"><Day value={cohort.startsOn} /> – <Day value={cohort.endsOn} /></Text>
            </Group>
            {[...phases].sort((a, b) => a.position - b.position).map((phase) => {
              const current = cohort.currentPhase === phase.position && cohort.status === 'running';
              const items = byDue.filter((milestone) => milestone.phasePosition === phase.position);
              return (
                <Stack key={phase.position} gap="xs" pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${current ? 'teal-6' : 'gray-3'})` }}>
                  <Group gap="xs" wrap="wrap">
                    <Title order={4} size="h5">{phase.position + 1}. {phase.name}</Title>
                    {current && <Badge color="teal">{t('cohorts.startup.currentPhase')}</Badge>}
                  </Group>
                  <Text size="xs" c="dimmed"><Day value={phase.startsOn} /> – <Day value={phase.endsOn} /></Text>
                  {items.length === 0 ? <Text size="sm" c="dimmed">{t('cohorts.startup.noMilestones')}</Text> : items.map((milestone) => <MilestoneItem key={milestone.id} milestone={milestone} />)}
                </Stack>
              );
            })}
            {outside.length > 0 && (
              <Stack gap="xs" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
                <Title order={4} size="h5">{t('cohorts.startup.otherMilestones')}</Title>
                {outside.map((milestone) => <MilestoneItem key={milestone.id} milestone={milestone} />)}
              </Stack>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
