import { Alert, Anchor, Badge, Button, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { NotFoundPage, QueryError } from '../../components/ErrorPage';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { Loading, RequireRole } from '../../session/guards';
import { RoundAssignments } from './RoundAssignments';

function RoundProgress() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { callId = '', roundKey = '' } = useParams();
  const queryClient = useQueryClient();
  const progressKey = [slug, 'calls', callId, 'rounds', roundKey, 'progress'];
  const call = useQuery({ queryKey: [slug, 'calls', callId], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}', { params: { path: { slug, callId } } })) });
  const progress = useQuery({ queryKey: progressKey, queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/progress', { params: { path: { slug, callId, roundKey } } })) });
  const assign = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/assign', { params: { path: { slug, callId, roundKey } } })),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: progressKey });
      void queryClient.invalidateQueries({ queryKey: [slug, 'reviews', 'queue'] });
      notifications.show({ color: 'green', message: t('selection.progress.assigned', { count: answer.assigned }) });
    },
  });

  if (call.isPending || progress.isPending) return <Loading />;
  if (call.error) return <QueryError error={call.error} />;
  if (progress.error) return <QueryError error={progress.error} />;
  const round = call.data.rounds.find((r) => r.key === roundKey);
  if (!round) return <NotFoundPage />;
  const finalized = call.data.finalizedRounds.includes(roundKey);
  const rows = progress.data;
  const total = rows.reduce((sum, r) => sum + r.assigned, 0);
  const done = rows.reduce((sum, r) => sum + r.done, 0);

  return (
    <>
      <PageHeader
        title={t('selection.progress.title', { round: round.name })}
        description={<Anchor component={Link} to={`/o/${slug}/calls/${callId}`} size="sm">{call.data.title}</Anchor>}
        actions={
          <>
            <Button variant="default" component={Link} to={`../ranking`} relative="path">{t('selection.rounds.ranking')}</Button>
            {!finalized && <Button onClick={() => assign.mutate()} loading={assign.isPending}>{t('selection.progress.assign')}</Button>}
          </>
        }
      />
      <Stack gap="lg">
        {finalized && <Alert color="gray">{t('selection.progress.finalized')}</Alert>}
        <ProblemAlert error={assign.error} />
        {assign.data && <Alert color="green">{t('selection.progress.assigned', { count: assign.data.assigned })}</Alert>}
        <Text size="sm" c="dimmed">{t('selection.progress.assignHint', { count: call.data.reviewersPerApplication })}</Text>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('selection.progress.empty')}</Text>
        ) : (
          <>
            <Text>{t('selection.progress.overall', { done, total })}</Text>
            <Table.ScrollContainer minWidth={500}>
              <Table withTableBorder striped>
                <caption style={{ captionSide: 'top', textAlign: 'left' }}><Text size="sm" c="dimmed">{t('selection.progress.caption')}</Text></caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('selection.progress.reviewer')}</Table.Th>
                    <Table.Th>{t('selection.progress.assignedCol')}</Table.Th>
                    <Table.Th>{t('selection.progress.done')}</Table.Th>
                    <Table.Th>{t('selection.progress.pending')}</Table.Th>
                    <Table.Th w="30%">{t('selection.progress.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.reviewerUserId}>
                      <Table.Td>{r.name || r.reviewerUserId}</Table.Td>
                      <Table.Td>{r.assigned}</Table.Td>
                      <Table.Td>{r.done}</Table.Td>
                      <Table.Td>{r.pending > 0 ? <Badge color="orange" variant="light">{t('selection.progress.pendingN', { count: r.pending })}</Badge> : <Badge color="green" variant="light">{t('selection.progress.allDone')}</Badge>}</Table.Td>
                      <Table.Td><Progress value={r.assigned ? (100 * r.done) / r.assigned : 0} aria-label={t('selection.progress.shareOf', { name: r.name, done: r.done, total: r.assigned })} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        <RoundAssignments callId={callId} roundKey={roundKey} finalized={finalized} />
      </Stack>
    </>
  );
}

export function RoundProgressPage() {
  return <RequireRole roles={STAFF}><RoundProgress /></RequireRole>;
}
