import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { useLocale } from '../../i18n';
import { billingKeys, formatMonth, lastEndedMonth, notifyDone, useStartupOptions } from './queries';

/** The last month that ended, from a PERIOD_NOT_ENDED problem (null for any other error). */
function lastEndedOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'PERIOD_NOT_ENDED') return null;
  const last: unknown = (error.problem as Record<string, unknown>).lastEndedPeriod;
  return typeof last === 'string' ? last : '';
}

/** Staff issue a month's invoices now (the worker does it after each month ends) and read what the run did. */
export function IssueInvoicesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(() => lastEndedMonth(timezone));
  // One key per month asked for: a retry of the same request replays, another month is a new request.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const run = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/invoices/run', { params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } }, body: { period: month } })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: billingKeys.invoices(slug) });
      setIdempotencyKey(crypto.randomUUID());
      notifyDone(t('billing.run.done', { month: formatMonth(result.period, locale) }));
    },
  });
  const result = run.data;
  // Names for the leases the run could not price (staff read every lease).
  const leases = useQuery({
    queryKey: [slug, 'spaces', 'leases', 'unpriced'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/leases', { params: { path: { slug } } })),
    enabled: (result?.unpricedLeaseIds.length ?? 0) > 0,
  });
  const startups = useStartupOptions((result?.unpricedLeaseIds.length ?? 0) > 0);
  const startupName = new Map((startups.data?.items ?? []).map((s) => [s.id, s.name]));
  const leaseName = new Map((leases.data?.items ?? []).map((lease) => [lease.id, [lease.spaceName, startupName.get(lease.startupId), lease.planName].filter(Boolean).join(' · ')]));
  const lastEnded = lastEndedOf(run.error);
  const monthWords = (value: string) => (/^\d{4}-\d{2}$/.test(value) ? formatMonth(value, locale) : value);
  const monthError =
    fieldErrorsOf(run.error)('period') ??
    (lastEnded !== null ? t('billing.run.notEnded', { month: monthWords(month), zone: timezone, last: lastEnded ? monthWords(lastEnded) : '—' }) : undefined);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('billing.run.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('billing.run.intro')}</Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            run.mutate();
          }}
        >
          <Group align="flex-start" wrap="wrap">
            <TextInput
              type="month"
              label={t('billing.run.month')}
              description={t('billing.run.monthHint', { zone: timezone })}
              required
              value={month}
              onChange={(event) => {
                setMonth(event.currentTarget.value);
                setIdempotencyKey(crypto.randomUUID());
                run.reset();
              }}
              error={monthError}
              w={260}
            />
            <Button type="submit" mt={46} loading={run.isPending}>{t('billing.run.submit')}</Button>
          </Group>
        </form>
        {lastEnded === null && !fieldErrorsOf(run.error)('period') && <ProblemAlert error={run.error} />}
        {result && (
          <Alert color={result.unpricedLeaseIds.length > 0 ? 'orange' : 'teal'} variant="light" title={t('billing.run.done', { month: formatMonth(result.period, locale) })} data-testid="run-result" role="status">
            <List size="sm" spacing={2}>
              <List.Item>
                {result.periodsRun.length > 0 ? t('billing.run.periodsRun', { months: result.periodsRun.map((m) => formatMonth(m, locale)).join(', ') }) : t('billing.run.nothingRun')}
              </List.Item>
              <List.Item>{t('billing.run.counts', { issued: result.invoicesIssued, inMonth: result.invoicesInPeriod, month: formatMonth(result.period, locale) })}</List.Item>
              <List.Item>
                {result.unpricedLeaseIds.length === 0 ? t('billing.run.unpricedNone') : <Text size="sm" fw={600} span>{t('billing.run.unpriced', { count: result.unpricedLeaseIds.length })}</Text>}
                {result.unpricedLeaseIds.length > 0 && (
                  <List size="sm" withPadding data-testid="unpriced-leases">
                    {result.unpricedLeaseIds.map((id) => (
                      <List.Item key={id}>{leaseName.get(id) ?? t('billing.run.unknownLease', { id: id.slice(0, 8) })}</List.Item>
                    ))}
                  </List>
                )}
                {result.unpricedLeaseIds.length > 0 && <Text size="sm">{t('billing.run.unpricedHint')}</Text>}
              </List.Item>
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('actions.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
