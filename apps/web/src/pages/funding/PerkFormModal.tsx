import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { decimalToMinor, minorToDecimal } from '../../format';
import { FundingProblem } from './FundingProblem';
import { notifyDone } from './notify';

const CURRENCIES = ['MNT', 'USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW'];

/** Adds a perk, or edits one (a new value applies to later redemptions only). */
export function PerkFormModal({ perk, onClose }: { perk?: Schemas['PerkDto']; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, defaultCurrency } = useOrganization();
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [partner, setPartner] = useState(perk?.partner ?? '');
  const [description, setDescription] = useState(perk?.description ?? '');
  const [currency, setCurrency] = useState(perk?.value.currency ?? defaultCurrency);
  const [amount, setAmount] = useState(perk ? minorToDecimal(perk.value.amountMinor, perk.value.currency) : '');
  const [checked, setChecked] = useState(false);
  const amountMinor = decimalToMinor(amount, currency);

  const save = useMutation({
    mutationFn: () => {
      const body = { partner, description, value: { amountMinor: amountMinor!, currency } };
      return perk
        ? unwrap(api.PATCH('/api/v1/organizations/{slug}/perks/{perkId}', { params: { path: { slug, perkId: perk.id } }, body }))
        : unwrap(api.POST('/api/v1/organizations/{slug}/perks', { params: { path: { slug }, header: { 'Idempotency-Key': idempotencyKey } }, body: { ...body, active: true } }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'perks'] });
      notifyDone(t(perk ? 'funding.catalogue.saved' : 'funding.catalogue.created'));
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(save.error);
  const currencies = CURRENCIES.includes(currency) ? CURRENCIES : [currency, ...CURRENCIES];

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={perk ? t('funding.catalogue.editTitle', { partner: perk.partner }) : t('funding.catalogue.addTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (amountMinor !== null && amountMinor >= 0) save.mutate();
        }}
      >
        <Stack>
          <TextInput label={t('funding.catalogue.partner')} required maxLength={200} value={partner} onChange={(event) => setPartner(event.currentTarget.value)} error={fieldError('partner')} />
          <Textarea label={t('funding.catalogue.perkDescription')} required autosize minRows={2} maxLength={2000} value={description} onChange={(event) => setDescription(event.currentTarget.value)} error={fieldError('description')} />
          <Group align="flex-start" grow>
            <TextInput
              label={t('funding.catalogue.amount')}
              required
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.currentTarget.value)}
              error={(checked && (amountMinor === null || amountMinor < 0) ? t('funding.award.invalidAmount') : undefined) ?? fieldError('value.amountMinor')}
              description={perk ? t('funding.catalogue.valueHint') : undefined}
            />
            <Select label={t('funding.catalogue.currency')} required allowDeselect={false} searchable data={currencies} value={currency} onChange={(value) => value && setCurrency(value)} error={fieldError('value.currency')} />
          </Group>
          <FundingProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
