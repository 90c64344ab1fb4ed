import { useState } from 'react';
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { ConfirmModal } from '../../components/ConfirmModal';
import { MilestoneFormModal, changesOf, type MilestoneValues } from './MilestoneFormModal';

type Milestone = Schemas['CohortMilestoneDto'];
type Editing = { mode: 'add' } | { mode: 'edit'; milestone: Milestone } | { mode: 'drop'; milestone: Milestone } | null;

/** The cohort-wide milestones: add, edit or reschedule (every copy not yet approved follows), drop. */
export function CohortMilestonesTab({ cohort }: { cohort: Schemas['CohortDetailDto'] }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing>(null);
  const path = { slug, cohortId: cohort.id };
  const done = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts', cohort.id] });
    notifications.show({ color: 'teal', message });
    setEditing(null);
  };

  const add = useMutation({
    mutationFn: (body: MilestoneValues) => unwrap(api.POST('/api/v1/organizations/{slug}/cohorts/{cohortId}/milestones', { params: { path }, body })),
    onSuccess: () => done(t('cohorts.milestones.added')),
  });
  const edit = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['MilestoneChangesDto'] }) =>
      unwrap(api.PATCH('/api/v1/organizations/{slug}/cohorts/{cohortId}/milestones/{cohortMilestoneId}', { params: { path: { ...path, cohortMilestoneId: id } }, body })),
    onSuccess: () => done(t('cohorts.milestones.saved')),
  });
  const drop = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/organizations/{slug}/cohorts/{cohortId}/milestones/{cohortMilestoneId}', { params: { path: { ...path, cohortMilestoneId: id } } })),
    onSuccess: () => done(t('cohorts.milestones.droppedDone')),
  });
  const close = () => {
    add.reset();
    edit.reset();
    drop.reset();
    setEditing(null);
  };

  const phaseName = new Map(cohort.phases.map((phase) => [phase.position, phase.name]));
  const milestones = [...cohort.milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">{t('cohorts.milestones.cohortWide')}</Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'add' })}>{t('cohorts.milestones.add')}</Button>
      </Group>
      {milestones.length === 0 ? (
        <Text c="dimmed">{t('cohorts.milestones.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <caption><VisuallyHidden>{t('cohorts.milestones.caption')}</VisuallyHidden></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cohorts.milestones.title')}</Table.Th>
                <Table.Th>{t('cohorts.milestones.phase')}</Table.Th>
                <Table.Th>{t('cohorts.milestones.dueOn')}</Table.Th>
                <Table.Th>{t('cohorts.milestones.evidenceRequired')}</Table.Th>
                <Table.Th>{t('cohorts.milestones.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {milestones.map((milestone) => (
                <Table.Tr key={milestone.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>{milestone.title}</Text>
                    {milestone.description && <Text size="xs" c="dimmed">{milestone.description}</Text>}
                  </Table.Td>
                  <Table.Td>{milestone.phasePosition == null ? t('cohorts.milestones.noPhase') : phaseName.get(milestone.phasePosition) ?? milestone.phasePosition + 1}</Table.Td>
                  <Table.Td><Day value={milestone.dueOn} /></Table.Td>
                  <Table.Td>{milestone.evidenceRequired ? t('cohorts.milestones.yes') : t('cohorts.milestones.no')}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setEditing({ mode: 'edit', milestone })} aria-label={`${t('actions.edit')}: ${milestone.title}`}>{t('actions.edit')}</Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setEditing({ mode: 'drop', milestone })} aria-label={`${t('cohorts.milestones.drop')}: ${milestone.title}`}>{t('cohorts.milestones.drop')}</Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing?.mode === 'add' && (
        <MilestoneFormModal title={t('cohorts.milestones.add')} note={t('cohorts.milestones.cohortWide')} pending={add.isPending} error={add.error} onSubmit={(values) => add.mutate(values)} onClose={close} />
      )}
      {editing?.mode === 'edit' && (
        <MilestoneFormModal
          title={t('cohorts.milestones.edit')}
          note={t('cohorts.milestones.cohortWide')}
          initial={editing.milestone}
          pending={edit.isPending}
          error={edit.error}
          onSubmit={(values) => edit.mutate({ id: editing.milestone.id, body: changesOf(editing.milestone, values) })}
          onClose={close}
        />
      )}
      {editing?.mode === 'drop' && (
        <ConfirmModal color="red"
          title={t('cohorts.milestones.dropTitle', { title: editing.milestone.title })}
          confirmLabel={t('cohorts.milestones.drop')}
          pending={drop.isPending}
          error={drop.error}
          onConfirm={() => drop.mutate(editing.milestone.id)}
          onClose={close}
        >
          <Text size="sm">{t('cohorts.milestones.dropBody')}</Text>
        </ConfirmModal>
      )}
    </>
  );
}
