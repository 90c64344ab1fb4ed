import { Alert, Badge, Button, Card, Center, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailOpened } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { DateTime } from '../../components/format';
import { ApiError, unwrap } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { session } from '../../session/session-store';
import { useMe, useSessionState } from '../../session/use-session';
import { useProblemMessage } from '../../components/problem';

/** Answers after which accepting again cannot succeed. */
const FINAL = ['INVITATION_USED', 'INVITATION_EXPIRED', 'INVITATION_INVALID', 'INVITATION_EMAIL_MISMATCH', 'ALREADY_MEMBER'];

/** /invitations/:token (the emailed link): who invites, as what; log in or register with the invited address, then accept. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { status } = useSessionState();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const problem = useProblemMessage();
  const here = encodeURIComponent(location.pathname);
  const preview = useQuery({
    queryKey: ['public', 'invitations', token],
    queryFn: () => unwrap(api.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
    retry: false,
  });
  const invitation = preview.data;
  const usable = invitation?.status === 'pending';

  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/invitations/{token}/accept', { params: { path: { token } } })),
    onSuccess: async (organization) => {
      await queryClient.invalidateQueries({ queryKey: ['me'] });
      notifications.show({ color: 'teal', message: t('account.invitation.accepted', { organization: organization.name }) });
      navigate(`/o/${organization.slug}`);
    },
  });
  const code = accept.error instanceof ApiError ? accept.error.code : null;
  const message = code === 'ALREADY_MEMBER' ? t('account.invitation.alreadyMember') : problem(accept.error);

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
            {invitation ? (
              <Stack gap={4}>
                <Text fw={600} size="lg" data-testid="invitation-summary">
                  {t('account.invitation.invites', { organization: invitation.organization.name, role: t(`account.invitation.role.${invitation.role}`) })}
                </Text>
                <Text size="sm">{t('account.invitation.sentTo', { email: invitation.email })}</Text>
                {usable && <Text size="sm" c="dimmed">{t('account.invitation.expires')} <DateTime value={invitation.expiresAt} /></Text>}
              </Stack>
            ) : (
              <Text>{t('account.invitation.intro')}</Text>
            )}
          </Group>
          {preview.isPending || status === 'unknown' || (status === 'authenticated' && me.isPending) ? (
            <Center><Loader size="sm" aria-label={t('app.loading')} /></Center>
          ) : preview.error ? (
            <Alert color="red" role="alert" data-testid="invitation-error">{problem(preview.error)}</Alert>
          ) : !usable ? (
            <Alert color={invitation?.status === 'accepted' ? 'blue' : 'red'} role="alert" data-testid="invitation-error">
              <Badge variant="outline" color="gray" mr="xs" style={{ textTransform: 'none' }}>{t(`account.invitation.status.${invitation?.status}`)}</Badge>
              {t(`account.invitation.statusNote.${invitation?.status}`)}
            </Alert>
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
                  {message}
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
