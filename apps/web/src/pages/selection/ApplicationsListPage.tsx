import { useState } from 'react';
import { Anchor, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../session/guards';
import { DecisionPanel } from './DecisionPanel';
import { ApplicationStatusBadge } from './shared';

type Application = Schemas['ApplicationDto'];
const STATUSES: Schemas['ApplicationStatus'][] = ['submitted', 'under_review', 'shortlisted', 'accepted', 'rejected', 'waitlisted', 'withdrawn'];
type Filter = 'status' | 'sector' | 'callId' | 'q';

function ApplicationsList() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [params, setParams] = useSearchParams();
  const filter = (name: Filter) => params.get(name) ?? '';
  const setFilter = (name: Filter, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const [search, setSearch] = useState(filter('q'));
  const [sector, setSector] = useState(filter('sector'));
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sectorDebounced] = useDebouncedValue(sector.trim(), 300);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [names] = useState(() => new Map<string, string>());
  const callId = filter('callId') || undefined;
  const status = (filter('status') || undefined) as Schemas['ApplicationStatus'] | undefined;

  const calls = useQuery({ queryKey: [slug, 'calls', { limit: 100 }], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls', { params: { path: { slug }, query: { limit: 100 } } })) });
  const call = calls.data?.items.find((c) => c.id === callId);
  const query = { status, sector: sectorDebounced || undefined, callId, q: q || undefined };

  const columns: Column<Application>[] = [
    { key: 'name', header: t('selection.application.startup'), sortValue: (a) => a.startupName?.toLowerCase(), render: (a) => <Anchor component={Link} to={a.id}>{a.startupName || t('selection.application.unnamed')}</Anchor> },
    { key: 'status', header: t('selection.status'), sortValue: (a) => a.status, render: (a) => <ApplicationStatusBadge status={a.status} /> },
    { key: 'sector', header: t('selection.application.sector'), sortValue: (a) => a.sector, render: (a) => a.sector ?? '—' },
    { key: 'stage', header: t('selection.application.stage'), render: (a) => (a.stage ? t(`selection.stage.${a.stage}`) : '—') },
    { key: 'round', header: t('selection.application.round'), render: (a) => a.roundKey ?? '—' },
    { key: 'submitted', header: t('selection.application.submittedAt'), sortValue: (a) => a.submittedAt, render: (a) => <DateTime value={a.submittedAt} /> },
  ];

  return (
    <>
      <PageHeader title={t('selection.applications.title')} />
      <Stack gap="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('actions.search')} description={t('selection.applications.searchHint')} value={search} onChange={(e) => { setSearch(e.currentTarget.value); setFilter('q', e.currentTarget.value.trim()); }} w={260} />
          <Select
            label={t('selection.application.call')}
            placeholder={t('selection.any')}
            data={(calls.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
            value={callId ?? null}
            onChange={(value) => { setSelected(new Set()); setFilter('callId', value ?? ''); }}
            clearable
            searchable
            w={280}
          />
          <Select
            label={t('selection.status')}
            placeholder={t('selection.any')}
            data={STATUSES.map((value) => ({ value, label: t(`selection.applicationStatus.${value}`) }))}
            value={status ?? null}
            onChange={(value) => setFilter('status', value ?? '')}
            clearable
            w={200}
          />
          <TextInput label={t('selection.application.sector')} value={sector} onChange={(e) => { setSector(e.currentTarget.value); setFilter('sector', e.currentTarget.value.trim()); }} w={180} />
        </Group>
        {call && <DecisionPanel call={call} selected={[...selected]} names={names} onDecided={() => setSelected(new Set())} />}
        <CursorTable
          queryKey={[slug, 'applications', query]}
          fetchPage={async (cursor) => {
            const page = await unwrap(api.GET('/api/v1/organizations/{slug}/applications', { params: { path: { slug }, query: { ...query, cursor } } }));
            page.items.forEach((a) => names.set(a.id, a.startupName ?? a.id));
            return page;
          }}
          columns={columns}
          rowKey={(a) => a.id}
          caption={t('selection.applications.title')}
          selection={call ? { selected, onChange: setSelected } : undefined}
          empty={t('selection.applications.empty')}
        />
      </Stack>
    </>
  );
}

export function ApplicationsListPage() {
  return <RequireRole roles={STAFF}><ApplicationsList /></RequireRole>;
}
