import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { EnrolmentStatusBadge, MilestoneStatusBadges } from '../cohorts/badges';
import { Section } from './Section';
import { SessionsTable } from './SessionsTable';

/**
 * A startup the mentor mentors: its timeline (read from me/mentored-startups, since the founders'
 * StartupTimeline reads the staff/founder route and links milestone pages a mentor cannot open)
 * and the mentor's sessions with it.
 */
export function MentoredStartupPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { startupId = '' } = useParams();
  const timeline = useQuery({
    queryKey: [slug, 'me', 'mentored-startups', startupId, 'timeline'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/me/mentored-startups/{startupId}/timeline', { params: { path: { slug, startupId } } })),
  });
  if (timeline.isPending) return <Loading />;
  if (timeline.error) return <QueryError error={timeline.error} />;
  const { startup, enrolments } = timeline.data;

  return (
    <>
      <PageHeader
        title={startup.name}
        description={
          <>
            {[startup.sector, startup.stage].filter(Boolean).join(' · ')}{' '}
            <Anchor component={Link} to={`/o/${slug}/mentoring`} size="sm" underline="always">{t('mentors.mentoring.back')}</Anchor>
          </>
        }
      />
      <Stack gap="lg">
        <Section id="mentored-timeline" title={t('mentors.mentored.timeline')}>
          {enrolments.length === 0 ? <Text size="sm" c="dimmed">{t('mentors.mentored.noTimeline')}</Text> : enrolments.map((entry) => <Enrolment key={entry.enrolment.id} entry={entry} />)}
        </Section>
        <Section id="mentored-sessions" title={t('mentors.mentored.sessions')}>
          <SessionsTable caption={t('mentors.mentored.sessions')} show={{}} filters={{ startupId }} />
        </Section>
      </Stack>
    </>
  );
}

function Enrolment({ entry }: { entry: Schemas['TimelineEnrolmentDto'] }) {
  const { t } = useTranslation();
  const { cohort, enrolment, phases, milestones } = entry;
  const byDue = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const groups = [...phases].sort((a, b) => a.position - b.position).map((phase) => ({ key: String(phase.position), phase, items: byDue.filter((m) => m.phasePosition === phase.position) }));
  const other = byDue.filter((m) => !phases.some((phase) => phase.position === m.phasePosition));
  return (
    <Stack gap="sm" mb="md">
      <Group gap="sm" wrap="wrap">
        <Title order={3} size="h5">{cohort.name}</Title>
        <EnrolmentStatusBadge status={enrolment.status} />
        <Text size="sm" c="dimmed"><Day value={cohort.startsOn} /> – <Day value={cohort.endsOn} /></Text>
      </Group>
      {groups.map(({ key, phase, items }) => {
        const current = cohort.status === 'running' && cohort.currentPhase === phase.position;
        return (
          <Stack key={key} gap={4} pl="sm" style={{ borderLeft: `3px solid var(--mantine-color-${current ? 'teal-6' : 'gray-3'})` }}>
            <Group gap="xs">
              <Title order={4} size="h6">{phase.position + 1}. {phase.name}</Title>
              {current && <Badge color="teal" component="span">{t('mentors.mentored.currentPhase')}</Badge>}
            </Group>
            <Text size="xs" c="dimmed"><Day value={phase.startsOn} /> – <Day value={phase.endsOn} /></Text>
            <Milestones items={items} />
          </Stack>
        );
      })}
      {other.length > 0 && (
        <Stack gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
          <Title order={4} size="h6">{t('mentors.mentored.otherMilestones')}</Title>
          <Milestones items={other} />
        </Stack>
      )}
    </Stack>
  );
}

function Milestones({ items }: { items: Schemas['MilestoneDto'][] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm" c="dimmed">{t('mentors.mentored.noMilestones')}</Text>;
  return (
    <List listStyleType="none" spacing={6} p={0}>
      {items.map((milestone) => (
        <List.Item key={milestone.id}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600} td={milestone.dropped ? 'line-through' : undefined}>{milestone.title}</Text>
            <Text size="sm" c="dimmed">{t('mentors.mentored.due')} <Day value={milestone.dueOn} /></Text>
            <MilestoneStatusBadges status={milestone.status} overdue={milestone.overdue} dropped={milestone.dropped} />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
