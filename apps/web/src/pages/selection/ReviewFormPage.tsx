import { useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { NotFoundPage, QueryError } from '../../components/ErrorPage';
import { REVIEWERS, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { Loading, RequireRole } from '../../session/guards';
import { ApplicationView } from './ApplicationView';
import { ConfirmModal } from './ConfirmModal';

function ReviewForm() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { applicationId = '', roundKey = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const application = useQuery({ queryKey: [slug, 'applications', applicationId], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/applications/{applicationId}', { params: { path: { slug, applicationId } } })) });
  const callId = application.data?.callId ?? '';
  const call = useQuery({ queryKey: [slug, 'calls', callId], enabled: !!callId, queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}', { params: { path: { slug, callId } } })) });
  const queue = useQuery({ queryKey: [slug, 'reviews', 'queue'], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/reviews/queue', { params: { path: { slug } } })) });

  if (application.isPending || (callId && call.isPending)) return <Loading />;
  if (application.error) return <QueryError error={application.error} />;
  if (call.error) return <QueryError error={call.error} />;
  const round = call.data?.rounds.find((r) => r.key === roundKey);
  if (!call.data || !round) return <NotFoundPage />;
  const assignment = queue.data?.find((item) => item.applicationId === applicationId && item.roundKey === roundKey);
  const finalized = call.data.finalizedRounds.includes(roundKey);
  const name = application.data.startupName || t('selection.application.unnamed');

  return (
    <>
      <PageHeader
        title={t('selection.review.title', { name })}
        description={`${call.data.title} · ${round.name}`}
        actions={<Button variant="default" component={Link} to={`/o/${slug}/reviews`}>{t('selection.review.backToQueue')}</Button>}
      />
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <ApplicationView application={application.data} questions={call.data.questions} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 76 }}>
            {finalized ? (
              <Alert color="gray" title={t('selection.rounds.finalized')}>{t('selection.review.finalized')}</Alert>
            ) : !assignment && queue.isSuccess ? (
              <Alert color="yellow">{t('selection.review.notAssigned')}</Alert>
            ) : (
              <ScoreForm
                key={`${applicationId}-${roundKey}`}
                rubric={round.rubric}
                submitted={assignment?.status === 'submitted'}
                onSaved={() => {
                  void queryClient.invalidateQueries({ queryKey: [slug, 'reviews', 'queue'] });
                  navigate(`/o/${slug}/reviews`);
                }}
              />
            )}
            {assignment && !finalized && (
              <ConflictButton
                onDeclared={() => {
                  void queryClient.invalidateQueries({ queryKey: [slug, 'reviews', 'queue'] });
                  navigate(`/o/${slug}/reviews`);
                }}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** One integer per criterion on its scale, and a comment; saved again until the round is finalized. */
function ScoreForm({ rubric, submitted, onSaved }: { rubric: Schemas['CriterionResponseDto'][]; submitted: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { applicationId = '', roundKey = '' } = useParams();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PUT('/api/v1/organizations/{slug}/applications/{applicationId}/reviews/{roundKey}', {
        params: { path: { slug, applicationId, roundKey } },
        body: { scores, comment: comment.trim() || undefined },
      })),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('selection.review.saved') });
      onSaved();
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const missing = rubric.filter((c) => scores[c.key] === undefined).length;
  return (
    <Paper withBorder p="md">
      <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3">{t('selection.review.scores')}</Title>
          {submitted && <Alert color="blue" variant="light">{t('selection.review.alreadySubmitted')}</Alert>}
          {rubric.map((criterion) => {
            const values = Array.from({ length: criterion.scaleMax - criterion.scaleMin + 1 }, (_, i) => criterion.scaleMin + i);
            return (
              <Radio.Group
                key={criterion.key}
                name={`score-${criterion.key}`}
                label={criterion.label}
                description={t('selection.review.scaleHint', { min: criterion.scaleMin, max: criterion.scaleMax, weight: criterion.weight })}
                value={scores[criterion.key]?.toString() ?? null}
                onChange={(value) => setScores((current) => ({ ...current, [criterion.key]: Number(value) }))}
                error={fieldError(`scores.${criterion.key}`)}
                required
              >
                <Group gap="md" mt={6}>
                  {values.map((value) => <Radio key={value} value={value.toString()} label={value} />)}
                </Group>
              </Radio.Group>
            );
          })}
          <Textarea label={t('selection.review.comment')} description={t('selection.review.commentHint')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={fieldError('comment')} autosize minRows={3} />
          <ProblemAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending} disabled={missing > 0}>{submitted ? t('selection.review.update') : t('selection.review.submit')}</Button>
            {missing > 0 && <Text size="sm" c="dimmed">{t('selection.review.missing', { count: missing })}</Text>}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ConflictButton({ onDeclared }: { onDeclared: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { applicationId = '' } = useParams();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const declare = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/applications/{applicationId}/conflict', { params: { path: { slug, applicationId } }, body: { reason: reason.trim() || undefined } })),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('selection.conflict.done') });
      setOpened(false);
      onDeclared();
    },
  });
  return (
    <>
      <Button variant="light" color="orange" onClick={() => setOpened(true)} w="fit-content">{t('selection.conflict.button')}</Button>
      <ConfirmModal
        opened={opened}
        title={t('selection.conflict.title')}
        confirmLabel={t('selection.conflict.confirm')}
        color="orange"
        onConfirm={() => declare.mutate()}
        onClose={() => { declare.reset(); setOpened(false); }}
        pending={declare.isPending}
        error={declare.error}
      >
        <Text size="sm">{t('selection.conflict.body')}</Text>
        <Textarea label={t('selection.conflict.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={fieldErrorsOf(declare.error)('reason')} autosize minRows={2} data-autofocus />
      </ConfirmModal>
    </>
  );
}

export function ReviewFormPage() {
  return <RequireRole roles={REVIEWERS}><ReviewForm /></RequireRole>;
}
