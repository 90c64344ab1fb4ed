import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
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
import { today } from './money';
import { grantsKey } from './queries';

/** Records a payable tranche as paid, with the day and the bank's reference: the form is the confirmation step. */
export function DisburseTrancheModal({ grant, tranche, onClose }: { grant: Schemas['GrantDto']; tranche: Schemas['GrantTrancheDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  // One key per opening of the form: a double click or a retry replays instead of paying twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [disbursedOn, setDisbursedOn] = useState(() => today(timezone));
  const [bankReference, setBankReference] = useState('');
  const amount = formatMoney(tranche.amount, locale);

  const disburse = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/grants/{grantId}/tranches/{trancheId}/disburse', {
          params: { path: { slug, grantId: grant.id, trancheId: tranche.id }, header: { 'Idempotency-Key': idempotencyKey } },
          body: { disbursedOn, bankReference },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: grantsKey(slug, grant.startupId) });
      notifyDone(t('funding.disburse.done'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(disburse.error);

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('funding.disburse.title', { position: tranche.position, amount })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          disburse.mutate();
        }}
      >
        <Stack>
          <TextInput type="date" label={t('funding.disburse.disbursedOn')} description={t('funding.disburse.disbursedOnHint')} required value={disbursedOn} onChange={(event) => setDisbursedOn(event.currentTarget.value)} error={fieldError('disbursedOn')} />
          <TextInput label={t('funding.disburse.bankReference')} required maxLength={100} value={bankReference} onChange={(event) => setBankReference(event.currentTarget.value)} error={fieldError('bankReference')} />
          <Alert color="yellow" variant="light">{t('funding.disburse.confirmText', { amount })}</Alert>
          <FundingProblem error={disburse.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={disburse.isPending}>{t('funding.disburse.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
