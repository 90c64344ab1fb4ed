import { useState } from 'react';
import { Alert, Anchor, Button, List, Center, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day } from '../../components/format';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { MilestoneStatusBadges } from './badges';
import { ConfirmModal } from '../../components/ConfirmModal';
import { MilestoneAttachments } from './MilestoneAttachments';
import { MilestoneEvidenceForm } from './MilestoneEvidenceForm';
import { MilestoneFormModal, changesOf } from './MilestoneFormModal';
import { MilestoneHistory } from './MilestoneHistory';
import { MilestoneReviewForm } from './MilestoneReviewForm';

/** One startup's milestone (notification emails link here): staff review it, founders submit evidence. */
export function MilestonePage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const { milestoneId = '' } = useParams();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<'edit' | 'drop' | null>(null);
  const milestone = useQuery({
    queryKey: [slug, 'milestones', milestoneId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/milestones/{milestoneId}', { params: { path: { slug, milestoneId } } })),
  });
  const changed = (message: string) => {
    void queryClient.invalidateQueries({ queryKey: [slug, 'milestones', milestoneId] });
    void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts'] });
    notifications.show({ color: 'teal', message });
    setEditing(null);
  };
  const edit = useMutation({
    mutationFn: (body: Parameters<typeof changesOf>[1]) =>
      unwrap(api.PATCH('/api/v1/organizations/{slug}/milestones/{milestoneId}', { params: { path: { slug, milestoneId } }, body: changesOf(milestone.data!, body) })),
    onSuccess: () => changed(t('cohorts.milestones.saved')),
  });
  const drop = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/organizations/{slug}/milestones/{milestoneId}', { params: { path: { slug, milestoneId } } })),
    onSuccess: () => changed(t('cohorts.milestones.droppedDone')),
  });

  if (milestone.isPending) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (milestone.error) return <QueryError error={milestone.error} />;
  const data = milestone.data;
  const open = !data.dropped && (data.status === 'pending' || data.status === 'changes_requested');
  const evidence = [...data.history].reverse().find((event) => event.kind === 'submitted');
  const closeModal = () => {
    edit.reset();
    drop.reset();
    setEditing(null);
  };

  return (
    <>
      <PageHeader
        title={data.title}
        description={
          <>
            {t('cohorts.milestone.due')} <Day value={data.dueOn} />
            {data.phasePosition != null ? ` · ${t('cohorts.milestone.phase', { n: data.phasePosition + 1 })}` : data.cohortMilestoneId == null ? ` · ${t('cohorts.milestone.ownMilestone')}` : ''}
            {data.evidenceRequired ? ` · ${t('cohorts.milestone.evidenceRequired')}` : ''}
          </>
        }
        actions={
          staff && !data.dropped && data.status !== 'approved' ? (
            <>
              <Button variant="default" onClick={() => setEditing('edit')}>{t('cohorts.milestone.edit')}</Button>
              <Button variant="subtle" color="red" onClick={() => setEditing('drop')}>{t('cohorts.milestone.drop')}</Button>
            </>
          ) : undefined
        }
      />
      <Group mb="md"><MilestoneStatusBadges status={data.status} overdue={data.overdue} dropped={data.dropped} /></Group>
      {data.description && <Text mb="lg" style={{ whiteSpace: 'pre-wrap' }}>{data.description}</Text>}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-labelledby="milestone-evidence">
              <Title order={2} size="h4" id="milestone-evidence" mb="sm">{t('cohorts.milestone.evidence')}</Title>
              {evidence ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{evidence.evidenceText}</Text>
              ) : (
                <Text size="sm" c="dimmed">{t('cohorts.milestone.noEvidence')}</Text>
              )}
              {evidence?.evidenceLinks && evidence.evidenceLinks.length > 0 && (
                <List size="sm" mt="xs" aria-label={t('cohorts.milestone.links')}>
                  {evidence.evidenceLinks.map((link) => (
                    <List.Item key={link}><Anchor href={link} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>{link}</Anchor></List.Item>
                  ))}
                </List>
              )}
              <Title order={3} size="h5" mt="md" mb="xs">{t('cohorts.milestone.attachments')}</Title>
              <MilestoneAttachments milestoneId={data.id} canUpload={!staff && open} />
            </Paper>
            {staff && !data.dropped && (
              <Paper withBorder p="md" component="section" aria-labelledby="milestone-review">
                <Title order={2} size="h4" id="milestone-review" mb="sm">{t('cohorts.milestone.review')}</Title>
                {data.status === 'submitted' ? <MilestoneReviewForm milestoneId={data.id} /> : <Text size="sm" c="dimmed">{t('cohorts.milestone.notSubmitted')}</Text>}
              </Paper>
            )}
            {!staff && (
              <Paper withBorder p="md" component="section" aria-labelledby="milestone-submit">
                <Title order={2} size="h4" id="milestone-submit" mb="sm">{t('cohorts.milestone.submit')}</Title>
                {open ? <MilestoneEvidenceForm milestoneId={data.id} /> : <Alert variant="light" color="gray">{t('cohorts.milestone.closed')}</Alert>}
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="milestone-history">
            <Title order={2} size="h4" id="milestone-history" mb="md">{t('cohorts.milestone.history')}</Title>
            <MilestoneHistory events={data.history} />
          </Paper>
        </Grid.Col>
      </Grid>
      {editing === 'edit' && (
        <MilestoneFormModal title={t('cohorts.milestones.edit')} initial={data} pending={edit.isPending} error={edit.error} onSubmit={(values) => edit.mutate(values)} onClose={closeModal} />
      )}
      {editing === 'drop' && (
        <ConfirmModal color="red" title={t('cohorts.milestones.dropTitle', { title: data.title })} confirmLabel={t('cohorts.milestone.drop')} pending={drop.isPending} error={drop.error} onConfirm={() => drop.mutate()} onClose={closeModal}>
          <Text size="sm">{t('cohorts.milestones.dropOneBody')}</Text>
        </ConfirmModal>
      )}
    </>
  );
}
