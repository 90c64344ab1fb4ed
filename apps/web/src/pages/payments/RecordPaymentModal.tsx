import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { AllocationInputs, allocationsOf, refusedInvoiceOf, type AllocationDrafts } from './AllocationInputs';
import { AllocationsTable } from './AllocationsTable';
import { MoneyInput, minorOf, type MoneyDraft } from '../../components/MoneyInput';
import { notifyDone, todayIn, useOpenInvoices, useRefreshAfterPayment, useStartupOptions, type PaymentDetail } from './queries';

/** The payment that holds a bank reference already (PAYMENT_DUPLICATE names it). */
function duplicateOf(error: unknown): string | null | undefined {
  if (!(error instanceof ApiError) || error.code !== 'PAYMENT_DUPLICATE') return undefined;
  const paymentId: unknown = (error.problem as Record<string, unknown>).paymentId;
  return typeof paymentId === 'string' ? paymentId : null;
}

/**
 * Records money a startup paid: the day it arrived (not after today), the amount and currency,
 * the bank reference (once per organization) and a note. Left as it is, the server sets it against
 * the startup's open invoices oldest first; "allocate by hand" names the invoices and amounts.
 * After saving, the modal shows where the money went.
 */
export function RecordPaymentModal({ startupId: initialStartup, onClose }: { startupId?: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const refresh = useRefreshAfterPayment();
  const today = todayIn(timezone);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const startups = useStartupOptions();
  const [startupId, setStartupId] = useState<string | null>(initialStartup ?? null);
  const [receivedOn, setReceivedOn] = useState(today);
  const [money, setMoney] = useState<MoneyDraft>({ text: '', currency: defaultCurrency });
  const [bankReference, setBankReference] = useState('');
  const [note, setNote] = useState('');
  const [byHand, setByHand] = useState(false);
  const [drafts, setDrafts] = useState<AllocationDrafts>({});
  const [showInvalid, setShowInvalid] = useState(false);
  const [saved, setSaved] = useState<PaymentDetail | null>(null);
  const open = useOpenInvoices(byHand ? startupId : null, today);
  const amountMinor = minorOf(money);
  const allocations = byHand ? allocationsOf(drafts, money.currency) : [];
  const future = receivedOn > today;

  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/payments', {
        params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } },
        body: {
          startupId: startupId ?? '',
          receivedOn,
          amount: { amountMinor: amountMinor ?? 0, currency: money.currency },
          bankReference,
          note: note.trim() || undefined,
          allocations: byHand ? (allocations ?? []) : undefined,
        },
      })),
    onSuccess: (payment) => {
      refresh();
      notifyDone(t('payments.record.done', { reference: payment.bankReference }));
      setSaved(payment);
    },
  });

  const submit = () => {
    setShowInvalid(true);
    if (!startupId || amountMinor === null || future || !bankReference.trim() || allocations === null) return;
    save.mutate();
  };
  const again = () => {
    setSaved(null);
    save.reset();
    setIdempotencyKey(crypto.randomUUID());
    setMoney({ text: '', currency: money.currency });
    setBankReference('');
    setNote('');
    setDrafts({});
    setShowInvalid(false);
  };

  const fieldError = fieldErrorsOf(save.error);
  const duplicate = duplicateOf(save.error);
  const besideField = duplicate !== undefined || (save.error instanceof ApiError && save.error.code === 'ALLOCATION_EXCEEDS_BALANCE' && refusedInvoiceOf(save.error) !== null);

  if (saved) {
    return (
      <Modal opened onClose={onClose} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('payments.record.savedTitle', { reference: saved.bankReference })}>
        <Stack data-testid="record-result">
          <Text size="sm">
            {t('payments.record.savedBody', { startup: saved.startupName })} <Text span fw={700}><MoneyText value={saved.amount} /></Text>
          </Text>
          <AllocationsTable payment={saved} withTime={false} />
          <Group justify="flex-end">
            <Button variant="default" onClick={again}>{t('payments.record.another')}</Button>
            <Button variant="light" component={Link} to={`/o/${slug}/payments/${saved.id}`}>{t('payments.record.open')}</Button>
            <Button onClick={onClose}>{t('actions.close')}</Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <Modal opened onClose={onClose} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('payments.record.title')}>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Stack>
          <Select
            label={t('payments.fields.startup')}
            required
            searchable
            data={(startups.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={startupId}
            onChange={(value) => { setStartupId(value); setDrafts({}); }}
            error={fieldError('startupId') ?? (showInvalid && !startupId ? t('payments.record.chooseStartup') : undefined)}
          />
          <TextInput
            type="date"
            label={t('payments.fields.receivedOn')}
            description={t('payments.record.receivedOnHint', { zone: timezone })}
            required
            max={today}
            value={receivedOn}
            onChange={(event) => setReceivedOn(event.currentTarget.value)}
            error={fieldError('receivedOn') ?? (future ? t('payments.record.notFuture') : showInvalid && !receivedOn ? t('payments.record.dayNeeded') : undefined)}
          />
          <MoneyInput
            label={t('payments.fields.amount')}
            value={money}
            onChange={(next) => { setMoney(next); if (next.currency !== money.currency) setDrafts({}); }}
            error={fieldError('amount.amountMinor') ?? fieldError('amount.currency')}
            showInvalid={showInvalid}
          />
          <div>
            <TextInput
              label={t('payments.fields.bankReference')}
              description={t('payments.record.referenceHint')}
              required
              value={bankReference}
              onChange={(event) => setBankReference(event.currentTarget.value)}
              error={fieldError('bankReference') ?? (duplicate !== undefined ? t('errors.PAYMENT_DUPLICATE') : showInvalid && !bankReference.trim() ? t('payments.record.referenceNeeded') : undefined)}
            />
            {duplicate && (
              <Anchor component={Link} to={`/o/${slug}/payments/${duplicate}`} size="sm">{t('payments.record.openDuplicate')}</Anchor>
            )}
          </div>
          <Textarea label={t('payments.fields.note')} autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError('note')} />
          <Checkbox
            label={t('payments.record.byHand')}
            description={t('payments.record.byHandHint')}
            checked={byHand}
            onChange={(event) => setByHand(event.currentTarget.checked)}
            disabled={!startupId}
          />
          {byHand && startupId && (
            <AllocationInputs
              invoices={open.data}
              loading={open.isPending}
              currency={money.currency}
              drafts={drafts}
              onChange={setDrafts}
              available={amountMinor}
              error={save.error}
              showInvalid={showInvalid}
            />
          )}
          {open.error && <ProblemAlert error={open.error} />}
          {!besideField && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('payments.record.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
