import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';

type Assignment = Schemas['RoundAssignmentDto'];
type Status = Schemas['RoundAssignmentStatus'];
type Option = { value: string; label: string };

const STATUSES: Status[] = ['pending', 'done', 'conflict'];
const STATUS_COLOR: Record<Status, string> = { pending: 'orange', done: 'green', conflict: 'gray' };
/** reassignReview accepts these roles. */
const CAN_REVIEW: Schemas['Role'][] = ['owner', 'manager', 'reviewer'];

/** Every assignment of the round, a page at a time; staff move pending ones to another member. */
export function RoundAssignments({ callId, roundKey, finalized }: { callId: string; roundKey: string; finalized: boolean }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [status, setStatus] = useState<Status | null>(finalized ? null : 'pending');
  const [reviewer, setReviewer] = useState<string | null>(null);
  const members = useQuery({ queryKey: [slug, 'members'], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/members', { params: { path: { slug } } })) });
  const reviewers: Option[] = (members.data ?? [])
    .filter((m) => CAN_REVIEW.includes(m.role))
    .map((m) => ({ value: m.userId, label: `${m.name} (${t(`selection.role.${m.role}`)})` }));

  return (
    <section>
      <Title order={2} size="h3" mb="xs">{t('selection.assignments.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{finalized ? t('selection.assignments.hintFinalized') : t('selection.assignments.hint')}</Text>
      {members.error && <ProblemAlert error={members.error} />}
      <Group mb="sm" align="flex-end">
        <Select
          label={t('selection.status')}
          placeholder={t('selection.assignments.anyStatus')}
          clearable
          data={STATUSES.map((value) => ({ value, label: t(`selection.assignments.status.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as Status | null)}
          w={200}
        />
        <Select
          label={t('selection.progress.reviewer')}
          placeholder={t('selection.assignments.anyReviewer')}
          clearable
          searchable
          data={reviewers}
          value={reviewer}
          onChange={setReviewer}
          w={300}
        />
      </Group>
      <CursorTable<Assignment>
        queryKey={[slug, 'calls', callId, 'rounds', roundKey, 'assignments', status, reviewer]}
        fetchPage={(cursor) =>
          unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/assignments', {
            params: { path: { slug, callId, roundKey }, query: { cursor, limit: 50, status: status ?? undefined, reviewerUserId: reviewer ?? undefined } },
          }))
        }
        rowKey={(a) => a.id}
        caption={t('selection.assignments.caption')}
        empty={t('selection.assignments.empty')}
        columns={[
          {
            key: 'application',
            header: t('selection.assignments.application'),
            sortValue: (a) => a.application.startupName,
            render: (a) => (
              <Stack gap={0}>
                <Anchor component={Link} to={`/o/${slug}/applications/${a.application.id}`}>{a.application.startupName || t('selection.application.unnamed')}</Anchor>
                {a.application.applicantName && <Text size="xs" c="dimmed">{a.application.applicantName}</Text>}
              </Stack>
            ),
          },
          { key: 'reviewer', header: t('selection.progress.reviewer'), sortValue: (a) => a.reviewer.name, render: (a) => a.reviewer.name || a.reviewer.id },
          {
            key: 'status',
            header: t('selection.status'),
            width: 150,
            sortValue: (a) => a.status,
            render: (a) => <Badge color={STATUS_COLOR[a.status]} variant="light">{t(`selection.assignments.status.${a.status}`)}</Badge>,
          },
          { key: 'assignedAt', header: t('selection.assignments.assignedAt'), sortValue: (a) => a.assignedAt, render: (a) => <DateTime value={a.assignedAt} /> },
          {
            key: 'move',
            header: t('selection.progress.move'),
            width: 300,
            render: (a) => (a.status === 'pending' && !finalized ? <MoveCell assignment={a} reviewers={reviewers} callId={callId} /> : <Text size="sm" c="dimmed">—</Text>),
          },
        ]}
      />
    </section>
  );
}

function MoveCell({ assignment, reviewers, callId }: { assignment: Assignment; reviewers: Option[]; callId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (reviewerUserId: string) =>
      unwrap(api.PATCH('/api/v1/organizations/{slug}/review-assignments/{assignmentId}', { params: { path: { slug, assignmentId: assignment.id } }, body: { reviewerUserId } })),
    onSuccess: () => {
      const round = [slug, 'calls', callId, 'rounds', assignment.roundKey];
      void queryClient.invalidateQueries({ queryKey: [...round, 'assignments'] });
      void queryClient.invalidateQueries({ queryKey: [...round, 'progress'] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'reviews', 'queue'] });
      notifications.show({ color: 'green', message: t('selection.progress.moved') });
      setTo(null);
    },
  });
  const name = assignment.application.startupName || t('selection.application.unnamed');
  const fieldError = fieldErrorsOf(move.error)('reviewerUserId');
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Select
          aria-label={t('selection.assignments.moveTo', { name, reviewer: assignment.reviewer.name })}
          placeholder={t('selection.assignments.chooseReviewer')}
          data={reviewers.filter((r) => r.value !== assignment.reviewer.id)}
          value={to}
          onChange={setTo}
          searchable
          size="xs"
          error={fieldError}
          w={200}
        />
        <Button size="xs" onClick={() => to && move.mutate(to)} disabled={!to} loading={move.isPending}>{t('selection.progress.move')}</Button>
      </Group>
      {move.error && !fieldError ? <ProblemAlert error={move.error} /> : null}
    </Stack>
  );
}
