import { Anchor, Button, Card, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/problem';
import { useCallsInReview } from './useDashboardData';

/** The calls whose applications are being reviewed, with each current round's progress. */
export function ApplicationsInReview({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { query, rows } = useCallsInReview(slug);

  return (
    <Card withBorder padding="md" h="100%">
      <Title order={2} size="h4" mb="sm">{t('organization.dashboard.applications.title')}</Title>
      {query.error && <ProblemAlert error={query.error} />}
      {query.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {query.data && rows.length === 0 && <Text c="dimmed" size="sm">{t('organization.dashboard.applications.empty')}</Text>}
      <Stack gap="md">
        {rows.map(({ call, round, loading, assigned, done }) => (
          <Stack key={call.id} gap={4}>
            <Anchor component={Link} to={`/o/${slug}/applications?callId=${call.id}`} fw={500} size="sm">{call.title}</Anchor>
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">{round ? t('organization.dashboard.applications.round', { round: round.name }) : t('organization.dashboard.applications.allRoundsDone')}</Text>
              {round && !loading && (
                <Text size="xs">{assigned > 0 ? t('organization.dashboard.applications.progress', { done, assigned }) : t('organization.dashboard.applications.noAssignments')}</Text>
              )}
            </Group>
            {round && assigned > 0 && (
              <Progress value={(done / assigned) * 100} size="sm" aria-label={t('organization.dashboard.applications.progress', { done, assigned })} />
            )}
          </Stack>
        ))}
      </Stack>
      <Button component={Link} to={`/o/${slug}/applications?status=submitted`} variant="light" mt="md" fullWidth>
        {t('organization.dashboard.applications.link')}
      </Button>
    </Card>
  );
}
