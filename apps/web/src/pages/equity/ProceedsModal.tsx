import { useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useInvalidateEquity } from './queries';
import { EquityProblem, MoneyFields, todayIn, toMoney, useFormKey, type MoneyDraft } from './shared';

/** Money the organization got back from the startup (an exit, a sale of its shares). */
export function ProceedsModal({ startupId, onClose }: { startupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const key = useFormKey();
  const invalidate = useInvalidateEquity(startupId);
  const [amount, setAmount] = useState<MoneyDraft>({ text: '', currency: defaultCurrency });
  const [date, setDate] = useState(() => todayIn(timezone));
  const [note, setNote] = useState('');
  const money = toMoney(amount);
  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/proceeds', {
          params: { path: { slug, startupId }, header: { 'Idempotency-Key': key } },
          body: { amount: money ?? { amountMinor: 0, currency: amount.currency }, date, note: note.trim() || undefined },
        }),
      ),
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'teal', message: t('equity.proceeds.recorded'), closeButtonProps: { 'aria-label': t('actions.close') } });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(record.error);
  return (
    <Modal opened onClose={onClose} title={t('equity.proceeds.title')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <Stack>
          <MoneyFields label={t('equity.proceeds.amount')} required value={amount} onChange={setAmount} error={fieldError('amount') ?? fieldError('amount.amountMinor')} />
          <TextInput type="date" label={t('equity.proceeds.date')} description={t('equity.form.dateHint', { timezone })} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={fieldError('date')} />
          <TextInput label={t('equity.proceeds.note')} description={t('equity.proceeds.noteHint')} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError('note')} />
          <EquityProblem error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={record.isPending} disabled={!money}>{t('equity.proceeds.record')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
