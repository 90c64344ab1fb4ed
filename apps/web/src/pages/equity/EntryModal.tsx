import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useHolders, useInvalidateEquity, useShareClasses } from './queries';
import { EquityProblem, MoneyFields, todayIn, toMoney, useFormKey, type MoneyDraft } from './shared';

type Kind = Schemas['EquityEntryKind'];
const KINDS: Kind[] = ['issuance', 'transfer', 'cancellation'];

/** Issuance, transfer or cancellation, checked by the API against balances and the programme's stake rules. */
export function EntryModal({ startupId, onClose }: { startupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const key = useFormKey();
  const invalidate = useInvalidateEquity(startupId);
  const holders = useHolders(startupId);
  const classes = useShareClasses(startupId);
  const [kind, setKind] = useState<Kind>('issuance');
  const [date, setDate] = useState(() => todayIn(timezone));
  const [shareClassId, setShareClassId] = useState<string | null>(null);
  const [fromHolderId, setFromHolderId] = useState<string | null>(null);
  const [toHolderId, setToHolderId] = useState<string | null>(null);
  const [shares, setShares] = useState('');
  const [price, setPrice] = useState<MoneyDraft>({ text: '', currency: defaultCurrency });
  const [overrideReason, setOverrideReason] = useState('');
  const [note, setNote] = useState('');
  const classId = shareClassId ?? classes.data?.[0]?.id ?? null;
  const needsFrom = kind !== 'issuance';
  const needsTo = kind !== 'cancellation';

  const book = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/equity/entries', {
          params: { path: { slug, startupId }, header: { 'Idempotency-Key': key } },
          body: {
            kind,
            date,
            shareClassId: classId ?? '',
            fromHolderId: needsFrom ? fromHolderId ?? undefined : undefined,
            toHolderId: needsTo ? toHolderId ?? undefined : undefined,
            shares: shares.trim(),
            pricePerShare: price.text.trim() ? toMoney(price) ?? undefined : undefined,
            overrideReason: overrideReason.trim() || undefined,
            note: note.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'teal', message: t('equity.entry.booked'), closeButtonProps: { 'aria-label': t('actions.close') } });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(book.error);
  const holderOptions = (holders.data ?? []).map((holder) => ({ value: holder.id, label: `${holder.name} · ${t(`equity.holderKind.${holder.kind}`)}` }));
  const noClass = classes.isSuccess && classes.data.length === 0;
  const priceInvalid = price.text.trim() !== '' && toMoney(price) === null;

  return (
    <Modal opened onClose={onClose} title={t('equity.entry.title')} closeButtonProps={{ 'aria-label': t('actions.close') }} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          book.mutate();
        }}
      >
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="entry-kind">{t('equity.entry.kind')}</Text>
            <SegmentedControl aria-labelledby="entry-kind" value={kind} onChange={(value) => setKind(value as Kind)} data={KINDS.map((value) => ({ value, label: t(`equity.entryKind.${value}`) }))} />
          </Stack>
          <Group grow align="flex-start">
            <TextInput type="date" label={t('equity.entry.date')} description={t('equity.form.dateHint', { timezone })} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={fieldError('date')} />
            <Select
              label={t('equity.entry.shareClass')}
              required
              allowDeselect={false}
              data={(classes.data ?? []).map((cls) => ({ value: cls.id, label: cls.name === t(`equity.classKind.${cls.kind}`) ? cls.name : `${cls.name} · ${t(`equity.classKind.${cls.kind}`)}` }))}
              value={classId}
              onChange={setShareClassId}
              error={fieldError('shareClassId') ?? (noClass ? t('equity.entry.needClass') : undefined)}
            />
          </Group>
          <Group grow align="flex-start">
            {needsFrom && <Select label={t('equity.entry.from')} required data={holderOptions} value={fromHolderId} onChange={setFromHolderId} error={fieldError('fromHolderId')} searchable />}
            {needsTo && <Select label={t('equity.entry.to')} required data={holderOptions} value={toHolderId} onChange={setToHolderId} error={fieldError('toHolderId')} searchable />}
          </Group>
          <TextInput
            label={t('equity.entry.shares')}
            description={t('equity.form.sharesHint')}
            required
            inputMode="numeric"
            pattern="[0-9]*"
            value={shares}
            onChange={(event) => setShares(event.currentTarget.value)}
            error={fieldError('shares')}
          />
          <MoneyFields label={t('equity.entry.price')} description={t('equity.form.optional')} value={price} onChange={setPrice} error={fieldError('pricePerShare') ?? fieldError('pricePerShare.amountMinor')} />
          <Textarea label={t('equity.entry.override')} description={t('equity.entry.overrideHint')} autosize minRows={1} value={overrideReason} onChange={(event) => setOverrideReason(event.currentTarget.value)} error={fieldError('overrideReason')} />
          <TextInput label={t('equity.entry.note')} description={t('equity.form.optional')} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError('note')} />
          <EquityProblem error={book.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={book.isPending} disabled={noClass || priceInvalid}>{t('equity.entry.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
