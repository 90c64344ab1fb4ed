import { Anchor, Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { Day } from '../../components/format';

type Item = Schemas['AttentionItemDto'];
export type AttentionKind = Schemas['AttentionKind'];
const PLURAL: Record<AttentionKind, string> = { overdue_milestone: 'overdueMilestones', evidence_to_review: 'evidenceToReview', graduation_review: 'graduationReviews', equity_stake: 'equityStakes' };

export const ATTENTION_KINDS: AttentionKind[] = ['overdue_milestone', 'evidence_to_review', 'graduation_review', 'equity_stake'];

/** Where an item is dealt with: a milestone's page, or the open programme actions. */
export function attentionHref(slug: string, item: Item): string {
  if (item.milestone) return `/o/${slug}/milestones/${item.milestone.id}`;
  return `/o/${slug}/actions`;
}

/** What needs attention, most urgent first, filtered by kind. */
export function AttentionList({ slug, kind, onKind, counts }: { slug: string; kind: AttentionKind | null; onKind: (kind: AttentionKind | null) => void; counts?: Record<AttentionKind, number> }) {
  const { t } = useTranslation();

  const columns: Column<Item>[] = [
    {
      key: 'what',
      header: t('organization.dashboard.columns.what'),
      render: (item) => (
        <Stack gap={2}>
          <Anchor component={Link} to={attentionHref(slug, item)} fw={500} size="sm">
            {item.milestone?.title ?? t(`organization.dashboard.kind.${item.kind}`)}
          </Anchor>
          {item.milestone && <Text size="xs" c="dimmed">{t(`organization.dashboard.kind.${item.kind}`)}</Text>}
        </Stack>
      ),
    },
    {
      key: 'startup',
      header: t('organization.dashboard.columns.startup'),
      sortValue: (item) => item.startup.name,
      render: (item) => (
        <Stack gap={2}>
          <Text size="sm">{item.startup.name}</Text>
          <Anchor component={Link} to={`/o/${slug}/cohorts/${item.cohort.id}`} size="xs">{item.cohort.name}</Anchor>
        </Stack>
      ),
    },
    {
      key: 'due',
      header: t('organization.dashboard.columns.due'),
      sortValue: (item) => item.dueOn,
      width: 140,
      render: (item) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}><Day value={item.dueOn} /></Text>
          {item.overdue && <Badge color="red" variant="light" size="sm">{t('organization.dashboard.overdue')}</Badge>}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('organization.dashboard.columns.status'),
      render: (item) => (item.milestone ? t(`organization.dashboard.milestoneStatus.${item.milestone.status}`) : t('organization.dashboard.openActions')),
    },
  ];

  const label = (value: AttentionKind) => `${t(`organization.dashboard.counts.${PLURAL[value]}`)}${counts ? ` (${counts[value]})` : ''}`;

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('actions.filter')}
        value={kind ?? 'all'}
        onChange={(value) => onKind(value === 'all' ? null : (value as AttentionKind))}
        data={[{ value: 'all', label: t('organization.dashboard.filterAll') }, ...ATTENTION_KINDS.map((value) => ({ value, label: label(value) }))]}
        size="xs"
        fullWidth
        style={{ overflowX: 'auto' }}
      />
      <CursorTable
        queryKey={[slug, 'attention', { kind }]}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/attention', { params: { path: { slug }, query: { cursor, limit: 10, kind: kind ?? undefined } } }))}
        columns={columns}
        rowKey={(item) => `${item.kind}:${item.milestone?.id ?? item.action?.id ?? item.startup.id}`}
        caption={t('organization.dashboard.listCaption')}
        empty={t('organization.dashboard.allClear')}
      />
    </Stack>
  );
}
