import { Anchor, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../session/guards';
import { CallStatusBadge } from './shared';

type Call = Schemas['CallDto'];
export const CALL_STATUSES: Schemas['CallStatus'][] = ['draft', 'scheduled', 'open', 'closed', 'decided', 'cancelled'];

function CallsList() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as Schemas['CallStatus'] | null) ?? undefined;
  const columns: Column<Call>[] = [
    { key: 'title', header: t('selection.call.title'), sortValue: (c) => c.title.toLowerCase(), render: (c) => <Anchor component={Link} to={c.id}>{c.title}</Anchor> },
    { key: 'status', header: t('selection.status'), sortValue: (c) => c.status, render: (c) => <CallStatusBadge status={c.status} /> },
    { key: 'opens', header: t('selection.call.opensAt'), sortValue: (c) => c.opensAt, render: (c) => <DateTime value={c.opensAt} /> },
    { key: 'closes', header: t('selection.call.closesAt'), sortValue: (c) => c.closesAt, render: (c) => <DateTime value={c.closesAt} /> },
    { key: 'capacity', header: t('selection.call.capacity'), sortValue: (c) => c.capacity, render: (c) => c.capacity },
  ];
  return (
    <>
      <PageHeader title={t('selection.calls.title')} description={t('selection.calls.newHint')} />
      <Select
        label={t('selection.status')}
        placeholder={t('selection.any')}
        data={CALL_STATUSES.map((value) => ({ value, label: t(`selection.callStatus.${value}`) }))}
        value={status ?? null}
        onChange={(value) => setParams(value ? { status: value } : {})}
        clearable
        w={220}
        mb="md"
      />
      <CursorTable
        queryKey={[slug, 'calls', { status }]}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/calls', { params: { path: { slug }, query: { cursor, status } } }))}
        columns={columns}
        rowKey={(c) => c.id}
        caption={t('selection.calls.title')}
        empty={t('selection.calls.empty')}
      />
    </>
  );
}

export function CallsListPage() {
  return <RequireRole roles={STAFF}><CallsList /></RequireRole>;
}
