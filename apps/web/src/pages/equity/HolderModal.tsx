import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useInvalidateEquity } from './queries';
import { EquityProblem, useFormKey } from './shared';

type Kind = Schemas['NewHolderKind'];
const KINDS: Kind[] = ['founder', 'investor', 'option_pool'];

/** A founder (linked to their account), an outside investor or an option pool; the organization is always a holder. */
export function HolderModal({ startupId, founders, onClose }: { startupId: string; founders: Schemas['StartupFounderDto'][]; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const key = useFormKey();
  const invalidate = useInvalidateEquity(startupId);
  const [kind, setKind] = useState<Kind>('investor');
  const [name, setName] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/startups/{startupId}/holders', {
          params: { path: { slug, startupId }, header: { 'Idempotency-Key': key } },
          body: { kind, name, userId: kind === 'founder' ? userId ?? undefined : undefined },
        }),
      ),
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'teal', message: t('equity.holder.added'), closeButtonProps: { 'aria-label': t('actions.close') } });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(create.error);
  return (
    <Modal opened onClose={onClose} title={t('equity.holder.title')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">{t('equity.holder.organizationNote')}</Text>
          <Select
            label={t('equity.holder.kind')}
            required
            allowDeselect={false}
            data={KINDS.map((value) => ({ value, label: t(`equity.holderKind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as Kind)}
            error={fieldError('kind')}
          />
          {kind === 'founder' && (
            <Select
              label={t('equity.holder.founder')}
              description={t('equity.holder.founderHint')}
              data={founders.map((founder) => ({ value: founder.userId, label: `${founder.name} (${founder.email})` }))}
              value={userId}
              onChange={(value) => {
                setUserId(value);
                const founder = founders.find((candidate) => candidate.userId === value);
                if (founder && !name) setName(founder.name);
              }}
              nothingFoundMessage={t('equity.holder.noFounders')}
              error={fieldError('userId')}
            />
          )}
          <TextInput label={t('equity.holder.name')} required value={name} onChange={(event) => setName(event.currentTarget.value)} error={fieldError('name')} />
          <EquityProblem error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('actions.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
