import { useState } from 'react';
import { Button, Radio, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';

/** Staff: approve the submitted evidence, or request changes with a comment. */
export function MilestoneReviewForm({ milestoneId }: { milestoneId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<Schemas['MilestoneReviewDecision']>('approve');
  const [comment, setComment] = useState('');
  const review = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/milestones/{milestoneId}/review', { params: { path: { slug, milestoneId } }, body: { decision, comment: comment.trim() || undefined } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'milestones', milestoneId] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts'] });
      notifications.show({ color: 'teal', message: t('cohorts.milestone.reviewed') });
      setComment('');
    },
  });
  const fieldError = fieldErrorsOf(review.error);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        review.mutate();
      }}
    >
      <Stack gap="sm">
        <Radio.Group label={t('cohorts.milestone.decision')} value={decision} onChange={(value) => setDecision(value as Schemas['MilestoneReviewDecision'])} error={fieldError('decision')}>
          <Stack gap="xs" mt="xs">
            <Radio value="approve" label={t('cohorts.milestone.approve')} />
            <Radio value="request_changes" label={t('cohorts.milestone.requestChanges')} />
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('cohorts.milestone.comment')}
          description={t('cohorts.milestone.commentRequired')}
          required={decision === 'request_changes'}
          autosize
          minRows={3}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={fieldError('comment')}
        />
        <ProblemAlert error={review.error} />
        <Button type="submit" loading={review.isPending} w="fit-content" color={decision === 'approve' ? 'teal' : 'orange'}>{t('cohorts.milestone.sendReview')}</Button>
      </Stack>
    </form>
  );
}
