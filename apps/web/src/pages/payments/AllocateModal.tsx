import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { ProblemAlert } from '../../components/problem';
import { AllocationInputs, allocationsOf, refusedInvoiceOf, type AllocationDrafts } from './AllocationInputs';
import { notifyDone, todayIn, useOpenInvoices, useRefreshAfterPayment, type PaymentDetail } from './queries';

/** Sets what is left of a payment (the startup's credit) against its open invoices: oldest first, or by hand. */
export function AllocateModal({ payment, onClose }: { payment: PaymentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const refresh = useRefreshAfterPayment();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [mode, setMode] = useState<'oldest' | 'hand'>('oldest');
  const [drafts, setDrafts] = useState<AllocationDrafts>({});
  const [showInvalid, setShowInvalid] = useState(false);
  const open = useOpenInvoices(payment.startupId, todayIn(timezone));
  const currency = payment.unallocated.currency;
  const inCurrency = (open.data ?? []).filter((invoice) => invoice.balance.currency === currency);
  const allocations = mode === 'hand' ? allocationsOf(drafts, currency) : undefined;

  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/payments/{paymentId}/allocations', {
        params: { path: { slug, paymentId: payment.id }, header: { 'Idempotency-Key': idempotencyKey } },
        body: mode === 'hand' ? { allocations: allocations ?? [] } : {},
      })),
    onSuccess: (after) => {
      refresh();
      const added = after.allocated.amountMinor - payment.allocated.amountMinor;
      notifyDone(added > 0 ? t('payments.allocate.done') : t('payments.allocate.nothingDone'));
      onClose();
    },
  });
  const submit = () => {
    setShowInvalid(true);
    if (mode === 'hand' && (allocations === null || allocations === undefined || allocations.length === 0)) return;
    save.mutate();
  };
  const besideField = save.error instanceof ApiError && refusedInvoiceOf(save.error) !== null && mode === 'hand';
  const noneTyped = mode === 'hand' && showInvalid && allocations !== null && allocations !== undefined && allocations.length === 0;

  return (
    <Modal opened onClose={onClose} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('payments.allocate.title', { reference: payment.bankReference })}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Stack>
          <Text size="sm">{t('payments.allocate.left')} <Text span fw={700}><MoneyText value={payment.unallocated} /></Text></Text>
          <Radio.Group label={t('payments.allocate.how')} value={mode} onChange={(value) => setMode(value as 'oldest' | 'hand')}>
            <Stack gap="xs" mt={4}>
              <Radio value="oldest" label={t('payments.allocate.oldest')} description={t('payments.allocate.oldestHint')} />
              <Radio value="hand" label={t('payments.allocate.hand')} description={t('payments.allocate.handHint')} />
            </Stack>
          </Radio.Group>
          {mode === 'oldest' && !open.isPending && inCurrency.length === 0 && <Text size="sm" c="dimmed">{t('payments.allocate.noOpen', { currency })}</Text>}
          {mode === 'hand' && (
            <AllocationInputs
              invoices={open.data}
              loading={open.isPending}
              currency={currency}
              drafts={drafts}
              onChange={setDrafts}
              available={payment.unallocated.amountMinor}
              error={save.error}
              showInvalid={showInvalid}
            />
          )}
          {noneTyped && <Text size="sm" c="red" role="alert">{t('payments.allocate.typeOne')}</Text>}
          {open.error && <ProblemAlert error={open.error} />}
          {!besideField && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending} disabled={mode === 'oldest' && !open.isPending && inCurrency.length === 0}>{t('payments.allocate.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
