import { useState } from 'react';
import { Anchor, Button, Group, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { EnrolmentStatusBadge } from './badges';
import { fetchGridRows } from './CohortGridTab';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EnrolStartupsModal } from './EnrolStartupsModal';
import { MilestoneFormModal, type MilestoneValues } from './MilestoneFormModal';

type Row = Schemas['GridRowDto'];
type Open = { mode: 'enrol' } | { mode: 'withdraw'; row: Row } | { mode: 'milestone'; row: Row } | null;

/** The cohort's enrolments (the grid's rows, paged by startup): enrol, withdraw, add a milestone for one. */
export function CohortStartupsTab({ cohort }: { cohort: Schemas['CohortDetailDto'] }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const phaseName = new Map(cohort.phases.map((phase) => [phase.position, phase.name]));
  const refresh = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts', cohort.id] });
    void queryClient.invalidateQueries({ queryKey: [slug, 'actions'] });
    notifications.show({ color: 'teal', message });
    close();
  };

  const withdraw = useMutation({
    mutationFn: (enrolmentId: string) => unwrap(api.POST('/api/v1/organizations/{slug}/enrolments/{enrolmentId}/withdraw', { params: { path: { slug, enrolmentId } }, body: { reason } })),
    onSuccess: () => refresh(t('cohorts.enrolments.withdrawn')),
  });
  const addMilestone = useMutation({
    mutationFn: ({ enrolmentId, body }: { enrolmentId: string; body: MilestoneValues }) =>
      unwrap(api.POST('/api/v1/organizations/{slug}/enrolments/{enrolmentId}/milestones', { params: { path: { slug, enrolmentId } }, body })),
    onSuccess: () => refresh(t('cohorts.milestones.added')),
  });
  function close() {
    withdraw.reset();
    addMilestone.reset();
    setReason('');
    setOpen(null);
  }

  return (
    <>
      <Group justify="flex-end" mb="sm">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen({ mode: 'enrol' })} disabled={cohort.status === 'completed'}>{t('cohorts.enrolments.enrol')}</Button>
      </Group>
      <CursorTable<Row>
        queryKey={[slug, 'cohorts', cohort.id, 'grid']}
        fetchPage={(cursor) => fetchGridRows(slug, cohort.id, cursor)}
        rowKey={(row) => row.enrolment.id}
        caption={t('cohorts.enrolments.caption')}
        empty={t('cohorts.enrolments.empty')}
        columns={[
          { key: 'startup', header: t('cohorts.enrolments.startup'), sortValue: (row) => row.startupName, render: (row) => <Anchor component={Link} to={`/o/${slug}/startups/${row.enrolment.startupId}`}>{row.startupName ?? '—'}</Anchor> },
          { key: 'status', header: t('cohorts.enrolments.status'), sortValue: (row) => row.enrolment.status, render: (row) => <EnrolmentStatusBadge status={row.enrolment.status} /> },
          { key: 'phase', header: t('cohorts.enrolments.phase'), render: (row) => (row.enrolment.currentPhase == null ? '—' : phaseName.get(row.enrolment.currentPhase) ?? row.enrolment.currentPhase + 1) },
          { key: 'ends', header: t('cohorts.enrolments.incubationEnds'), sortValue: (row) => row.enrolment.incubationEndsAt, render: (row) => <DateTime value={row.enrolment.incubationEndsAt} /> },
          { key: 'reason', header: t('cohorts.enrolments.endReason'), render: (row) => row.enrolment.endReason ?? '—' },
          {
            key: 'actions',
            header: t('cohorts.enrolments.actions'),
            render: (row) =>
              row.enrolment.status === 'active' && (
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setOpen({ mode: 'milestone', row })} aria-label={t('cohorts.milestones.addFor', { name: row.startupName })}>{t('cohorts.milestones.add')}</Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => setOpen({ mode: 'withdraw', row })} aria-label={`${t('cohorts.enrolments.withdraw')}: ${row.startupName}`}>{t('cohorts.enrolments.withdraw')}</Button>
                </Group>
              ),
          },
        ]}
      />
      {open?.mode === 'enrol' && <EnrolStartupsModal cohortId={cohort.id} onClose={close} />}
      {open?.mode === 'withdraw' && (
        <ConfirmModal color="red"
          title={t('cohorts.enrolments.withdrawTitle', { name: open.row.startupName })}
          confirmLabel={t('cohorts.enrolments.withdraw')}
          pending={withdraw.isPending}
          error={withdraw.error}
          disabled={!reason.trim()}
          onConfirm={() => withdraw.mutate(open.row.enrolment.id)}
          onClose={close}
        >
          <Text size="sm">{t('cohorts.enrolments.withdrawBody')}</Text>
          <Textarea label={t('cohorts.enrolments.reason')} required autosize minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldErrorsOf(withdraw.error)('reason')} data-autofocus />
        </ConfirmModal>
      )}
      {open?.mode === 'milestone' && (
        <MilestoneFormModal
          title={t('cohorts.milestones.addFor', { name: open.row.startupName })}
          pending={addMilestone.isPending}
          error={addMilestone.error}
          onSubmit={(body) => addMilestone.mutate({ enrolmentId: open.row.enrolment.id, body })}
          onClose={close}
        />
      )}
    </>
  );
}
