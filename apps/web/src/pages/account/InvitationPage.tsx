import { Alert, Button, Card, Center, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailOpened } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { session } from '../../session/session-store';
import { useMe, useSessionState } from '../../session/use-session';
import { useAccountProblemMessage } from './problem-message';

/** Answers after which accepting again cannot succeed. */
const FINAL = ['INVITATION_USED', 'INVITATION_EXPIRED', 'INVITATION_INVALID', 'INVITATION_EMAIL_MISMATCH', 'ALREADY_MEMBER'];

/** /invitations/:token (the emailed link): log in or register with the invited address, then accept. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { status } = useSessionState();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const problem = useAccountProblemMessage();
  const here = encodeURIComponent(location.pathname);

  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } } })),
    onSuccess: async (organization) => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      notifications.show({ color: 'teal', message: t('account.invitation.accepted', { organization: organization.name }) });
      navigate(`/o/${organization.slug}`);
    },
  });
  const code = accept.error instanceof ApiError ? accept.error.code : null;

  const switchAccount = async () => {
    await session.logOut();
    queryClient.clear();
    navigate(`/login?next=${here}`);
  };

  return (
    <Container size="sm" px={0}>
      <PageHeader title={t('account.invitation.title')} />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconMailOpened size={28} aria-hidden style={{ flexShrink: 0 }} />
            <Text>{t('account.invitation.intro')}</Text>
          </Group>
          {status === 'unknown' || (status === 'authenticated' && me.isPending) ? (
            <Center><Loader size="sm" aria-label={t('app.loading')} /></Center>
          ) : status === 'anonymous' ? (
            <>
              <Text size="sm">{t('account.invitation.loggedOut')}</Text>
              <Group gap="sm">
                <Button component={Link} to={`/login?next=${here}`} size="md" w={{ base: '100%', xs: 'auto' }}>{t('account.invitation.logIn')}</Button>
                <Button component={Link} to={`/register?next=${here}`} size="md" variant="default" w={{ base: '100%', xs: 'auto' }}>{t('account.invitation.register')}</Button>
              </Group>
            </>
          ) : (
            <>
              <Text size="sm">{t('account.invitation.loggedIn', { email: me.data?.email ?? '' })}</Text>
              {accept.error && (
                <Alert color={code === 'ALREADY_MEMBER' ? 'blue' : 'red'} role="alert" data-testid="invitation-error">
                  {problem(accept.error)}
                </Alert>
              )}
              <Group gap="sm">
                {!(code && FINAL.includes(code)) && (
                  <Button size="md" onClick={() => accept.mutate()} loading={accept.isPending} w={{ base: '100%', xs: 'auto' }}>{t('account.invitation.accept')}</Button>
                )}
                {code === 'INVITATION_EMAIL_MISMATCH' && (
                  <Button size="md" variant="default" onClick={() => void switchAccount()} w={{ base: '100%', xs: 'auto' }}>{t('account.invitation.switchAccount')}</Button>
                )}
              </Group>
            </>
          )}
        </Stack>
      </Card>
    </Container>
  );
}
