import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useProblemMessage } from '../../components/problem';

type Application = Schemas['ApplicationDto'];

/** Statuses the API lets the applicant withdraw from (accepted: declining the place). */
export const WITHDRAWABLE: Schemas['ApplicationStatus'][] = ['draft', 'submitted', 'under_review', 'shortlisted', 'waitlisted', 'accepted'];

export function WithdrawButton({ slug, application }: { slug: string; application: Application }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const queryClient = useQueryClient();
  const problem = useProblemMessage();
  const declining = application.status === 'accepted';
  const withdraw = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/applications/{applicationId}/withdraw', { params: { path: { slug, applicationId: application.id } } })),
    onSuccess: (withdrawn) => {
      queryClient.setQueryData([slug, 'applications', application.id], withdrawn);
      void queryClient.invalidateQueries({ queryKey: ['account', 'applications'] });
      notifications.show({ color: 'teal', message: t('account.application.withdrawn') });
      close();
    },
  });
  if (!WITHDRAWABLE.includes(application.status)) return null;
  return (
    <>
      <Button variant="outline" color="red" onClick={open}>{declining ? t('account.application.declinePlace') : t('account.application.withdraw')}</Button>
      <Modal opened={opened} onClose={close} title={t('account.application.withdrawTitle')} centered>
        <Stack>
          <Text size="sm">{declining ? t('account.application.declineBody') : t('account.application.withdrawBody')}</Text>
          {withdraw.error && <Alert color="red" role="alert">{problem(withdraw.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
            <Button color="red" onClick={() => withdraw.mutate()} loading={withdraw.isPending}>{t('account.application.withdrawConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
