import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useInvalidateEquity } from './queries';
import { EquityProblem, todayIn, useFormKey, useShares } from './shared';

/** Confirms and books the opposite entry; the original stays in the history. */
export function ReverseEntryModal({ startupId, entry, onClose }: { startupId: string; entry: Schemas['EquityEntryDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const shares = useShares();
  const key = useFormKey();
  const invalidate = useInvalidateEquity(startupId);
  const [date, setDate] = useState(() => todayIn(timezone));
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const reverse = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/equity/entries/{entryId}/reversal', {
          params: { path: { slug, startupId, entryId: entry.id }, header: { 'Idempotency-Key': key } },
          body: { date, note, overrideReason: overrideReason.trim() || undefined },
        }),
      ),
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'teal', message: t('equity.reverse.done'), closeButtonProps: { 'aria-label': t('actions.close') } });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(reverse.error);
  return (
    <Modal opened onClose={onClose} title={t('equity.reverse.title')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          reverse.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('equity.reverse.body', { shares: shares(entry.shares) })}</Text>
          <TextInput type="date" label={t('equity.reverse.date')} description={t('equity.form.dateHint', { timezone })} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={fieldError('date')} />
          <Textarea label={t('equity.reverse.note')} description={t('equity.reverse.noteHint')} required minLength={5} autosize minRows={2} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError('note')} />
          <Textarea label={t('equity.entry.override')} description={t('equity.entry.overrideHint')} autosize minRows={1} value={overrideReason} onChange={(event) => setOverrideReason(event.currentTarget.value)} error={fieldError('overrideReason')} />
          <EquityProblem error={reverse.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" color="red" loading={reverse.isPending}>{t('equity.reverse.confirm')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
