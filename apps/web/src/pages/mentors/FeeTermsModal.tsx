import { useState } from 'react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { MentorProblem } from './MentorProblem';
import { MoneyInput, minorOf, type MoneyDraft } from '../../components/MoneyInput';
import { notifyDone } from './notify';
import { keys } from './queries';

const GENERAL = 'general';

/** Success-fee terms: a fixed amount per startup that turns successful, in general or for one programme. */
export function FeeTermsModal({ profile, programmes, onClose }: { profile: Schemas['MentorProfileDetailDto']; programmes: { value: string; label: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, defaultCurrency } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [programmeId, setProgrammeId] = useState<string>(GENERAL);
  const [money, setMoney] = useState<MoneyDraft>({ text: '', currency: defaultCurrency });
  const [checked, setChecked] = useState(false);

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/mentor-profiles/{profileId}/fee-terms', {
          params: { path: { slug, profileId: profile.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { amount: { amountMinor: minorOf(money)!, currency: money.currency }, ...(programmeId === GENERAL ? {} : { programmeId }) },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.profiles(slug) });
      notifyDone(t('mentors.fees.added'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.fees.addTitle', { name: profile.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (minorOf(money) !== null) save.mutate();
        }}
      >
        <Stack>
          <Select label={t('mentors.fees.programme')} allowDeselect={false} data={[{ value: GENERAL, label: t('mentors.fees.general') }, ...programmes]} value={programmeId} onChange={(value) => value && setProgrammeId(value)} error={fieldError('programmeId')} />
          <MoneyInput label={t('mentors.fees.amount')} value={money} onChange={setMoney} showInvalid={checked} error={fieldError('amount.amountMinor')} />
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
