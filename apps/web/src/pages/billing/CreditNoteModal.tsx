import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { decimalToMinor, formatMoney } from '../../format';
import { useLocale } from '../../i18n';
import { billingKeys, notifyDone, type InvoiceDetail } from './queries';

/** The open balance a CREDIT_EXCEEDS_BALANCE problem names (null for any other error). */
function exceededBalanceOf(error: unknown): number | null | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CREDIT_EXCEEDS_BALANCE') return undefined;
  const balance: unknown = (error.problem as Record<string, unknown>).balanceMinor;
  return typeof balance === 'number' ? balance : null;
}

/**
 * A credit note against an invoice: the amount typed in major units (turned into minor units
 * exactly, never through a float) in the invoice's currency, and a reason. More than is open is
 * refused by the API (CREDIT_EXCEEDS_BALANCE), shown beside the amount; nothing is written then.
 */
export function CreditNoteModal({ invoice, onClose }: { invoice: InvoiceDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const currency = invoice.total.currency;
  const minor = decimalToMinor(amount, currency);
  const valid = minor !== null && minor > 0;
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/invoices/{invoiceId}/credit-notes', {
        params: { path: { slug, invoiceId: invoice.id }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { amountMinor: minor ?? 0, reason: reason.trim() },
      })),
    onSuccess: (creditNote) => {
      void queryClient.invalidateQueries({ queryKey: billingKeys.invoices(slug) });
      notifyDone(t('billing.credit.done', { number: creditNote.number }));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const exceeded = exceededBalanceOf(save.error);
  const amountError =
    fieldError('amountMinor') ??
    (exceeded === undefined ? undefined : exceeded === null ? t('billing.credit.exceedsPlain') : t('billing.credit.exceeds', { amount: formatMoney({ amountMinor: exceeded, currency }, locale) })) ??
    ((submitted || amount) && !valid ? t('billing.credit.invalid') : undefined);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('billing.credit.title', { number: invoice.number })}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (valid && reason.trim()) save.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('billing.credit.intro')}</Text>
          <Text size="sm" fw={600}>{t('billing.credit.balance', { amount: formatMoney(invoice.balance, locale) })}</Text>
          <TextInput
            label={t('billing.credit.amount', { currency })}
            required
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(event) => {
              setAmount(event.currentTarget.value);
              if (exceeded !== undefined) save.reset();
            }}
            error={amountError}
          />
          <Textarea
            label={t('billing.credit.reason')}
            description={t('billing.credit.reasonHint')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldError('reason') ?? (submitted && !reason.trim() ? t('billing.credit.reasonRequired') : undefined)}
          />
          {exceeded === undefined && <ProblemAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('billing.credit.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
