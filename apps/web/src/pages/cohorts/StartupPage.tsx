import { useState } from 'react';
import { Anchor, Button, Card, Center, Grid, Group, List, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime, Day } from '../../components/format';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';
import { EnrolmentStatusBadge, StartupStatusBadge } from './badges';
import { StartupTimeline } from './StartupTimeline';

type Profile = Schemas['StartupProfileDto'];

/** The startup's profile with its timeline first: the founder's home, usable at 390 px. */
export function StartupPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const { startupId = '' } = useParams();
  const startup = useQuery({
    queryKey: [slug, 'startups', startupId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}', { params: { path: { slug, startupId } } })),
  });
  if (startup.isPending) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (startup.error) return <QueryError error={startup.error} />;
  const data = startup.data;

  return (
    <>
      <PageHeader title={data.name} description={[data.sector, data.stage].filter(Boolean).join(' · ') || undefined} actions={<StartupStatusBadge status={data.status} />} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section id="startup-timeline" title={t('cohorts.startup.timeline')}>
            <StartupTimeline startupId={data.id} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Group gap="xs">
              <Button variant="light" component={Link} to={`/o/${slug}/startups/${data.id}/equity`}>{t('cohorts.startup.capTable')}</Button>
              <Button variant="light" component={Link} to={`/o/${slug}/startups/${data.id}/funding`}>{t('cohorts.startup.funding')}</Button>
              <Button variant="light" component={Link} to={`/o/${slug}/startups/${data.id}/mentors`}>{t('cohorts.startup.mentors')}</Button>
              <Button variant="light" component={Link} to={`/o/${slug}/startups/${data.id}/leases`}>{t('cohorts.startup.space')}</Button>
              <Button variant="light" component={Link} to={`/o/${slug}/startups/${data.id}/invoices`}>{t('billing.startupLink')}</Button>
              <Button variant="light" component={Link} to={`/o/${slug}/startups/${data.id}/payments`}>{t('payments.startupLink')}</Button>
            </Group>
            <Section id="startup-cohorts" title={t('cohorts.startup.cohorts')}>
              <Cohorts profile={data} staff={staff} />
            </Section>
            <Section id="startup-founders" title={t('cohorts.startup.founders')}>
              <Founders profile={data} staff={staff} />
            </Section>
            <Section id="startup-outcomes" title={t('cohorts.startup.outcomes')}>
              <Outcomes profile={data} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">{title}</Title>
      {children}
    </Paper>
  );
}

function Cohorts({ profile, staff }: { profile: Profile; staff: boolean }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  if (profile.cohorts.length === 0) return <Text size="sm" c="dimmed">{t('cohorts.startup.cohortsEmpty')}</Text>;
  return (
    <Stack gap="sm">
      {profile.cohorts.map((cohort) => (
        <Card key={cohort.enrolmentId} withBorder padding="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            {staff ? <Anchor component={Link} to={`/o/${slug}/cohorts/${cohort.cohortId}`} fw={600}>{cohort.cohortName}</Anchor> : <Text fw={600}>{cohort.cohortName}</Text>}
            <EnrolmentStatusBadge status={cohort.status} />
          </Group>
          <Text size="sm" c="dimmed"><Day value={cohort.startsOn} /> – <Day value={cohort.endsOn} /></Text>
          {cohort.currentPhaseName && <Text size="sm">{t('cohorts.startup.currentPhase')}: {cohort.currentPhaseName}</Text>}
          <Text size="sm">{t('cohorts.startup.incubationEnds')}: <DateTime value={cohort.incubationEndsAt} /></Text>
          {cohort.endReason && <Text size="sm">{t('cohorts.startup.reason')}: {cohort.endReason}</Text>}
        </Card>
      ))}
    </Stack>
  );
}

function Founders({ profile, staff }: { profile: Profile; staff: boolean }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/startups/{startupId}/founders', { params: { path: { slug, startupId: profile.id } }, body: { email } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups', profile.id] });
      notifications.show({ color: 'teal', message: t('cohorts.startup.founderAdded') });
      setEmail('');
    },
  });
  return (
    <Stack gap="sm">
      {profile.founders.length === 0 ? (
        <Text size="sm" c="dimmed">{t('cohorts.startup.foundersEmpty')}</Text>
      ) : (
        <List spacing={4} listStyleType="none" p={0}>
          {profile.founders.map((founder) => (
            <List.Item key={founder.userId}>
              <Text size="sm" fw={600}>{founder.name}</Text>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>{founder.email} · {t('cohorts.startup.since')} <DateTime value={founder.since} /></Text>
            </List.Item>
          ))}
        </List>
      )}
      {staff && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate();
          }}
        >
          <Stack gap="xs">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput type="email" label={t('cohorts.startup.email')} required value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={fieldErrorsOf(add.error)('email')} style={{ flex: 1 }} />
              <Button type="submit" loading={add.isPending}>{t('cohorts.startup.add')}</Button>
            </Group>
            <ProblemAlert error={add.error} />
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function Outcomes({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  if (profile.outcomeHistory.length === 0) return <Text size="sm" c="dimmed">{t('cohorts.startup.outcomesEmpty')}</Text>;
  const label = (status: Schemas['StartupStatus'] | null) => (status ? t(`cohorts.startupStatus.${status}`) : '—');
  return (
    <Stack gap="xs">
      {[...profile.outcomeHistory].reverse().map((outcome) => (
        <div key={`${outcome.at}-${outcome.status}`}>
          <Text size="sm" fw={600}>{outcome.previousStatus ? t('cohorts.startup.outcome', { from: label(outcome.previousStatus), to: label(outcome.status) }) : label(outcome.status)}</Text>
          {outcome.reason && <Text size="sm">{outcome.reason}</Text>}
          <Text size="xs" c="dimmed">
            {outcome.on && <>{t('cohorts.startup.effective')} <Day value={outcome.on} /> · </>}
            {t('cohorts.startup.recorded')} <DateTime value={outcome.at} />
          </Text>
        </div>
      ))}
    </Stack>
  );
}
