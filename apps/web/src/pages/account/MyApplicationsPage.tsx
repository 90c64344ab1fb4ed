import { Anchor, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from './StatusBadge';

type Row = Schemas['MyApplicationDto'];

/** /me/applications: the person's applications in every organization, newest first. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const link = (row: Row) => `/me/applications/${row.organization.slug}/${row.id}`;
  const columns: Column<Row>[] = [
    {
      key: 'call',
      header: t('account.applications.call'),
      render: (row) => (
        <Stack gap={0}>
          <Anchor component={Link} to={link(row)} fw={600} aria-label={t('account.applications.openLabel', { call: row.callTitle })}>{row.callTitle}</Anchor>
          <Text size="xs" c="dimmed">{row.organization.name}</Text>
        </Stack>
      ),
      sortValue: (row) => row.callTitle,
      width: 240,
    },
    { key: 'startup', header: t('account.applications.startup'), render: (row) => row.startupName ?? '—', sortValue: (row) => row.startupName },
    { key: 'status', header: t('account.applications.status'), render: (row) => <StatusBadge status={row.status} />, sortValue: (row) => row.status, width: 150 },
    { key: 'started', header: t('account.applications.started'), render: (row) => <DateTime value={row.createdAt} />, sortValue: (row) => row.createdAt },
    { key: 'submitted', header: t('account.applications.submitted'), render: (row) => <DateTime value={row.submittedAt} />, sortValue: (row) => row.submittedAt },
    { key: 'decided', header: t('account.applications.decided'), render: (row) => <DateTime value={row.decidedAt} />, sortValue: (row) => row.decidedAt },
  ];

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('account.applications.title')}
        description={t('account.applications.description')}
        actions={<Button component={Link} to="/calls" variant="light">{t('account.applications.findCalls')}</Button>}
      />
      <CursorTable
        queryKey={['account', 'applications']}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/me/applications', { params: { query: { limit: 20, cursor } } }))}
        columns={columns}
        rowKey={(row) => row.id}
        caption={t('account.applications.caption')}
        empty={t('account.applications.empty')}
      />
    </Container>
  );
}
