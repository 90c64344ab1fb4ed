import { useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { NotFoundPage, QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { REVIEWERS, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { Loading, RequireRole } from '../../session/guards';
import { ApplicationView } from './ApplicationView';
import { ConfirmModal } from '../../components/ConfirmModal';

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
  const assignment = queue.data?.find((item) => item.applicationId === applicationId && item.roundKey === roundKey);
  const submitted = assignment?.status === 'submitted';
  const myReviewKey = [slug, 'applications', applicationId, 'reviews', roundKey, 'mine'];
  const myReview = useQuery({
    queryKey: myReviewKey,
    enabled: submitted,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/applications/{applicationId}/reviews/{roundKey}', { params: { path: { slug, applicationId, roundKey } } })),
  });

  if (application.isPending || (callId && call.isPending)) return <Loading />;
  if (application.error) return <QueryError error={application.error} />;
  if (call.error) return <QueryError error={call.error} />;
  const round = call.data?.rounds.find((r) => r.key === roundKey);
  if (!call.data || !round) return <NotFoundPage />;
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
            {queue.isPending || (submitted && myReview.isPending) ? (
              <Loading />
            ) : queue.error || myReview.error ? (
              <ProblemAlert error={queue.error ?? myReview.error} />
            ) : finalized ? (
              <>
                <Alert color="gray" title={t('selection.rounds.finalized')}>{t('selection.review.finalized')}</Alert>
                {myReview.data && <SubmittedReview review={myReview.data} rubric={round.rubric} />}
              </>
            ) : !assignment ? (
              <Alert color="yellow">{t('selection.review.notAssigned')}</Alert>
            ) : (
              <ScoreForm
                key={`${applicationId}-${roundKey}-${myReview.data?.submittedAt ?? 'new'}`}
                rubric={round.rubric}
                review={submitted ? myReview.data : undefined}
                onSaved={() => {
                  void queryClient.invalidateQueries({ queryKey: [slug, 'reviews', 'queue'] });
                  void queryClient.invalidateQueries({ queryKey: myReviewKey });
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

/** The caller's review as saved, read-only (the round is finalized). */
function SubmittedReview({ review, rubric }: { review: Schemas['MyReviewDto']; rubric: Schemas['CriterionResponseDto'][] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">{t('selection.review.scores')}</Title>
        <Text size="sm" c="dimmed">{t('selection.review.submittedAt')} <DateTime value={review.submittedAt} /></Text>
        <Table>
          <Table.Thead>
            <Table.Tr><Table.Th>{t('selection.review.criterion')}</Table.Th><Table.Th>{t('selection.reviews.score')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rubric.map((criterion) => (
              <Table.Tr key={criterion.key}>
                <Table.Td>{criterion.label}</Table.Td>
                <Table.Td>{t('selection.review.scoreOf', { score: review.scores[criterion.key] ?? '—', max: criterion.scaleMax })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {review.comment && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}><strong>{t('selection.review.comment')}:</strong> {review.comment}</Text>}
      </Stack>
    </Paper>
  );
}

/** One integer per criterion on its scale, and a comment; saved again until the round is finalized. */
function ScoreForm({ rubric, review, onSaved }: { rubric: Schemas['CriterionResponseDto'][]; review: Schemas['MyReviewDto'] | undefined; onSaved: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { applicationId = '', roundKey = '' } = useParams();
  // "Review again" starts from what was submitted.
  const [scores, setScores] = useState<Record<string, number>>(() => ({ ...review?.scores }));
  const [comment, setComment] = useState(review?.comment ?? '');
  const submitted = !!review;
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
          {review && (
            <Alert color="blue" variant="light">
              {t('selection.review.alreadySubmitted')} <Text span size="sm" c="dimmed">{t('selection.review.submittedAt')} <DateTime value={review.submittedAt} /></Text>
            </Alert>
          )}
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
