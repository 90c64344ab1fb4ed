import { Anchor, Group, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading, RequireRole } from '../../session/guards';
import { ApplicationView } from './ApplicationView';
import { ApplicationStatusBadge } from './shared';

function ApplicationDetail() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { applicationId = '' } = useParams();
  const application = useQuery({ queryKey: [slug, 'applications', applicationId], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/applications/{applicationId}', { params: { path: { slug, applicationId } } })) });
  const callId = application.data?.callId ?? '';
  const call = useQuery({ queryKey: [slug, 'calls', callId], enabled: !!callId, queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}', { params: { path: { slug, callId } } })) });
  if (application.isPending || (callId && call.isPending)) return <Loading />;
  if (application.error) return <QueryError error={application.error} />;
  if (call.error) return <QueryError error={call.error} />;
  const data = application.data;
  const round = call.data?.rounds.find((r) => r.key === data.roundKey);
  return (
    <>
      <PageHeader
        title={data.startupName || t('selection.application.unnamed')}
        description={
          <Group gap="xs" component="span">
            <ApplicationStatusBadge status={data.status} />
            {call.data && <Anchor component={Link} to={`/o/${slug}/calls/${call.data.id}`} size="sm">{call.data.title}</Anchor>}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="lg">
        <Text size="sm">{t('selection.application.submittedAt')}: <DateTime value={data.submittedAt} /></Text>
        <Text size="sm">{t('selection.application.round')}: {round ? round.name : data.roundKey ?? '—'}</Text>
        <Text size="sm">{t('selection.application.decidedAt')}: <DateTime value={data.decidedAt ?? data.withdrawnAt} /></Text>
      </SimpleGrid>
      {round && call.data && (
        <Group gap="sm" mb="lg">
          <Anchor component={Link} to={`/o/${slug}/calls/${call.data.id}/rounds/${round.key}/ranking`} size="sm">{t('selection.rounds.rankingOf', { name: round.name })}</Anchor>
        </Group>
      )}
      <ApplicationView application={data} questions={call.data?.questions ?? []} />
    </>
  );
}

export function ApplicationDetailPage() {
  return <RequireRole roles={STAFF}><ApplicationDetail /></RequireRole>;
}
