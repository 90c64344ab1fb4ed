import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading, RequireRole } from '../../session/guards';
import { callState, updateCallDto, type CallFormState } from './call-form';
import { CallForm } from './CallForm';
import { ConfirmModal } from '../../components/ConfirmModal';
import { CallStatusBadge } from './shared';

type Call = Schemas['CallDto'];
const EDITABLE: Schemas['CallStatus'][] = ['draft', 'scheduled', 'open'];
const CANCELLABLE: Schemas['CallStatus'][] = ['draft', 'scheduled', 'open'];

function CallDetail() {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const { callId = '' } = useParams();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'publish' | 'cancel' | null>(null);
  const key = [slug, 'calls', callId];
  const call = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}', { params: { path: { slug, callId } } })) });
  const programmeId = call.data?.programmeId ?? '';
  const programme = useQuery({
    queryKey: [slug, 'programmes', programmeId],
    enabled: !!programmeId,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programmes/{programmeId}', { params: { path: { slug, programmeId } } })),
  });
  const saved = (next: Call, message: string) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: [slug, 'calls'] });
    notifications.show({ color: 'green', message });
  };
  const update = useMutation({
    mutationFn: (state: CallFormState) => unwrap(api.PATCH('/api/v1/organizations/{slug}/calls/{callId}', { params: { path: { slug, callId } }, body: updateCallDto(state, timezone, call.data?.status === 'open') })),
    onSuccess: (next) => { saved(next, t('selection.call.saved')); setEditing(false); },
  });
  const publish = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/calls/{callId}/publish', { params: { path: { slug, callId } } })),
    onSuccess: (next) => { saved(next, t('selection.call.published', { status: t(`selection.callStatus.${next.status}`) })); setConfirm(null); },
  });
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/calls/{callId}/cancel', { params: { path: { slug, callId } } })),
    onSuccess: (next) => { saved(next, t('selection.call.cancelled')); setConfirm(null); },
  });

  if (call.isPending || (programmeId && programme.isPending)) return <Loading />;
  if (call.error) return <QueryError error={call.error} />;
  if (programme.error) return <QueryError error={programme.error} />;
  const data = call.data;
  const rubric = programme.data?.rubric ?? [];

  if (editing) {
    return (
      <>
        <PageHeader title={t('selection.call.editTitle', { title: data.title })} />
        <CallForm
          initial={callState(data, timezone, rubric)}
          programmeRubric={rubric}
          timeZone={timezone}
          frozen={data.status === 'open'}
          onSubmit={(state) => update.mutate(state)}
          pending={update.isPending}
          error={update.error}
          submitLabel={t('actions.save')}
          onCancel={() => { update.reset(); setEditing(false); }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={data.title}
        description={
          <Group gap="xs" component="span">
            <CallStatusBadge status={data.status} />
            {programme.data && <Anchor component={Link} to={`/o/${slug}/programmes/${programme.data.id}`} size="sm">{programme.data.name}</Anchor>}
          </Group>
        }
        actions={
          <>
            <Button variant="default" component={Link} to={`/o/${slug}/applications?callId=${data.id}`}>{t('selection.call.applications')}</Button>
            {EDITABLE.includes(data.status) && <Button variant="default" onClick={() => setEditing(true)}>{t('actions.edit')}</Button>}
            {data.status === 'draft' && <Button onClick={() => setConfirm('publish')}>{t('selection.call.publish')}</Button>}
            {CANCELLABLE.includes(data.status) && <Button color="red" variant="light" onClick={() => setConfirm('cancel')}>{t('selection.call.cancel')}</Button>}
          </>
        }
      />
      <Stack gap="lg">
        {data.theme && <Text>{data.theme}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('selection.call.opensAt')}><DateTime value={data.opensAt} /></Fact>
          <Fact label={t('selection.call.closesAt')}><DateTime value={data.closesAt} /></Fact>
          <Fact label={t('selection.call.capacity')}>{data.capacity}</Fact>
          <Fact label={t('selection.call.reviewersPerApplication')}>{data.reviewersPerApplication}{data.blindReview ? ` · ${t('selection.call.blind')}` : ''}</Fact>
        </SimpleGrid>
        <Text size="sm" c="dimmed">{t('selection.timesIn', { zone: timezone })}</Text>
        <RoundsTable call={data} />
        <QuestionsList call={data} />
      </Stack>
      <ConfirmModal
        opened={confirm === 'publish'}
        title={t('selection.call.publishTitle')}
        confirmLabel={t('selection.call.publish')}
        onConfirm={() => publish.mutate()}
        onClose={() => { publish.reset(); setConfirm(null); }}
        pending={publish.isPending}
        error={publish.error}
      >
        <Text size="sm">{t('selection.call.publishBody')}</Text>
      </ConfirmModal>
      <ConfirmModal
        opened={confirm === 'cancel'}
        title={t('selection.call.cancelTitle')}
        confirmLabel={t('selection.call.cancel')}
        color="red"
        onConfirm={() => cancel.mutate()}
        onClose={() => { cancel.reset(); setConfirm(null); }}
        pending={cancel.isPending}
        error={cancel.error}
      >
        <Text size="sm">{t('selection.call.cancelBody')}</Text>
      </ConfirmModal>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={600}>{children}</Text>
    </Card>
  );
}

function RoundsTable({ call }: { call: Call }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  return (
    <section>
      <Title order={2} size="h3" mb="sm">{t('selection.call.rounds')}</Title>
      <Table.ScrollContainer minWidth={600}>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selection.rounds.name')}</Table.Th>
              <Table.Th>{t('selection.rounds.criteria')}</Table.Th>
              <Table.Th>{t('selection.rounds.shortlistSize')}</Table.Th>
              <Table.Th>{t('selection.status')}</Table.Th>
              <Table.Th>{t('selection.rounds.links')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {call.rounds.map((round) => (
              <Table.Tr key={round.key}>
                <Table.Td>{round.name} <Text span size="xs" c="dimmed">({round.key})</Text></Table.Td>
                <Table.Td>{round.rubric.map((c) => `${c.label} ×${c.weight}`).join(', ')}</Table.Td>
                <Table.Td>{round.shortlistSize ?? '—'}</Table.Td>
                <Table.Td>
                  {call.finalizedRounds.includes(round.key) ? <Badge color="gray" variant="light">{t('selection.rounds.finalized')}</Badge> : <Text size="sm">{t('selection.rounds.notFinalized')}</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Anchor component={Link} to={`/o/${slug}/calls/${call.id}/rounds/${round.key}/progress`} size="sm" aria-label={t('selection.rounds.progressOf', { name: round.name })}>{t('selection.rounds.progress')}</Anchor>
                    <Anchor component={Link} to={`/o/${slug}/calls/${call.id}/rounds/${round.key}/ranking`} size="sm" aria-label={t('selection.rounds.rankingOf', { name: round.name })}>{t('selection.rounds.ranking')}</Anchor>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function QuestionsList({ call }: { call: Call }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={2} size="h3" mb="sm">{t('selection.call.questions')}</Title>
      {call.questions.length === 0 ? (
        <Text c="dimmed">{t('selection.questions.none')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('selection.questions.label')}</Table.Th>
              <Table.Th>{t('selection.questions.type')}</Table.Th>
              <Table.Th>{t('selection.questions.rules')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {call.questions.map((q, index) => (
              <Table.Tr key={q.key}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>{q.label} <Text span size="xs" c="dimmed">({q.key})</Text></Table.Td>
                <Table.Td>{t(`selection.questionType.${q.type}`)}</Table.Td>
                <Table.Td>
                  {[
                    q.required ? t('selection.questions.required') : t('selection.questions.optional'),
                    q.minLength !== null || q.maxLength !== null ? t('selection.questions.lengthRule', { min: q.minLength ?? 0, max: q.maxLength ?? '∞' }) : null,
                    q.min !== null || q.max !== null ? t('selection.questions.numberRule', { min: q.min ?? '−∞', max: q.max ?? '∞' }) : null,
                    q.options?.length ? q.options.join(' / ') : null,
                  ].filter(Boolean).join(' · ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

export function CallDetailPage() {
  return <RequireRole roles={STAFF}><CallDetail /></RequireRole>;
}
