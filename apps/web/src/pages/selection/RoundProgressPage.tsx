import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Progress, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { NotFoundPage, QueryError } from '../../components/ErrorPage';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { Loading, RequireRole } from '../../session/guards';

const CAN_REVIEW: Schemas['Role'][] = ['owner', 'manager', 'reviewer'];

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
        {!finalized && <MoveAssignments callId={callId} roundKey={roundKey} />}
      </Stack>
    </>
  );
}

/**
 * Moves an assignment to another reviewer. The API lists assignment ids only in the caller's own
 * queue, so these are the caller's assignments in this round.
 */
function MoveAssignments({ callId, roundKey }: { callId: string; roundKey: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queue = useQuery({ queryKey: [slug, 'reviews', 'queue'], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/reviews/queue', { params: { path: { slug } } })) });
  const members = useQuery({ queryKey: [slug, 'members'], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/members', { params: { path: { slug } } })) });
  const mine = (queue.data ?? []).filter((item) => item.callId === callId && item.roundKey === roundKey);
  const reviewers = (members.data ?? []).filter((m) => CAN_REVIEW.includes(m.role)).map((m) => ({ value: m.userId, label: `${m.name} (${t(`selection.role.${m.role}`)})` }));
  return (
    <section>
      <Title order={2} size="h3" mb="xs">{t('selection.progress.moveTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('selection.progress.moveHint')}</Text>
      {queue.error && <ProblemAlert error={queue.error} />}
      {mine.length === 0 ? (
        <Text size="sm" c="dimmed">{t('selection.progress.moveNone')}</Text>
      ) : (
        <Stack gap="xs">
          {mine.map((item) => <MoveRow key={item.assignmentId} item={item} reviewers={reviewers} />)}
        </Stack>
      )}
    </section>
  );
}

function MoveRow({ item, reviewers }: { item: Schemas['QueueItemDto']; reviewers: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (reviewerUserId: string) => unwrap(api.PATCH('/api/v1/organizations/{slug}/review-assignments/{assignmentId}', { params: { path: { slug, assignmentId: item.assignmentId } }, body: { reviewerUserId } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'reviews', 'queue'] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'calls', item.callId, 'rounds', item.roundKey, 'progress'] });
      notifications.show({ color: 'green', message: t('selection.progress.moved') });
    },
  });
  const name = item.startupName || t('selection.application.unnamed');
  return (
    <Paper withBorder p="xs">
      <Group align="flex-end" wrap="wrap">
        <Text w={220} fw={500}>{name}</Text>
        <Select label={t('selection.progress.moveTo', { name })} data={reviewers} value={to} onChange={setTo} searchable error={fieldErrorsOf(move.error)('reviewerUserId')} w={300} />
        <Button onClick={() => to && move.mutate(to)} disabled={!to} loading={move.isPending}>{t('selection.progress.move')}</Button>
      </Group>
      {move.error && !fieldErrorsOf(move.error)('reviewerUserId') ? <ProblemAlert error={move.error} /> : null}
    </Paper>
  );
}

export function RoundProgressPage() {
  return <RequireRole roles={STAFF}><RoundProgress /></RequireRole>;
}
