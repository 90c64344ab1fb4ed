import { useState } from 'react';
import { Button, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';

/** Founder: what was done, with links (one a line) → submitMilestoneEvidence. */
export function MilestoneEvidenceForm({ milestoneId }: { milestoneId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [links, setLinks] = useState('');
  const submit = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/milestones/{milestoneId}/submissions', {
          params: { path: { slug, milestoneId } },
          body: { text, links: links.split('\n').map((link) => link.trim()).filter(Boolean) },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'milestones', milestoneId] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups'] });
      notifications.show({ color: 'teal', message: t('cohorts.milestone.submitted') });
      setText('');
      setLinks('');
    },
  });
  const fieldError = fieldErrorsOf(submit.error);
  // Each link is checked on its own ("links.2"): all of them show under the one input.
  const linkError =
    submit.error instanceof ApiError
      ? Object.entries(submit.error.fieldErrors()).filter(([field]) => field.startsWith('links')).map(([, message]) => message).join(' ')
      : '';
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate();
      }}
    >
      <Stack gap="sm">
        <Textarea label={t('cohorts.milestone.submitText')} required autosize minRows={4} value={text} onChange={(event) => setText(event.currentTarget.value)} error={fieldError('text')} />
        <Textarea
          label={t('cohorts.milestone.submitLinks')}
          autosize
          minRows={2}
          placeholder="https://"
          value={links}
          onChange={(event) => setLinks(event.currentTarget.value)}
          error={linkError || undefined}
        />
        <ProblemAlert error={submit.error} />
        <Button type="submit" loading={submit.isPending} w={{ base: '100%', xs: 'fit-content' }}>{t('cohorts.milestone.submit')}</Button>
      </Stack>
    </form>
  );
}
