import { useState } from 'react';
import { Badge, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { useMe } from '../../session/use-session';
import { ROLES, roleOptions, type Role } from './organizationOptions';

type Member = Schemas['MemberDto'];

/** Members and their roles; owners and managers change roles and remove people (only an owner touches owners). */
export function MembersPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const me = useMe();
  const queryClient = useQueryClient();
  const canManage = hasRole(organization, STAFF);
  const isOwner = organization.role === 'owner';
  const [removing, setRemoving] = useState<Member | null>(null);

  const afterWrite = async () => {
    await queryClient.invalidateQueries({ queryKey: [slug, 'members'] });
    await queryClient.invalidateQueries({ queryKey: ['me'] });
  };

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) =>
      unwrap(api.PATCH('/api/v1/organizations/{slug}/members/{userId}', { params: { path: { slug, userId: member.userId } }, body: { role } })),
    onSuccess: async (member) => {
      await afterWrite();
      notifications.show({ color: 'teal', message: t('organization.members.roleChanged', { name: member.name, role: t(`organization.roles.${member.role}`) }) });
    },
  });

  const remove = useMutation({
    mutationFn: (member: Member) => unwrap(api.DELETE('/api/v1/organizations/{slug}/members/{userId}', { params: { path: { slug, userId: member.userId } } })),
    onSuccess: async (_, member) => {
      setRemoving(null);
      await afterWrite();
      notifications.show({ color: 'teal', message: t('organization.members.removed', { name: member.name }) });
    },
  });

  const mayTouch = (member: Member) => canManage && (isOwner || member.role !== 'owner');
  const assignable = isOwner ? ROLES : ROLES.filter((role) => role !== 'owner');

  const columns: Column<Member>[] = [
    {
      key: 'name',
      header: t('organization.members.columns.name'),
      sortValue: (member) => member.name.toLowerCase(),
      render: (member) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500}>{member.name}</Text>
          {member.userId === me.data?.id && <Badge size="xs" variant="outline" color="gray">{t('organization.members.you')}</Badge>}
        </Group>
      ),
    },
    { key: 'email', header: t('organization.members.columns.email'), sortValue: (member) => member.email, render: (member) => member.email },
    {
      key: 'role',
      header: t('organization.members.columns.role'),
      sortValue: (member) => ROLES.indexOf(member.role),
      render: (member) =>
        mayTouch(member) ? (
          <Select
            size="xs"
            w={150}
            aria-label={t('organization.members.roleOf', { name: member.name })}
            value={member.role}
            data={roleOptions(t, assignable)}
            allowDeselect={false}
            disabled={changeRole.isPending && changeRole.variables?.member.userId === member.userId}
            onChange={(value) => value && value !== member.role && changeRole.mutate({ member, role: value as Role })}
          />
        ) : (
          <Badge variant="light" title={canManage ? t('organization.members.ownerOnly') : undefined}>{t(`organization.roles.${member.role}`)}</Badge>
        ),
    },
    { key: 'joined', header: t('organization.members.columns.joined'), sortValue: (member) => member.joinedAt, render: (member) => <DateTime value={member.joinedAt} /> },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: t('organization.members.columns.actions'),
      render: (member) =>
        mayTouch(member) && (
          <Button size="xs" variant="subtle" color="red" onClick={() => { remove.reset(); setRemoving(member); }} aria-label={t('organization.members.removeOf', { name: member.name })}>
            {t('organization.members.remove')}
          </Button>
        ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('organization.members.title')}
        description={t('organization.members.description', { organization: organization.name })}
        actions={canManage && <Button component={Link} to={`/o/${slug}/invitations`}>{t('organization.members.invite')}</Button>}
      />
      {!isOwner && canManage && <Text size="sm" c="dimmed" mb="sm">{t('organization.members.ownerOnly')}</Text>}
      {changeRole.error && <ProblemAlert error={changeRole.error} />}
      <CursorTable
        queryKey={[slug, 'members']}
        fetchPage={async () => ({ items: await unwrap(api.GET('/api/v1/organizations/{slug}/members', { params: { path: { slug } } })), nextCursor: null })}
        columns={columns}
        rowKey={(member) => member.userId}
        caption={t('organization.members.caption')}
      />
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={removing ? t('organization.members.removeTitle', { name: removing.name }) : ''}>
        {removing && (
          <Stack>
            <Text size="sm">{t('organization.members.removeBody', { name: removing.name, email: removing.email, organization: organization.name })}</Text>
            {remove.error && <ProblemAlert error={remove.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>{t('actions.cancel')}</Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(removing)}>{t('organization.members.remove')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
