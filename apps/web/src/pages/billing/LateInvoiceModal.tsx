import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert, useProblemMessage } from '../../components/problem';
import { billingKeys, lastEndedMonth, notifyDone, useStartupOptions } from './queries';

/** Codes shown beside a field rather than above the form. */
const BESIDE_LEASE = ['LEASE_UNPRICED', 'INVOICE_EXISTS', 'LEASE_NOT_IN_PERIOD'];
const BESIDE_MONTH = ['PERIOD_NOT_INVOICED'];

/**
 * Staff invoice a lease that a month's run could not price (the run names it): once its market rate
 * or plan terms are added, its invoice for that month is issued here and opened.
 */
export function LateInvoiceModal({ onClose, leaseId: initialLease }: { onClose: () => void; leaseId?: string }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const message = useProblemMessage();
  const [leaseId, setLeaseId] = useState<string | null>(initialLease ?? null);
  const [month, setMonth] = useState(() => lastEndedMonth(timezone));
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const leases = useQuery({ queryKey: [slug, 'spaces', 'leases', 'all'], queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/leases', { params: { path: { slug } } })) });
  const startups = useStartupOptions(true);
  const startupName = new Map((startups.data?.items ?? []).map((s) => [s.id, s.name]));
  const issue = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/invoices/late', { params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } }, body: { leaseId: leaseId!, period: month } })),
    onSuccess: (invoice) => {
      void queryClient.invalidateQueries({ queryKey: billingKeys.invoices(slug) });
      notifyDone(t('billing.late.done', { number: invoice.number }));
      onClose();
      void navigate(`/o/${slug}/invoices/${invoice.id}`);
    },
    onError: () => setIdempotencyKey(crypto.randomUUID()),
  });
  const code = issue.error instanceof ApiError ? issue.error.code : undefined;
  const fieldError = fieldErrorsOf(issue.error);
  const leaseError = fieldError('leaseId') ?? (code && BESIDE_LEASE.includes(code) ? message(issue.error) : undefined);
  const monthError = fieldError('period') ?? (code && BESIDE_MONTH.includes(code) ? message(issue.error) : undefined);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('billing.late.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (leaseId) issue.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('billing.late.intro')}</Text>
          <Select
            label={t('billing.late.lease')}
            required
            searchable
            data={(leases.data?.items ?? []).map((lease) => ({ value: lease.id, label: [lease.spaceName, startupName.get(lease.startupId), lease.planName].filter(Boolean).join(' · ') }))}
            value={leaseId}
            onChange={(value) => {
              setLeaseId(value);
              issue.reset();
            }}
            error={leaseError}
          />
          <TextInput
            type="month"
            label={t('billing.late.month')}
            required
            value={month}
            onChange={(event) => {
              setMonth(event.currentTarget.value);
              issue.reset();
            }}
            error={monthError}
            w={260}
          />
          {!leaseError && !monthError && <ProblemAlert error={issue.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={issue.isPending} disabled={!leaseId}>{t('billing.late.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
