import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useLocale } from '../../i18n';
import { MentorProblem } from './MentorProblem';
import { formatMonth, lastEndedMonth } from './month';
import { notifyDone } from './notify';
import { keys } from './queries';
import { Section } from './Section';

/** Staff issue a month's statements now (the worker does it after each month ends); shows what the run issued. */
export function RunMonthSection() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(() => lastEndedMonth(timezone));
  // One key per month asked for: a retry of the same request replays, another month is a new request.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const run = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/mentor-statements/run', { params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } }, body: { month } })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: keys.statements(slug) });
      void queryClient.invalidateQueries({ queryKey: keys.sessions(slug) });
      setIdempotencyKey(crypto.randomUUID());
      notifyDone(t('mentors.statements.run.done', { month: formatMonth(result.month, locale) }));
    },
  });
  const fieldError = fieldErrorsOf(run.error);
  const result = run.data;

  return (
    <Section id="run-month" title={t('mentors.statements.run.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('mentors.statements.run.intro')}</Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run.mutate();
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="month"
              label={t('mentors.statements.run.month')}
              description={t('mentors.statements.monthHint', { zone: timezone })}
              required
              value={month}
              onChange={(event) => {
                setMonth(event.currentTarget.value);
                setIdempotencyKey(crypto.randomUUID());
                run.reset();
              }}
              error={fieldError('month')}
              w={220}
            />
            <Button type="submit" loading={run.isPending}>{t('mentors.statements.run.submit')}</Button>
          </Group>
        </form>
        <MentorProblem error={run.error} />
        {result && (
          <Alert color={result.unpricedSessions > 0 ? 'orange' : 'teal'} variant="light" title={t('mentors.statements.run.done', { month: formatMonth(result.month, locale) })} data-testid="run-result">
            <List size="sm" spacing={2}>
              <List.Item>{t('mentors.statements.run.result', { issued: result.statementsIssued, inMonth: result.statementsInMonth, month: formatMonth(result.month, locale) })}</List.Item>
              <List.Item>
                {result.monthsRun.length > 0 ? t('mentors.statements.run.monthsRun', { months: result.monthsRun.map((m) => formatMonth(m, locale)).join(', ') }) : t('mentors.statements.run.nothingRun')}
              </List.Item>
              <List.Item>{result.unpricedSessions > 0 ? t('mentors.statements.run.unpriced', { count: result.unpricedSessions }) : t('mentors.statements.run.unpricedNone')}</List.Item>
            </List>
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
