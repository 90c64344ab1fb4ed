import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { MoneyInput, minorOf, type MoneyDraft } from '../../components/MoneyInput';
import { notifyDone } from './notify';
import { keys, todayIn } from './queries';

/** A new hourly rate from a date: the earlier rate runs until the day before (nothing is overwritten). */
export function RateModal({ profile, onClose }: { profile: Schemas['MentorProfileDetailDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone, defaultCurrency } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [effectiveFrom, setEffectiveFrom] = useState(todayIn(timezone));
  const [money, setMoney] = useState<MoneyDraft>({ text: '', currency: profile.currentRate?.rate.currency ?? defaultCurrency });
  const [checked, setChecked] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/mentor-profiles/{profileId}/rates', {
          params: { path: { slug, profileId: profile.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { effectiveFrom, rate: { amountMinor: minorOf(money)!, currency: money.currency } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.profiles(slug) });
      notifyDone(t('mentors.rates.added'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.rates.addTitle', { name: profile.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (minorOf(money) !== null) save.mutate();
        }}
      >
        <Stack>
          <TextInput type="date" label={t('mentors.rates.from')} description={t('mentors.rates.fromHint', { zone: timezone })} required value={effectiveFrom} onChange={(event) => setEffectiveFrom(event.currentTarget.value)} error={fieldError('effectiveFrom')} />
          <MoneyInput label={t('mentors.rates.perHour')} value={money} onChange={setMoney} showInvalid={checked} error={fieldError('rate.amountMinor')} />
          {profile.currentRate && <Text size="sm" c="dimmed">{t('mentors.rates.neverOverwritten')}</Text>}
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('mentors.rates.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
