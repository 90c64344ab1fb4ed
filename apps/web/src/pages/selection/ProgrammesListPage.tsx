import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../session/guards';
import { EquitySummary } from './EquitySummary';

type Programme = Schemas['ProgrammeDto'];

function ProgrammesList() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const columns: Column<Programme>[] = [
    { key: 'name', header: t('selection.programme.name'), sortValue: (p) => p.name.toLowerCase(), render: (p) => <Anchor component={Link} to={p.id}>{p.name}</Anchor> },
    { key: 'type', header: t('selection.programme.type'), sortValue: (p) => p.type, render: (p) => t(`selection.programmeType.${p.type}`) },
    { key: 'phases', header: t('selection.programme.phases'), sortValue: (p) => p.phases.length, render: (p) => p.phases.length },
    { key: 'equity', header: t('selection.programme.equity'), render: (p) => <EquitySummary policy={p.equityPolicy} /> },
    { key: 'updated', header: t('selection.updated'), sortValue: (p) => p.updatedAt, render: (p) => <DateTime value={p.updatedAt} /> },
  ];
  return (
    <>
      <PageHeader title={t('selection.programmes.title')} actions={<Button component={Link} to="new">{t('selection.programmes.new')}</Button>} />
      <CursorTable
        queryKey={[slug, 'programmes']}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/programmes', { params: { path: { slug }, query: { cursor } } }))}
        columns={columns}
        rowKey={(p) => p.id}
        caption={t('selection.programmes.title')}
        empty={t('selection.programmes.empty')}
      />
    </>
  );
}

export function ProgrammesListPage() {
  return <RequireRole roles={STAFF}><ProgrammesList /></RequireRole>;
}
