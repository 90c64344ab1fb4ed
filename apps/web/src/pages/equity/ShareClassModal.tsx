import { useState } from 'react';
import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf } from '../../components/problem';
import { useInvalidateEquity } from './queries';
import { EquityProblem, useFormKey } from './shared';

export function ShareClassModal({ startupId, onClose }: { startupId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const key = useFormKey();
  const invalidate = useInvalidateEquity(startupId);
  const [name, setName] = useState('Common');
  const [kind, setKind] = useState<Schemas['ShareClassKind']>('common');
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{slug}/startups/{startupId}/share-classes', { params: { path: { slug, startupId }, header: { 'Idempotency-Key': key } }, body: { name, kind } })),
    onSuccess: () => {
      invalidate();
      notifications.show({ color: 'teal', message: t('equity.shareClass.added'), closeButtonProps: { 'aria-label': t('actions.close') } });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(create.error);
  return (
    <Modal opened onClose={onClose} title={t('equity.shareClass.title')} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <TextInput label={t('equity.shareClass.name')} required value={name} onChange={(event) => setName(event.currentTarget.value)} error={fieldError('name')} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="share-class-kind">{t('equity.shareClass.kind')}</Text>
            <SegmentedControl
              aria-labelledby="share-class-kind"
              value={kind}
              onChange={(value) => setKind(value as Schemas['ShareClassKind'])}
              data={(['common', 'preferred'] as const).map((value) => ({ value, label: t(`equity.classKind.${value}`) }))}
            />
            {fieldError('kind') && <Text size="xs" c="red">{fieldError('kind')}</Text>}
          </Stack>
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
