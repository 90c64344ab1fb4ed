import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { REVIEWERS, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading, RequireRole } from '../../session/guards';

function ReviewQueue() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queue = useQuery({ queryKey: [slug, 'reviews', 'queue'], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/reviews/queue', { params: { path: { slug } } })) });
  const calls = useQuery({ queryKey: [slug, 'calls', { limit: 100 }], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls', { params: { path: { slug }, query: { limit: 100 } } })) });
  if (queue.isPending) return <Loading />;
  if (queue.error) return <QueryError error={queue.error} />;
  const callOf = new Map((calls.data?.items ?? []).map((c) => [c.id, c]));
  const items = queue.data;
  const pending = items.filter((i) => i.status !== 'submitted').length;
  return (
    <>
      <PageHeader title={t('selection.reviews.title')} description={t('selection.reviews.summary', { pending, total: items.length })} />
      {items.length === 0 ? (
        <Text c="dimmed">{t('selection.reviews.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder>
            <caption style={{ captionSide: 'top', textAlign: 'left' }}><Text size="sm" c="dimmed">{t('selection.reviews.caption')}</Text></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('selection.application.startup')}</Table.Th>
                <Table.Th>{t('selection.application.call')}</Table.Th>
                <Table.Th>{t('selection.application.round')}</Table.Th>
                <Table.Th>{t('selection.status')}</Table.Th>
                <Table.Th>{t('selection.reviews.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => {
                const call = callOf.get(item.callId);
                const round = call?.rounds.find((r) => r.key === item.roundKey);
                const finalized = call?.finalizedRounds.includes(item.roundKey);
                const done = item.status === 'submitted';
                const name = item.startupName || t('selection.application.unnamed');
                return (
                  <Table.Tr key={item.assignmentId}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{call?.title ?? '—'}</Table.Td>
                    <Table.Td>{round?.name ?? item.roundKey}</Table.Td>
                    <Table.Td>
                      {finalized ? <Badge color="gray" variant="light">{t('selection.rounds.finalized')}</Badge> : done ? <Badge color="green" variant="light">{t('selection.reviews.submitted')}</Badge> : <Badge color="orange" variant="light">{t('selection.reviews.toDo')}</Badge>}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`${item.applicationId}/${item.roundKey}`} aria-label={`${done || finalized ? t('selection.reviews.view') : t('selection.reviews.score')}: ${name}`}>
                        {done || finalized ? t('selection.reviews.view') : t('selection.reviews.score')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

export function ReviewQueuePage() {
  return <RequireRole roles={REVIEWERS}><ReviewQueue /></RequireRole>;
}
