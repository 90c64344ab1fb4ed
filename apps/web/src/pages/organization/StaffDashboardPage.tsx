import { useState, type ReactNode } from 'react';
import { Card, Grid, Group, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCertificate, IconChartPie, IconClipboardList, IconFileCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { useOrganization } from '../../components/organization';
import { isoToLocal } from '../../format';
import { ApplicationsInReview } from './ApplicationsInReview';
import { AttentionList, type AttentionKind } from './AttentionList';
import { CallFunnelChart } from './CallFunnelChart';
import { MilestoneTrendChart } from './MilestoneTrendChart';
import { useCalls, useCallsInReview } from './useDashboardData';

/** Owners' and managers' home: what needs attention today, the calls' funnels and the cohorts' milestones. */
export function StaffDashboardPage() {
  const { t } = useTranslation();
  const { slug, name, timezone } = useOrganization();
  const [kind, setKind] = useState<AttentionKind | null>(null);
  const counts = useQuery({
    queryKey: [slug, 'attention', 'counts'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/attention', { params: { path: { slug }, query: { limit: 1 } } })).then((page) => page.counts),
  });
  const reviews = useCallsInReview(slug);
  const openCalls = useCalls(slug, 'open');
  const cohorts = useQuery({
    queryKey: [slug, 'cohorts', { status: 'running' }],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts', { params: { path: { slug }, query: { status: 'running', limit: 100 } } })),
  });
  const today = isoToLocal(new Date().toISOString(), timezone).slice(0, 10);
  const byKind: Record<AttentionKind, number> | undefined = counts.data && {
    overdue_milestone: counts.data.overdueMilestones,
    evidence_to_review: counts.data.evidenceToReview,
    graduation_review: counts.data.graduationReviews,
    equity_stake: counts.data.equityStakes,
  };
  const funnelCalls = [...(openCalls.data?.items ?? []), ...(reviews.query.data?.items ?? [])];
  const toggle = (value: AttentionKind) => setKind((current) => (current === value ? null : value));

  return (
    <>
      <PageHeader title={t('organization.dashboard.title')} description={<>{name} · <Day value={today} /></>} />
      {counts.error && <ProblemAlert error={counts.error} />}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }} mb="lg" role="list" aria-label={t('organization.dashboard.countsLabel')}>
        <StatCard icon={<IconAlertTriangle size={22} />} color="red" label={t('organization.dashboard.counts.overdueMilestones')} value={byKind?.overdue_milestone} pressed={kind === 'overdue_milestone'} onClick={() => toggle('overdue_milestone')} />
        <StatCard icon={<IconFileCheck size={22} />} color="blue" label={t('organization.dashboard.counts.evidenceToReview')} value={byKind?.evidence_to_review} pressed={kind === 'evidence_to_review'} onClick={() => toggle('evidence_to_review')} />
        <StatCard icon={<IconCertificate size={22} />} color="grape" label={t('organization.dashboard.counts.graduationReviews')} value={byKind?.graduation_review} pressed={kind === 'graduation_review'} onClick={() => toggle('graduation_review')} />
        <StatCard icon={<IconChartPie size={22} />} color="orange" label={t('organization.dashboard.counts.equityStakes')} value={byKind?.equity_stake} pressed={kind === 'equity_stake'} onClick={() => toggle('equity_stake')} />
        <StatCard icon={<IconClipboardList size={22} />} color="teal" label={t('organization.dashboard.counts.reviewsPending')} value={reviews.query.isPending ? undefined : reviews.pending} to={`/o/${slug}/applications?status=submitted`} />
      </SimpleGrid>

      <Grid gutter="lg" mb="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder padding="md">
            <Title order={2} size="h4" mb="sm">{t('organization.dashboard.listTitle')}</Title>
            <AttentionList slug={slug} kind={kind} onKind={setKind} counts={byKind} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ApplicationsInReview slug={slug} />
        </Grid.Col>
      </Grid>

      <Stack gap="sm" mb="lg">
        <Title order={2} size="h4">{t('organization.dashboard.funnels.title')}</Title>
        {openCalls.error && <ProblemAlert error={openCalls.error} />}
        {!openCalls.isPending && !reviews.query.isPending && funnelCalls.length === 0 && <Text c="dimmed" size="sm">{t('organization.dashboard.funnels.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {funnelCalls.map((call) => <CallFunnelChart key={call.id} slug={slug} call={call} />)}
        </SimpleGrid>
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">{t('organization.dashboard.trends.title')}</Title>
        {cohorts.error && <ProblemAlert error={cohorts.error} />}
        {cohorts.data && cohorts.data.items.length === 0 && <Text c="dimmed" size="sm">{t('organization.dashboard.trends.empty')}</Text>}
        {cohorts.data?.items.map((cohort) => <MilestoneTrendChart key={cohort.id} slug={slug} cohort={cohort} />)}
      </Stack>
    </>
  );
}

type StatProps = { icon: ReactNode; color: string; label: string; value: number | undefined; pressed?: boolean; onClick?: () => void; to?: string };

/** A count on the dashboard; the attention counts filter the list below, the last links away. */
function StatCard({ icon, color, label, value, pressed, onClick, to }: StatProps) {
  const body = (
    <Group wrap="nowrap" gap="md">
      <ThemeIcon size={44} radius="md" variant="light" color={color} aria-hidden>{icon}</ThemeIcon>
      <div>
        <Text fz={28} fw={700} lh={1.1}>{value ?? '–'}</Text>
        <Text size="sm" c="dimmed" lh={1.3}>{label}</Text>
      </div>
    </Group>
  );
  const style = { display: 'block', width: '100%', height: '100%' };
  return (
    <Card withBorder padding="md" role="listitem" style={pressed ? { borderColor: `var(--mantine-color-${color}-6)`, boxShadow: `inset 0 0 0 1px var(--mantine-color-${color}-6)` } : undefined}>
      {to ? (
        <UnstyledButton component={Link} to={to} style={style}>{body}</UnstyledButton>
      ) : (
        <UnstyledButton onClick={onClick} aria-pressed={pressed} style={style}>{body}</UnstyledButton>
      )}
    </Card>
  );
}
