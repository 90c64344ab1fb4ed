import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { useActionColumns } from './ActionsPage';

/**
 * The cohort's open graduation reviews and equity stakes (graduation-review emails link here).
 * listActions has no cohort filter: the first 100 open actions are filtered here.
 */
export function CohortOpenActions({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const columns = useActionColumns({ showCohort: false });
  const actions = useQuery({
    queryKey: [slug, 'actions', 'open', 'first-100'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programme-actions', { params: { path: { slug }, query: { status: 'open', limit: 100 } } })),
  });
  const mine = (actions.data?.items ?? []).filter((action) => action.cohortId === cohortId);
  if (mine.length === 0) return null;
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="cohort-open-actions">
      <Title order={2} size="h4" id="cohort-open-actions" mb="sm">{t('cohorts.cohort.openActions')} ({mine.length})</Title>
      <Table.ScrollContainer minWidth={600}>
        <Table>
          <caption><VisuallyHidden>{t('cohorts.cohort.openActions')}</VisuallyHidden></caption>
          <Table.Thead>
            <Table.Tr>{columns.map((column) => <Table.Th key={column.key}>{column.header}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mine.map((action) => (
              <Table.Tr key={action.id}>{columns.map((column) => <Table.Td key={column.key}>{column.render(action)}</Table.Td>)}</Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {actions.data?.nextCursor && <Text size="xs" c="dimmed">…</Text>}
    </Paper>
  );
}
