import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';
import { dayIn } from './queries';

type Action = Schemas['ProgrammeActionDto'];
type Resolution = Schemas['ActionResolution'];

/** The resolutions ResolveActionDto allows per kind. */
const ALLOWED: Record<Schemas['ActionKind'], Resolution[]> = {
  graduation_review: ['graduated', 'extended', 'failed'],
  equity_stake: ['confirmed', 'dismissed'],
};

export function ResolveActionModal({ action, onClose }: { action: Action; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState<Resolution>(ALLOWED[action.kind][0]);
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(dayIn(new Date(), timezone));
  const [extendUntil, setExtendUntil] = useState('');

  const resolve = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/organizations/{slug}/programme-actions/{actionId}/resolve', {
          params: { path: { slug, actionId: action.id } },
          body: { resolution, reason, effectiveOn, ...(resolution === 'extended' ? { extendUntil } : {}) },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'actions'] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'cohorts', action.cohortId] });
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups'] });
      notifications.show({ color: 'teal', message: t('cohorts.actions.done') });
      onClose();
    },
  });
  const fieldError = fieldErrorsOf(resolve.error);
  const kind = t(`cohorts.actions.kinds.${action.kind}`);

  return (
    <Modal opened onClose={onClose} title={t('cohorts.actions.resolveTitle', { kind, name: action.startupName })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          resolve.mutate();
        }}
      >
        <Stack>
          <Select
            label={t('cohorts.actions.resolution')}
            required
            allowDeselect={false}
            data={ALLOWED[action.kind].map((value) => ({ value, label: t(`cohorts.actions.resolutions.${value}`) }))}
            value={resolution}
            onChange={(value) => value && setResolution(value as Resolution)}
            error={fieldError('resolution')}
          />
          <Textarea label={t('cohorts.actions.reason')} required autosize minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError('reason')} />
          <TextInput
            type="date"
            label={t('cohorts.actions.effectiveOn')}
            description={t('cohorts.timezoneHint', { timezone })}
            required
            value={effectiveOn}
            onChange={(event) => setEffectiveOn(event.currentTarget.value)}
            error={fieldError('effectiveOn')}
          />
          {resolution === 'extended' && (
            <TextInput type="date" label={t('cohorts.actions.extendUntil')} required value={extendUntil} onChange={(event) => setExtendUntil(event.currentTarget.value)} error={fieldError('extendUntil')} />
          )}
          <Alert color="yellow" variant="light">{t('cohorts.actions.confirmText')}</Alert>
          <ProblemAlert error={resolve.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" loading={resolve.isPending}>{t('actions.confirm')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
