import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useHolders, useInvalidateEquity, useShareClasses } from './queries';
import { EquityProblem, MoneyFields, todayIn, toMoney, useFormKey, type MoneyDraft } from './shared';

type Instrument = Schemas['Instrument'];
const INSTRUMENTS: Instrument[] = ['equity', 'safe', 'convertible_note'];

/** An investment by the organization or an outside investor; equity books its issuance in the same transaction. */
export function InvestmentModal({ startupId, onClose }: { startupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const key = useFormKey();
  const invalidate = useInvalidateEquity(startupId);
  const holders = useHolders(startupId);
  const classes = useShareClasses(startupId);
  const [investorHolderId, setInvestor] = useState<string | null>(null);
  const [instrument, setInstrument] = useState<Instrument>('equity');
  const [amount, setAmount] = useState<MoneyDraft>({ text: '', currency: defaultCurrency });
  const [preMoney, setPreMoney] = useState('');
  const [date, setDate] = useState(() => todayIn(timezone));
  const [shareClassId, setShareClassId] = useState<string | null>(null);
  const [shares, setShares] = useState('');
  const [conversionShares, setConversionShares] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const equity = instrument === 'equity';
  const amountMoney = toMoney(amount);
  const preMoneyMoney = toMoney({ text: preMoney, currency: amount.currency });

  const record = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/investments', {
          params: { path: { slug, startupId }, header: { 'Idempotency-Key': key } },
          body: {
            investorHolderId: investorHolderId ?? '',
            instrument,
            amount: amountMoney ?? { amountMinor: 0, currency: amount.currency },
            preMoneyValuation: preMoneyMoney ?? { amountMinor: 0, currency: amount.currency },
            date,
            shareClassId: equity ? shareClassId ?? undefined : undefined,
            shares: equity && shares.trim() ? shares.trim() : undefined,
            conversionShares: !equity && conversionShares.trim() ? conversionShares.trim() : undefined,
            overrideReason: overrideReason.trim() || undefined,
          },
        }),
      ),
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'teal', message: t('equity.investment.recorded'), closeButtonProps: { 'aria-label': t('actions.close') } });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(record.error);
  const investors = (holders.data ?? []).filter((holder) => holder.kind === 'organization' || holder.kind === 'investor');

  return (
    <Modal opened onClose={onClose} title={t('equity.investment.title')} closeButtonProps={{ 'aria-label': t('actions.close') }} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <Stack>
          <Group grow align="flex-start">
            <Select
              label={t('equity.investment.investor')}
              required
              data={investors.map((holder) => ({ value: holder.id, label: `${holder.name} · ${t(`equity.holderKind.${holder.kind}`)}` }))}
              value={investorHolderId}
              onChange={setInvestor}
              error={fieldError('investorHolderId')}
            />
            <Select
              label={t('equity.investment.instrument')}
              required
              allowDeselect={false}
              data={INSTRUMENTS.map((value) => ({ value, label: t(`equity.instrument.${value}`) }))}
              value={instrument}
              onChange={(value) => value && setInstrument(value as Instrument)}
              error={fieldError('instrument')}
            />
          </Group>
          <MoneyFields label={t('equity.investment.amount')} required value={amount} onChange={setAmount} error={fieldError('amount') ?? fieldError('amount.amountMinor')} />
          <TextInput
            label={`${t('equity.investment.preMoney')} (${amount.currency})`}
            description={t('equity.investment.preMoneyHint')}
            required
            inputMode="decimal"
            value={preMoney}
            onChange={(event) => setPreMoney(event.currentTarget.value)}
            error={fieldError('preMoneyValuation') ?? fieldError('preMoneyValuation.amountMinor') ?? (preMoney.trim() && !preMoneyMoney ? t('equity.form.invalidAmount') : undefined)}
          />
          <TextInput type="date" label={t('equity.investment.date')} description={t('equity.form.dateHint', { timezone })} required value={date} onChange={(event) => setDate(event.currentTarget.value)} error={fieldError('date')} />
          {equity ? (
            <Group grow align="flex-start">
              <Select
                label={t('equity.investment.shareClass')}
                description={t('equity.investment.shareClassHint')}
                data={(classes.data ?? []).map((cls) => ({ value: cls.id, label: cls.name === t(`equity.classKind.${cls.kind}`) ? cls.name : `${cls.name} · ${t(`equity.classKind.${cls.kind}`)}` }))}
                value={shareClassId}
                onChange={setShareClassId}
                clearable
                error={fieldError('shareClassId')}
              />
              <TextInput label={t('equity.investment.shares')} description={t('equity.investment.sharesHint')} inputMode="numeric" value={shares} onChange={(event) => setShares(event.currentTarget.value)} error={fieldError('shares')} />
            </Group>
          ) : (
            <TextInput label={t('equity.investment.conversionShares')} description={t('equity.investment.conversionHint')} inputMode="numeric" value={conversionShares} onChange={(event) => setConversionShares(event.currentTarget.value)} error={fieldError('conversionShares')} />
          )}
          <Textarea label={t('equity.entry.override')} description={t('equity.entry.overrideHint')} autosize minRows={1} value={overrideReason} onChange={(event) => setOverrideReason(event.currentTarget.value)} error={fieldError('overrideReason')} />
          <EquityProblem error={record.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={record.isPending} disabled={!amountMoney || !preMoneyMoney}>{t('equity.investment.record')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
