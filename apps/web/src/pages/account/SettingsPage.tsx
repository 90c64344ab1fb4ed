import { useState } from 'react';
import { ActionIcon, Alert, Button, Card, Code, Container, CopyButton, Group, List, Loader, Modal, Stack, Switch, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';

/** /me/settings: reminder emails and the private calendar feed. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('account.settings.title')} />
      <Stack gap="lg">
        <EmailSettings />
        <CalendarFeed />
      </Stack>
    </Container>
  );
}

function EmailSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryKey = ['account', 'notification-settings'];
  const settings = useQuery({ queryKey, queryFn: () => unwrap(api.GET('/api/v1/me/notification-settings')) });
  const update = useMutation({
    mutationFn: (body: Schemas['NotificationSettingsDto']) => unwrap(api.PATCH('/api/v1/me/notification-settings', { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      notifications.show({ color: 'teal', message: saved.reminderEmails ? t('account.settings.savedOn') : t('account.settings.savedOff') });
    },
  });
  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('account.settings.emails')}</Title>
        {settings.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : settings.error ? (
          <QueryError error={settings.error} />
        ) : (
          <Switch
            label={t('account.settings.reminderEmails')}
            description={t('account.settings.reminderEmailsHelp')}
            checked={update.isPending ? !!update.variables?.reminderEmails : settings.data.reminderEmails}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ reminderEmails: event.currentTarget.checked })}
          />
        )}
        <ProblemAlert error={update.error} />
      </Stack>
    </Card>
  );
}

function CalendarFeed() {
  const { t } = useTranslation();
  const [feed, setFeed] = useState<Schemas['CalendarFeedDto'] | null>(null);
  const [confirming, { open, close }] = useDisclosure(false);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/calendar-feed')),
    onSuccess: (created) => {
      setFeed(created);
      notifications.show({ color: 'teal', message: t('account.settings.created') });
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/calendar-feed')),
    onSuccess: () => {
      setFeed(null);
      close();
      notifications.show({ color: 'teal', message: t('account.settings.revoked') });
    },
  });

  return (
    <Card withBorder radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">{t('account.settings.calendar')}</Title>
        <Text size="sm">{t('account.settings.calendarIntro')}</Text>
        <Alert color="yellow" variant="light">{t('account.settings.calendarOnce')}</Alert>
        {feed && (
          <Stack gap={6}>
            <Text size="sm" fw={600} id="feed-url-label">{t('account.settings.feedUrl')}</Text>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Code block aria-labelledby="feed-url-label" style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="feed-url">{feed.url}</Code>
              <CopyButton value={feed.url} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('actions.copied') : t('actions.copy')} withArrow>
                    <ActionIcon size="lg" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={copied ? t('actions.copied') : t('actions.copy')}>
                      {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">{t('account.settings.feedSecret')} · <DateTime value={feed.createdAt} /></Text>
            <Title order={3} size="h5" mt="xs">{t('account.settings.howTo')}</Title>
            <List size="sm" spacing="xs">
              <List.Item><Text span fw={600} size="sm">{t('account.settings.google')}: </Text>{t('account.settings.googleSteps')}</List.Item>
              <List.Item><Text span fw={600} size="sm">{t('account.settings.apple')}: </Text>{t('account.settings.appleSteps')}</List.Item>
              <List.Item><Text span fw={600} size="sm">{t('account.settings.outlook')}: </Text>{t('account.settings.outlookSteps')}</List.Item>
            </List>
          </Stack>
        )}
        <ProblemAlert error={create.error} />
        <Group gap="sm">
          <Button onClick={() => create.mutate()} loading={create.isPending}>{feed ? t('account.settings.recreate') : t('account.settings.create')}</Button>
          <Button variant="outline" color="red" onClick={open}>{t('account.settings.revoke')}</Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={close} title={t('account.settings.revokeTitle')} centered>
        <Stack>
          <Text size="sm">{t('account.settings.revokeBody')}</Text>
          <ProblemAlert error={revoke.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
            <Button color="red" onClick={() => revoke.mutate()} loading={revoke.isPending}>{t('account.settings.revokeConfirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
