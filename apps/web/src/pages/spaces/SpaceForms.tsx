import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert, useProblemMessage } from '../../components/problem';
import { decimalToMinor } from '../../format';
import { notifyDone, spaceKeys, todayIn } from './queries';

export const SPACE_KINDS: Schemas['SpaceKind'][] = ['office', 'incubation_room', 'desk_area', 'meeting_room', 'training_room'];

function useDone(message: string, onClose: () => void) {
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: spaceKeys.all(slug) });
    notifyDone(message);
    onClose();
  };
}

function Buttons({ onClose, pending, label }: { onClose: () => void; pending: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
      <Button type="submit" loading={pending}>{label}</Button>
    </Group>
  );
}

export function NewSiteModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const done = useDone(t('spaces.site.added'), onClose);
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/sites', { params: { path: { slug } }, body: { name, address: address || undefined } })),
    onSuccess: done,
  });
  const fieldError = fieldErrorsOf(save.error);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('spaces.site.new')}>
      <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
        <Stack>
          <TextInput label={t('spaces.site.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} />
          <TextInput label={t('spaces.site.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={fieldError('address')} />
          <ProblemAlert error={save.error} />
          <Buttons onClose={onClose} pending={save.isPending} label={t('spaces.site.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}

export function NewSpaceModal({ sites, onClose }: { sites: Schemas['SiteDto'][]; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [siteId, setSiteId] = useState<string | null>(sites[0]?.id ?? null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Schemas['SpaceKind']>('office');
  const [areaM2, setArea] = useState<number | string>('');
  const [capacity, setCapacity] = useState<number | string>('');
  const done = useDone(t('spaces.space.added'), onClose);
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/spaces', { params: { path: { slug } }, body: { siteId: siteId ?? '', name, kind, areaM2: Number(areaM2), capacity: Number(capacity) } })),
    onSuccess: done,
  });
  const fieldError = fieldErrorsOf(save.error);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('spaces.space.new')}>
      <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
        <Stack>
          <Select label={t('spaces.space.site')} required data={sites.map((s) => ({ value: s.id, label: s.name }))} value={siteId} onChange={setSiteId} error={fieldError('siteId')} />
          <TextInput label={t('spaces.space.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldError('name')} />
          <Select label={t('spaces.space.kind')} required data={SPACE_KINDS.map((value) => ({ value, label: t(`spaces.kinds.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as Schemas['SpaceKind'])} error={fieldError('kind')} />
          <NumberInput label={t('spaces.space.area')} required min={0} decimalScale={2} value={areaM2} onChange={setArea} error={fieldError('areaM2')} />
          <NumberInput label={kind === 'desk_area' ? t('spaces.space.desks') : t('spaces.space.seats')} required min={1} allowDecimal={false} value={capacity} onChange={setCapacity} error={fieldError('capacity')} />
          <ProblemAlert error={save.error} />
          <Buttons onClose={onClose} pending={save.isPending} label={t('spaces.space.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The space's currency that RATE_CURRENCY_CHANGED names (its rates changed since the page loaded). */
function rateCurrencyOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'RATE_CURRENCY_CHANGED') return null;
  const currency: unknown = (error.problem as Record<string, unknown>).currency;
  return typeof currency === 'string' ? currency : null;
}

export function NewRateModal({ space, onClose }: { space: Schemas['SpaceDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const queryClient = useQueryClient();
  const problemMessage = useProblemMessage();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [effectiveFrom, setFrom] = useState(todayIn(timezone));
  const [basis, setBasis] = useState<Schemas['RateBasis']>('per_month');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(space.rates.at(-1)?.amount.currency ?? defaultCurrency);
  const minor = decimalToMinor(amount, currency);
  const done = useDone(t('spaces.rate.added'), onClose);
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/spaces/{spaceId}/rates', {
        params: { path: { slug, spaceId: space.id }, header: { 'Idempotency-Key': idempotencyKey } },
        body: { effectiveFrom, basis, amount: { amountMinor: minor ?? 0, currency } },
      })),
    onSuccess: done,
    onError: (error) => {
      // Someone gave the space rates in another currency meanwhile: ask again, in theirs.
      const theirs = rateCurrencyOf(error);
      if (theirs === null) return;
      setCurrency(theirs);
      setAmount('');
      void queryClient.invalidateQueries({ queryKey: spaceKeys.spaces(slug) });
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const code = save.error instanceof ApiError ? save.error.code : null;
  const besideField = code === 'RATE_EXISTS' || code === 'RATE_CURRENCY_CHANGED';
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('spaces.rate.new', { name: space.name })}>
      <form onSubmit={(event) => { event.preventDefault(); if (minor !== null) save.mutate(); }}>
        <Stack>
          <TextInput type="date" label={t('spaces.rate.from')} required value={effectiveFrom} onChange={(e) => setFrom(e.currentTarget.value)} error={fieldError('effectiveFrom') ?? (code === 'RATE_EXISTS' ? problemMessage(save.error) : undefined)} />
          <Select label={t('spaces.rate.basis')} required data={(['per_month', 'per_m2_month'] as const).map((value) => ({ value, label: t(`spaces.basis.${value}`) }))} value={basis} onChange={(value) => value && setBasis(value as Schemas['RateBasis'])} />
          <TextInput label={t('spaces.rate.amount', { currency })} required inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={fieldError('amount.amountMinor') ?? (code === 'RATE_CURRENCY_CHANGED' ? problemMessage(save.error) : amount && minor === null ? t('spaces.rate.invalid') : undefined)} />
          {!besideField && <ProblemAlert error={save.error} />}
          <Buttons onClose={onClose} pending={save.isPending} label={t('spaces.rate.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
