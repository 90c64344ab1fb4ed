import { Anchor, Box, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { MilestoneStatusBadges } from './badges';

type Row = Schemas['GridRowDto'];
type Cell = Schemas['GridCellDto'];

/** One page of the grid (startups × milestones), as rows for CursorTable; the Startups tab shares it. */
export function fetchGridRows(slug: string, cohortId: string, cursor: string | undefined) {
  return unwrap(api.GET('/api/v1/organizations/{slug}/cohorts/{cohortId}/grid', { params: { path: { slug, cohortId }, query: { cursor } } })).then((grid) => ({
    items: grid.rows,
    nextCursor: grid.nextCursor,
  }));
}

function GridCell({ cell }: { cell: Cell }) {
  const { slug } = useOrganization();
  const { t } = useTranslation();
  const label = [cell.title, t(`cohorts.milestoneStatus.${cell.status}`), cell.overdue ? t('cohorts.overdue') : null].filter(Boolean).join(', ');
  return (
    <Box bg={cell.overdue ? 'red.1' : undefined} p={4} style={{ borderRadius: 4, outline: cell.overdue ? '1px solid var(--mantine-color-red-6)' : undefined }}>
      <Anchor component={Link} to={`/o/${slug}/milestones/${cell.milestoneId}`} underline="never" aria-label={label}>
        <Stack gap={2}>
          <MilestoneStatusBadges status={cell.status} overdue={cell.overdue} />
          <Text size="xs" c="dimmed"><Day value={cell.dueOn} /></Text>
        </Stack>
      </Anchor>
    </Box>
  );
}

export function CohortGridTab({ cohort }: { cohort: Schemas['CohortDetailDto'] }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const milestones = [...cohort.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const columns: Column<Row>[] = [
    {
      key: 'startup',
      header: t('cohorts.grid.startup'),
      sortValue: (row) => row.startupName,
      render: (row) => <Anchor component={Link} to={`/o/${slug}/startups/${row.enrolment.startupId}`} fw={600}>{row.startupName ?? '—'}</Anchor>,
    },
    ...milestones.map((milestone) => ({
      key: milestone.id,
      header: (
        <Stack gap={0} miw={150}>
          <Text size="sm" fw={600}>{milestone.title}</Text>
          <Text size="xs" c="dimmed"><Day value={milestone.dueOn} /></Text>
        </Stack>
      ),
      render: (row: Row) => {
        const cell = row.cells[milestone.id];
        return cell ? <GridCell cell={cell} /> : <Text c="dimmed" aria-label={t('cohorts.grid.notApplicable')}>—</Text>;
      },
    })),
    {
      key: 'extra',
      header: t('cohorts.grid.extra'),
      render: (row) => (
        <Stack gap={4} miw={150}>
          {row.extra.map((cell) => (
            <Stack key={cell.milestoneId} gap={2}>
              <Text size="xs">{cell.title}</Text>
              <GridCell cell={cell} />
            </Stack>
          ))}
        </Stack>
      ),
    },
  ];
  return (
    <CursorTable<Row>
      queryKey={[slug, 'cohorts', cohort.id, 'grid']}
      fetchPage={(cursor) => fetchGridRows(slug, cohort.id, cursor)}
      rowKey={(row) => row.enrolment.id}
      caption={t('cohorts.grid.caption')}
      empty={t('cohorts.grid.empty')}
      columns={columns}
    />
  );
}
