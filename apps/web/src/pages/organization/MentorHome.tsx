import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBell, IconBuildingCommunity, IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useOrganization } from '../../components/organization';
import { useMe } from '../../session/use-session';

/** A mentor's start page: their organizations, notifications and calendar. */
export function MentorHome() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const me = useMe();
  const organizations = me.data?.organizations ?? [organization];

  return (
    <>
      <PageHeader title={t('organization.mentorHome.title')} description={t('organization.mentorHome.body', { organization: organization.name })} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder padding="lg">
          <Group gap="sm" mb="sm" wrap="nowrap">
            <ThemeIcon variant="light" aria-hidden><IconBuildingCommunity size={18} /></ThemeIcon>
            <Title order={2} size="h4">{t('organization.mentorHome.organizations')}</Title>
          </Group>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {organizations.map((other) => (
              <li key={other.slug}>
                <Stack gap={4}>
                  <Anchor component={Link} to={`/o/${other.slug}`} aria-current={other.slug === organization.slug ? 'page' : undefined}>
                    {other.name}
                  </Anchor>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" size="sm">{t(`organization.roles.${other.role}`)}</Badge>
                    {other.slug === organization.slug && <Badge variant="outline" size="sm" color="gray">{t('organization.mentorHome.current')}</Badge>}
                  </Group>
                </Stack>
              </li>
            ))}
          </Stack>
        </Card>
        <LinkCard icon={<IconBell size={18} />} to="/me/notifications" title={t('organization.mentorHome.notifications')} body={t('organization.mentorHome.notificationsBody')} />
        <LinkCard icon={<IconCalendar size={18} />} to="/me/settings" title={t('organization.mentorHome.calendar')} body={t('organization.mentorHome.calendarBody')} />
      </SimpleGrid>
    </>
  );
}

function LinkCard({ icon, to, title, body }: { icon: React.ReactNode; to: string; title: string; body: string }) {
  return (
    <Card withBorder padding="lg">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <ThemeIcon variant="light" aria-hidden>{icon}</ThemeIcon>
        <Title order={2} size="h4">
          <Anchor component={Link} to={to} inherit>{title}</Anchor>
        </Title>
      </Group>
      <Text size="sm" c="dimmed">{body}</Text>
    </Card>
  );
}
