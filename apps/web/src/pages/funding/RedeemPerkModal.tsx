import { useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { formatMoney } from '../../format';
import { useLocale } from '../../i18n';
import { FundingProblem } from './FundingProblem';
import { notifyDone } from './notify';
import { convertAtRate, RATE_PATTERN, today } from './money';
import { redemptionsKey, usePerks } from './queries';

type Enrolment = Schemas['TimelineEnrolmentDto'];
type Usage = Schemas['PerkCapUsageDto'];

/**
 * Redeems a catalogue perk against the current year's cap. A perk in another currency than the cap
 * needs a rate with its source and date; the converted amount is shown before sending.
 */
export function RedeemPerkModal({ startupId, startupName, enrolments, usage, onClose }: { startupId: string; startupName: string; enrolments: Enrolment[]; usage: Usage[]; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const perks = usePerks('true');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [enrolmentId, setEnrolmentId] = useState(enrolments[0]?.enrolment.id ?? '');
  const [perkId, setPerkId] = useState<string | null>(null);
  const [rate, setRate] = useState('');
  const [rateSource, setRateSource] = useState('');
  const [rateOn, setRateOn] = useState(() => today(timezone));
  const [note, setNote] = useState('');

  const perk = perks.data?.items.find((p) => p.id === perkId);
  const year = usage.find((u) => u.enrolmentId === enrolmentId && u.current);
  const cap = year?.cap ?? null;
  const needsRate = Boolean(perk && cap && perk.value.currency !== cap.currency);
  const rateValid = RATE_PATTERN.test(rate) && /[1-9]/.test(rate);
  const charged = !perk || !cap ? null : needsRate ? (rateValid ? convertAtRate(perk.value.amountMinor, perk.value.currency, cap.currency, rate) : null) : perk.value.amountMinor;
  const over = charged !== null && year?.remaining ? charged > year.remaining.amountMinor : false;

  const redeem = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/perk-redemptions', {
          params: { path: { slug, startupId }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { perkId: perkId!, enrolmentId, ...(needsRate ? { rate, rateSource, rateOn } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: redemptionsKey(slug, startupId) });
      notifyDone(t('funding.redeem.done'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(redeem.error);
  const activePerks = perks.data?.items ?? [];

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('funding.redeem.title', { name: startupName })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (perkId) redeem.mutate();
        }}
      >
        <Stack>
          {enrolments.length > 1 && (
            <Select label={t('funding.redeem.enrolment')} required allowDeselect={false} data={enrolments.map((e) => ({ value: e.enrolment.id, label: e.cohort.name }))} value={enrolmentId} onChange={(value) => value && setEnrolmentId(value)} />
          )}
          {year && cap && year.remaining && (
            <Text size="sm">{t('funding.redeem.capLeft', { used: formatMoney(year.used, locale), cap: formatMoney(cap, locale), remaining: formatMoney(year.remaining, locale) })}</Text>
          )}
          {year && !cap && <Alert color="yellow" variant="light">{t('funding.redeem.noCap')}</Alert>}
          {perks.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
          <FundingProblem error={perks.error} />
          {perks.data && activePerks.length === 0 && <Alert color="yellow" variant="light">{t('funding.redeem.noPerks')}</Alert>}
          <Select
            label={t('funding.redeem.perk')}
            required
            searchable
            data={activePerks.map((p) => ({ value: p.id, label: `${p.partner} — ${formatMoney(p.value, locale)}` }))}
            value={perkId}
            onChange={setPerkId}
            error={fieldError('perkId')}
            comboboxProps={{ withinPortal: true }}
          />
          {perk && <Text size="sm" c="dimmed">{perk.description}</Text>}
          {needsRate && perk && cap && (
            <>
              <Alert color="blue" variant="light">{t('funding.redeem.rateNeeded', { perk: perk.value.currency, cap: cap.currency })}</Alert>
              <Group align="flex-start" grow wrap="wrap">
                <TextInput
                  label={t('funding.redeem.rate', { perk: perk.value.currency, cap: cap.currency })}
                  description={t('funding.redeem.rateHint')}
                  required
                  inputMode="decimal"
                  value={rate}
                  onChange={(event) => setRate(event.currentTarget.value.trim())}
                  error={(rate && !rateValid ? t('funding.redeem.rateInvalid') : undefined) ?? fieldError('rate')}
                />
                <TextInput label={t('funding.redeem.rateSource')} description={t('funding.redeem.rateSourceHint')} required maxLength={200} value={rateSource} onChange={(event) => setRateSource(event.currentTarget.value)} error={fieldError('rateSource')} />
                <TextInput type="date" label={t('funding.redeem.rateOn')} required value={rateOn} onChange={(event) => setRateOn(event.currentTarget.value)} error={fieldError('rateOn')} />
              </Group>
            </>
          )}
          {perk && cap && charged !== null && (
            <Alert color={over ? 'orange' : 'teal'} variant="light" aria-live="polite" data-testid="redeem-charge">
              <Text size="sm">
                {needsRate
                  ? t('funding.redeem.converted', { charged: formatMoney({ amountMinor: charged, currency: cap.currency }, locale), value: formatMoney(perk.value, locale), rate })
                  : t('funding.redeem.counts', { charged: formatMoney({ amountMinor: charged, currency: cap.currency }, locale) })}
              </Text>
              {over && <Text size="sm" fw={600}>{t('funding.redeem.overCap')}</Text>}
            </Alert>
          )}
          <Textarea label={t('funding.redeem.note')} autosize minRows={1} maxLength={500} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldError('note')} />
          <FundingProblem error={redeem.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={redeem.isPending} disabled={!perkId || (needsRate && (!rateValid || !rateSource.trim() || !rateOn))}>{t('funding.redeem.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
