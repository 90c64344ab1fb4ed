import { useState, type FormEvent } from 'react';
import { Badge, Button, Card, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, fieldErrorsOf } from '../../components/problem';
import { useOrganization } from '../../components/organization';
import { ROLES, roleOptions, type Role } from './organizationOptions';

type Invitation = Schemas['InvitationDto'];
type Status = Schemas['InvitationStatus'];
const STATUSES: Status[] = ['pending', 'accepted', 'expired', 'revoked'];
const STATUS_COLOR: Record<Status, string> = { pending: 'blue', accepted: 'teal', expired: 'gray', revoked: 'red' };

/** Invitations by email: send one with a role, follow their status, revoke a pending one. */
export function InvitationsPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | 'all'>('pending');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  // Only an owner may make owners; the API refuses the rest, the form does not offer it.
  const assignable = organization.role === 'owner' ? ROLES : ROLES.filter((candidate) => candidate !== 'owner');

  const invite = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/invitations', { params: { path: { slug } }, body: { email: email.trim(), role } })),
    onSuccess: async (invitation) => {
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: [slug, 'invitations'] });
      notifications.show({ color: 'teal', message: t('organization.invitations.sent', { email: invitation.email }) });
    },
  });

  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => unwrap(api.DELETE('/api/v1/organizations/{slug}/invitations/{invitationId}', { params: { path: { slug, invitationId: invitation.id } } })),
    onSuccess: async (_, invitation) => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: [slug, 'invitations'] });
      notifications.show({ color: 'teal', message: t('organization.invitations.revoked', { email: invitation.email }) });
    },
  });

  const fieldError = fieldErrorsOf(invite.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invite.isPending) invite.mutate();
  };

  const columns: Column<Invitation>[] = [
    { key: 'email', header: t('organization.invitations.columns.email'), sortValue: (row) => row.email, render: (row) => row.email },
    { key: 'role', header: t('organization.invitations.columns.role'), sortValue: (row) => ROLES.indexOf(row.role), render: (row) => t(`organization.roles.${row.role}`) },
    {
      key: 'status',
      header: t('organization.invitations.columns.status'),
      sortValue: (row) => row.status,
      render: (row) => <Badge variant="light" color={STATUS_COLOR[row.status]}>{t(`organization.invitations.statuses.${row.status}`)}</Badge>,
    },
    { key: 'sent', header: t('organization.invitations.columns.sent'), sortValue: (row) => row.createdAt, render: (row) => <DateTime value={row.createdAt} /> },
    { key: 'expires', header: t('organization.invitations.columns.expires'), sortValue: (row) => row.expiresAt, render: (row) => <DateTime value={row.expiresAt} /> },
    {
      key: 'actions',
      header: t('organization.invitations.columns.actions'),
      render: (row) =>
        row.status === 'pending' && (
          <Button size="xs" variant="subtle" color="red" aria-label={t('organization.invitations.revokeOf', { email: row.email })} onClick={() => { revoke.reset(); setRevoking(row); }}>
            {t('organization.invitations.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('organization.invitations.title')} description={t('organization.invitations.description')} />
      <Card withBorder padding="md" mb="lg" maw={720}>
        <Title order={2} size="h4" mb="sm">{t('organization.invitations.formTitle')}</Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {invite.error && !fieldError('email') && !fieldError('role') && <ProblemAlert error={invite.error} />}
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                name="email"
                type="email"
                label={t('organization.invitations.email')}
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldError('email')}
                style={{ flex: '1 1 260px' }}
                autoComplete="off"
              />
              <Select
                name="role"
                label={t('organization.invitations.role')}
                required
                value={role}
                data={roleOptions(t, assignable)}
                onChange={(value) => value && setRole(value as Role)}
                allowDeselect={false}
                error={fieldError('role')}
                w={180}
              />
            </Group>
            <Group justify="space-between" wrap="wrap">
              <Text size="xs" c="dimmed">{t('organization.invitations.replaceHint')}</Text>
              <Button type="submit" loading={invite.isPending}>{t('organization.invitations.send')}</Button>
            </Group>
          </Stack>
        </form>
      </Card>

      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">{t('organization.invitations.caption')}</Title>
        <SegmentedControl
          aria-label={t('organization.invitations.status')}
          size="xs"
          value={status}
          onChange={(value) => setStatus(value as Status | 'all')}
          data={[...STATUSES.map((value) => ({ value, label: t(`organization.invitations.statuses.${value}`) })), { value: 'all', label: t('organization.invitations.statusAll') }]}
        />
      </Group>
      <CursorTable
        queryKey={[slug, 'invitations', { status }]}
        fetchPage={async () => {
          const all = await unwrap(api.GET('/api/v1/organizations/{slug}/invitations', { params: { path: { slug } } }));
          return { items: status === 'all' ? all : all.filter((row) => row.status === status), nextCursor: null };
        }}
        columns={columns}
        rowKey={(row) => row.id}
        caption={t('organization.invitations.caption')}
        empty={t('organization.invitations.empty')}
      />

      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={revoking ? t('organization.invitations.revokeTitle', { email: revoking.email }) : ''}>
        {revoking && (
          <Stack>
            <Text size="sm">{t('organization.invitations.revokeBody')}</Text>
            {revoke.error && <ProblemAlert error={revoke.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRevoking(null)}>{t('actions.cancel')}</Button>
              <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(revoking)}>{t('organization.invitations.revoke')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
