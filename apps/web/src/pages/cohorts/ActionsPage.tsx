import { useState } from 'react';
import { Anchor, Badge, Button, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable } from '../../components/CursorTable';
import { DateTime, Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { ResolveActionModal } from './ResolveActionModal';

type Action = Schemas['ProgrammeActionDto'];
type Filter = 'open' | 'resolved' | 'all';

export function ActionsPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [filter, setFilter] = useState<Filter>('open');
  const status = filter === 'all' ? undefined : filter;
  const columns = useActionColumns();
  return (
    <>
      <PageHeader title={t('cohorts.actions.title')} />
      <Stack>
        <SegmentedControl
          aria-label={t('cohorts.actions.filter')}
          w="fit-content"
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={[
            { value: 'open', label: t('cohorts.actions.open') },
            { value: 'resolved', label: t('cohorts.actions.resolved') },
            { value: 'all', label: t('cohorts.actions.all') },
          ]}
        />
        <CursorTable<Action>
          queryKey={[slug, 'actions', 'list', filter]}
          fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/programme-actions', { params: { path: { slug }, query: { cursor, status } } }))}
          rowKey={(action) => action.id}
          caption={t('cohorts.actions.caption')}
          empty={t('cohorts.actions.empty')}
          columns={columns}
        />
      </Stack>
    </>
  );
}

/** The columns of a programme-action list, with a Resolve button (and its modal) on open ones. */
export function useActionColumns(options: { showCohort?: boolean } = {}) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const locale = useLocale();
  return [
    { key: 'kind', header: t('cohorts.actions.kind'), sortValue: (a: Action) => a.kind, render: (a: Action) => t(`cohorts.actions.kinds.${a.kind}`) },
    { key: 'startup', header: t('cohorts.actions.startup'), sortValue: (a: Action) => a.startupName, render: (a: Action) => <Anchor component={Link} to={`/o/${slug}/startups/${a.startupId}`}>{a.startupName}</Anchor> },
    ...(options.showCohort === false
      ? []
      : [{ key: 'cohort', header: t('cohorts.actions.cohort'), sortValue: (a: Action) => a.cohortName, render: (a: Action) => <Anchor component={Link} to={`/o/${slug}/cohorts/${a.cohortId}`}>{a.cohortName}</Anchor> }]),
    { key: 'due', header: t('cohorts.actions.due'), sortValue: (a: Action) => a.dueAt, render: (a: Action) => <DateTime value={a.dueAt} /> },
    { key: 'stake', header: t('cohorts.actions.stake'), render: (a: Action) => (a.stakeBps == null ? '—' : formatNumber(a.stakeBps / 10_000, locale, { style: 'percent', maximumFractionDigits: 2 })) },
    {
      key: 'status',
      header: t('cohorts.actions.status'),
      sortValue: (a: Action) => a.status,
      render: (a: Action) =>
        a.status === 'open' ? (
          <Badge color="orange" variant="light">{t('cohorts.actions.open')}</Badge>
        ) : (
          <Stack gap={2}>
            <Badge color="gray" variant="light">{a.resolution ? t(`cohorts.actions.resolvedAs.${a.resolution}`) : t('cohorts.actions.resolved')}</Badge>
            {a.effectiveOn && <Day value={a.effectiveOn} />}
          </Stack>
        ),
    },
    { key: 'resolve', header: t('cohorts.actions.actions'), render: (a: Action) => (a.status === 'open' ? <ResolveButton action={a} /> : null) },
  ];
}

function ResolveButton({ action }: { action: Action }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" onClick={() => setOpen(true)} aria-label={`${t('cohorts.actions.resolve')}: ${action.startupName}`}>{t('cohorts.actions.resolve')}</Button>
      {open && <ResolveActionModal action={action} onClose={() => setOpen(false)} />}
    </>
  );
}
