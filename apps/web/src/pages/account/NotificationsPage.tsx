import { useState } from 'react';
import { Badge, Button, Card, Center, Container, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { IconCircleFilled } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert, useProblemMessage } from '../../components/problem';
import { useMe } from '../../session/use-session';

type Notification = Schemas['NotificationDto'];

/** /me/notifications: every organization's notifications for the person, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const list = useInfiniteQuery({
    queryKey: ['account', 'notifications', { unread: onlyUnread }],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/me/notifications', { params: { query: { limit: 20, cursor: pageParam, ...(onlyUnread ? { unread: true } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const markAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read')),
    onSuccess: ({ marked }) => {
      void queryClient.invalidateQueries({ queryKey: ['account', 'notifications'] });
      toasts.show({ color: 'teal', message: t('account.notifications.markedAll', { count: marked }) });
    },
  });

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;

  return (
    <Container size="md" px={0}>
      <PageHeader
        title={t('account.notifications.title')}
        description={t('account.notifications.description')}
        actions={
          <Button variant="light" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unread === 0}>
            {t('account.notifications.markAll')}
          </Button>
        }
      />
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" fw={600} aria-live="polite">{t('account.notifications.unreadCount', { count: unread })}</Text>
          <Switch label={t('account.notifications.onlyUnread')} checked={onlyUnread} onChange={(event) => setOnlyUnread(event.currentTarget.checked)} />
        </Group>
        <ProblemAlert error={markAll.error} />
        {list.isPending ? (
          <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>
        ) : list.error ? (
          <QueryError error={list.error} />
        ) : items.length === 0 ? (
          <Text c="dimmed" py="md">{onlyUnread ? t('account.notifications.emptyUnread') : t('account.notifications.empty')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((notification) => <NotificationItem key={notification.id} notification={notification} />)}
          </Stack>
        )}
        {list.hasNextPage && (
          <Button variant="default" w="fit-content" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('account.notifications.more')}</Button>
        )}
      </Stack>
    </Container>
  );
}

function NotificationItem({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const problem = useProblemMessage();
  const slug = me.data?.organizations.find((organization) => organization.id === notification.organizationId)?.slug;
  const href = slug ? `/o/${slug}/${notification.subject.type}s/${notification.subject.id}` : null;
  const markRead = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId: notification.id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['account', 'notifications'] }),
    onError: (error) => toasts.show({ color: 'red', message: problem(error) }),
  });
  const unread = !notification.read;

  return (
    <Card
      component="li"
      withBorder
      radius="md"
      padding="sm"
      style={unread ? { borderLeft: '4px solid var(--mantine-color-teal-6)', background: 'var(--mantine-color-teal-0)' } : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {unread ? (
            <Badge color="teal" leftSection={<IconCircleFilled size={8} aria-hidden />} style={{ textTransform: 'none' }}>{t('account.notifications.unread')}</Badge>
          ) : (
            <Badge color="gray" variant="outline" style={{ textTransform: 'none' }}>{t('account.notifications.read')}</Badge>
          )}
          <Text size="xs" c="dimmed">{t(`account.notifications.kind.${notification.kind}`, { defaultValue: notification.kind })}</Text>
          <Text size="xs" c="dimmed"><DateTime value={notification.createdAt} /></Text>
        </Group>
        <Title order={2} size="h5" fw={unread ? 700 : 500}>{notification.title}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{notification.body}</Text>
        <Group gap="xs">
          {href && (
            <Button
              component={Link}
              to={href}
              size="xs"
              variant="light"
              aria-label={t('account.notifications.openLabel', { title: notification.title })}
              onClick={() => unread && markRead.mutate()}
            >
              {t('account.notifications.open')}
            </Button>
          )}
          {unread && (
            <Button size="xs" variant="default" onClick={() => markRead.mutate()} loading={markRead.isPending} aria-label={t('account.notifications.markReadLabel', { title: notification.title })}>
              {t('account.notifications.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
