import { useState } from 'react';
import { Alert, Anchor, Button, Group, NumberInput, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { NotFoundPage, QueryError } from '../../components/ErrorPage';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { Loading, RequireRole } from '../../session/guards';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DecisionPanel } from './DecisionPanel';
import { ApplicationStatusBadge, downloadText, toNumber } from './shared';

type Method = Schemas['RankingMethod'];
type Ranked = Schemas['RankedApplicationDto'];

function RoundRanking() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const { callId = '', roundKey = '' } = useParams();
  const queryClient = useQueryClient();
  const [order, setOrder] = useState<Method>('weighted');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [shortlisting, setShortlisting] = useState(false);
  const [top, setTop] = useState<number | string | null>(null);
  const rankingKey = (method: Method) => [slug, 'calls', callId, 'rounds', roundKey, 'ranking', method];
  const call = useQuery({ queryKey: [slug, 'calls', callId], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}', { params: { path: { slug, callId } } })) });
  const ranking = (method: Method) => ({
    queryKey: rankingKey(method),
    // The operation also answers text/csv, so the JSON answer's type is a union: keep the array.
    queryFn: async (): Promise<Ranked[]> => {
      const data = await unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/ranking', { params: { path: { slug, callId, roundKey }, query: { method } } }));
      return Array.isArray(data) ? data : [];
    },
  });
  const weighted = useQuery(ranking('weighted'));
  const zscore = useQuery(ranking('zscore'));

  const csv = useMutation({
    mutationFn: () =>
      unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/ranking', { params: { path: { slug, callId, roundKey }, query: { method: order, format: 'csv' } }, parseAs: 'text' })),
    onSuccess: (text) => downloadText(text, `ranking-${call.data?.title.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase() ?? callId}-${roundKey}-${order}.csv`, 'text/csv;charset=utf-8'),
  });
  const shortlist = useMutation({
    mutationFn: (k: number | undefined) => unwrap(api.POST('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/shortlist', { params: { path: { slug, callId, roundKey } }, body: { method: order, top: k } })),
    onSuccess: (answer) => {
      setShortlisting(false);
      void queryClient.invalidateQueries({ queryKey: [slug, 'calls', callId] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'applications'] });
      notifications.show({ color: 'green', message: t('selection.ranking.shortlisted', { count: answer.shortlisted.length }) });
    },
  });

  if (call.isPending || weighted.isPending || zscore.isPending) return <Loading />;
  if (call.error) return <QueryError error={call.error} />;
  if (weighted.error) return <QueryError error={weighted.error} />;
  if (zscore.error) return <QueryError error={zscore.error} />;
  const roundIndex = call.data.rounds.findIndex((r) => r.key === roundKey);
  const round = call.data.rounds[roundIndex];
  if (!round) return <NotFoundPage />;
  const nextRound = call.data.rounds[roundIndex + 1];
  const finalized = call.data.finalizedRounds.includes(roundKey);
  const zRank = new Map(zscore.data.map((r) => [r.applicationId, r]));
  const wRank = new Map(weighted.data.map((r) => [r.applicationId, r]));
  const rows: Ranked[] = order === 'weighted' ? weighted.data : zscore.data;
  const names = new Map(rows.map((r) => [r.applicationId, r.startupName ?? r.applicationId]));
  const k = top ?? round.shortlistSize ?? '';
  const number = (value: number | null | undefined, digits: number) => (value === null || value === undefined ? '—' : formatNumber(value, locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.applicationId));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <>
      <PageHeader
        title={t('selection.ranking.title', { round: round.name })}
        description={<Anchor component={Link} to={`/o/${slug}/calls/${callId}`} size="sm">{call.data.title}</Anchor>}
        actions={
          <>
            <Button variant="default" component={Link} to="../progress" relative="path">{t('selection.rounds.progress')}</Button>
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => csv.mutate()} loading={csv.isPending}>{t('selection.ranking.csv')}</Button>
          </>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={csv.error} />
        <Text size="sm" c="dimmed">{t('selection.ranking.methods')}</Text>
        <Group align="flex-end" justify="space-between" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="order-label">{t('selection.ranking.orderBy')}</Text>
            <SegmentedControl aria-labelledby="order-label" value={order} onChange={(v) => setOrder(v as Method)} data={[{ value: 'weighted', label: t('selection.ranking.weighted') }, { value: 'zscore', label: t('selection.ranking.zscore') }]} />
          </Stack>
          {nextRound && !finalized && (
            <Group align="flex-end">
              <NumberInput label={t('selection.ranking.topK')} description={t('selection.ranking.topKHint', { round: nextRound.name })} value={k} onChange={setTop} min={1} allowDecimal={false} w={200} />
              <Button onClick={() => { shortlist.reset(); setShortlisting(true); }}>{t('selection.ranking.shortlist')}</Button>
            </Group>
          )}
        </Group>
        {finalized && <Alert color="gray">{t('selection.ranking.finalized')}</Alert>}
        {shortlist.data && <Alert color="green">{t('selection.ranking.shortlisted', { count: shortlist.data.shortlisted.length })}</Alert>}

        <section>
          <Title order={2} size="h3" mb="xs">{t('selection.ranking.tableTitle')}</Title>
          {rows.length === 0 ? (
            <Text c="dimmed">{t('selection.ranking.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table striped withTableBorder highlightOnHover>
                <caption style={{ captionSide: 'top', textAlign: 'left' }}><Text size="sm" c="dimmed">{t('selection.ranking.caption', { method: t(`selection.ranking.${order}`) })}</Text></caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40}>
                      <input type="checkbox" aria-label={t('selection.ranking.selectAll')} checked={allSelected} onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.applicationId)) : new Set())} />
                    </Table.Th>
                    <Table.Th>{t('selection.ranking.weightedRank')}</Table.Th>
                    <Table.Th>{t('selection.ranking.score')}</Table.Th>
                    <Table.Th>{t('selection.ranking.zRank')}</Table.Th>
                    <Table.Th>{t('selection.ranking.zScoreCol')}</Table.Th>
                    <Table.Th>{t('selection.application.startup')}</Table.Th>
                    <Table.Th>{t('selection.ranking.reviews')}</Table.Th>
                    <Table.Th>{t('selection.status')}</Table.Th>
                    <Table.Th>{t('selection.application.sector')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const w = wRank.get(row.applicationId);
                    const z = zRank.get(row.applicationId);
                    const name = row.startupName || t('selection.application.unnamed');
                    const inTop = !!nextRound && !finalized && typeof k === 'number' && row.rank <= k;
                    return (
                      <Table.Tr key={row.applicationId} bg={inTop ? 'var(--mantine-color-blue-light)' : undefined}>
                        <Table.Td><input type="checkbox" aria-label={t('selection.ranking.select', { name })} checked={selected.has(row.applicationId)} onChange={(e) => toggle(row.applicationId, e.currentTarget.checked)} /></Table.Td>
                        <Table.Td fw={order === 'weighted' ? 700 : undefined}>{w?.rank ?? '—'}</Table.Td>
                        <Table.Td>{number(w?.score, 2)}</Table.Td>
                        <Table.Td fw={order === 'zscore' ? 700 : undefined}>{z?.rank ?? '—'}</Table.Td>
                        <Table.Td>{number(z?.zScore, 2)}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/o/${slug}/applications/${row.applicationId}`}>{name}</Anchor>
                          {inTop && <Text span size="xs" c="blue" ml={6}>{t('selection.ranking.inTop')}</Text>}
                        </Table.Td>
                        <Table.Td>{row.reviews}</Table.Td>
                        <Table.Td><ApplicationStatusBadge status={row.status} /></Table.Td>
                        <Table.Td>{row.sector ?? '—'}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>

        <DecisionPanel
          call={call.data}
          selected={[...selected]}
          names={names}
          onDecided={() => {
            setSelected(new Set());
            void queryClient.invalidateQueries({ queryKey: [slug, 'calls', callId, 'rounds', roundKey, 'ranking'] });
          }}
        />
      </Stack>
      <ConfirmModal
        opened={shortlisting}
        title={t('selection.ranking.shortlistTitle')}
        confirmLabel={t('selection.ranking.shortlist')}
        onConfirm={() => shortlist.mutate(k === '' ? undefined : toNumber(k))}
        onClose={() => setShortlisting(false)}
        pending={shortlist.isPending}
        error={shortlist.error}
      >
        <Text size="sm">
          {t('selection.ranking.shortlistBody', { count: k === '' ? round.shortlistSize ?? 0 : toNumber(k), method: t(`selection.ranking.${order}`), round: round.name, next: nextRound?.name ?? '' })}
        </Text>
      </ConfirmModal>
    </>
  );
}

export function RoundRankingPage() {
  return <RequireRole roles={STAFF}><RoundRanking /></RequireRole>;
}
