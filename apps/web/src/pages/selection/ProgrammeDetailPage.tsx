import { useState } from 'react';
import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { QueryError } from '../../components/ErrorPage';
import { DateTime, MoneyText } from '../../components/format';
import { STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading, RequireRole } from '../../session/guards';
import { ProgrammeRentPlansSection } from '../billing/ProgrammeRentPlansSection';
import { EquitySummary } from './EquitySummary';
import { programmeDto, programmeState, type ProgrammeFormState } from './programme-form';
import { ProgrammeForm } from './ProgrammeForm';
import { CallStatusBadge } from './shared';

type Programme = Schemas['ProgrammeDto'];

function ProgrammeDetail() {
  const { t } = useTranslation();
  const { slug, defaultCurrency } = useOrganization();
  const { programmeId = '' } = useParams();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const key = [slug, 'programmes', programmeId];
  const query = useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/programmes/{programmeId}', { params: { path: { slug, programmeId } } })) });
  const update = useMutation({
    mutationFn: (state: ProgrammeFormState) => unwrap(api.PATCH('/api/v1/organizations/{slug}/programmes/{programmeId}', { params: { path: { slug, programmeId } }, body: programmeDto(state) })),
    onSuccess: (programme) => {
      queryClient.setQueryData(key, programme);
      void queryClient.invalidateQueries({ queryKey: [slug, 'programmes'] });
      notifications.show({ color: 'green', message: t('selection.programme.saved', { name: programme.name }) });
      setEditing(false);
    },
  });

  if (query.isPending) return <Loading />;
  if (query.error) return <QueryError error={query.error} />;
  const programme = query.data;

  if (editing) {
    return (
      <>
        <PageHeader title={t('selection.programme.editTitle', { name: programme.name })} description={t('selection.programme.editHint')} />
        <ProgrammeForm
          initial={programmeState(programme, defaultCurrency)}
          defaultCurrency={defaultCurrency}
          onSubmit={(state) => update.mutate(state)}
          pending={update.isPending}
          error={update.error}
          submitLabel={t('actions.save')}
          onCancel={() => { update.reset(); setEditing(false); }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={programme.name}
        description={t(`selection.programmeType.${programme.type}`)}
        actions={
          <>
            <Button variant="default" onClick={() => setEditing(true)}>{t('actions.edit')}</Button>
            <Button component={Link} to="calls/new">{t('selection.calls.new')}</Button>
          </>
        }
      />
      <Stack gap="lg">
        {programme.description && <Text>{programme.description}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder>
            <Text size="sm" c="dimmed">{t('selection.programme.equity')}</Text>
            <Text fw={600}><EquitySummary policy={programme.equityPolicy} /></Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">{t('selection.money.grantRange')}</Text>
            <Text fw={600}>
              {programme.grantPolicy ? (
                <>
                  <MoneyText value={{ amountMinor: programme.grantPolicy.minAmountMinor, currency: programme.grantPolicy.currency }} /> – <MoneyText value={{ amountMinor: programme.grantPolicy.maxAmountMinor, currency: programme.grantPolicy.currency }} />
                </>
              ) : t('selection.none')}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">{t('selection.money.perkCap')}</Text>
            <Text fw={600}>{programme.perkCap ? <MoneyText value={programme.perkCap} /> : t('selection.none')}</Text>
          </Card>
        </SimpleGrid>
        <PhasesView programme={programme} />
        <RubricView rubric={programme.rubric} />
        <ProgrammeRentPlansSection programmeId={programme.id} />
        <ProgrammeCalls programmeId={programme.id} />
      </Stack>
    </>
  );
}

function PhasesView({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={2} size="h3" mb="sm">{t('selection.programme.phases')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {programme.phases.map((phase, index) => (
          <Card withBorder key={`${index}-${phase.name}`}>
            <Title order={3} size="h5">{index + 1}. {phase.name}</Title>
            <Text size="sm" c="dimmed" mb="xs">{t(`selection.phases.durationText.${phase.durationUnit}`, { count: phase.durationValue })}</Text>
            {phase.milestones.length === 0 ? (
              <Text size="sm" c="dimmed">{t('selection.phases.noMilestones')}</Text>
            ) : (
              <List size="sm" spacing={4}>
                {phase.milestones.map((m, i) => (
                  <List.Item key={`${i}-${m.title}`}>
                    {m.title} <Text span c="dimmed" size="xs">({t('selection.phases.dayN', { n: m.offsetDays })}{m.evidenceRequired ? `, ${t('selection.phases.evidenceRequired').toLowerCase()}` : ''})</Text>
                    {m.description && <Text size="xs" c="dimmed">{m.description}</Text>}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

export function RubricView({ rubric, title }: { rubric: Schemas['CriterionResponseDto'][]; title?: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={2} size="h3" mb="sm">{title ?? t('selection.programme.rubric')}</Title>
      <Table withTableBorder>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}><Text size="sm" c="dimmed">{t('selection.rubric.caption')}</Text></caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('selection.rubric.label')}</Table.Th>
            <Table.Th>{t('selection.rubric.key')}</Table.Th>
            <Table.Th>{t('selection.rubric.weight')}</Table.Th>
            <Table.Th>{t('selection.rubric.scale')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rubric.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td><code>{c.key}</code></Table.Td>
              <Table.Td>{c.weight}</Table.Td>
              <Table.Td>{c.scaleMin}–{c.scaleMax}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function ProgrammeCalls({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const columns: Column<Schemas['CallDto']>[] = [
    { key: 'title', header: t('selection.call.title'), render: (c) => <Anchor component={Link} to={`/o/${slug}/calls/${c.id}`}>{c.title}</Anchor> },
    { key: 'status', header: t('selection.status'), render: (c) => <CallStatusBadge status={c.status} /> },
    { key: 'opens', header: t('selection.call.opensAt'), render: (c) => <DateTime value={c.opensAt} /> },
    { key: 'closes', header: t('selection.call.closesAt'), render: (c) => <DateTime value={c.closesAt} /> },
  ];
  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">{t('selection.calls.title')}</Title>
      </Group>
      <CursorTable
        queryKey={[slug, 'calls', { programmeId }]}
        fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/calls', { params: { path: { slug }, query: { cursor, programmeId } } }))}
        columns={columns}
        rowKey={(c) => c.id}
        caption={t('selection.calls.title')}
        empty={t('selection.calls.emptyProgramme')}
      />
    </section>
  );
}

export function ProgrammeDetailPage() {
  return <RequireRole roles={STAFF}><ProgrammeDetail /></RequireRole>;
}
