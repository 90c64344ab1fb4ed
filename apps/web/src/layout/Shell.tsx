import { AppShell, Anchor, Burger, Button, Group, NavLink, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { areas } from '../pages/areas';
import type { NavItem } from '../pages/area';
import { session } from '../session/session-store';
import { useMe, useSessionState } from '../session/use-session';

const GROUP_LABEL: Record<NavItem['group'], string> = { staff: 'nav.staff', founder: 'nav.founder', mentor: 'nav.mentor' };

/** The frame of every page: header with organization switcher, language and session; role-aware navigation. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const { t, i18n } = useTranslation();
  const { status } = useSessionState();
  const me = useMe();
  const { slug } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const organizations = me.data?.organizations ?? [];
  const current = organizations.find((organization) => organization.slug === slug);
  const items = current
    ? areas
        .flatMap((area) => area.nav ?? [])
        .filter((item) => item.roles.includes(current.role))
        .sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
    : [];
  const groups = (['staff', 'founder', 'mentor'] as const).filter((group) => items.some((item) => item.group === group));

  const logOut = async () => {
    await session.logOut();
    queryClient.clear();
    navigate('/login');
  };

  // In the header from 768 px; on a phone they move into the menu, so the header never overflows.
  const sessionControls = (
    <>
      <Select
        aria-label={t('app.language')}
        size="xs"
        w={100}
        value={i18n.language}
        data={LANGUAGES.map((language) => ({ ...language }))}
        onChange={(value) => value && setLanguage(value as Language)}
        allowDeselect={false}
      />
      {status === 'authenticated' ? (
        <Button size="xs" variant="subtle" onClick={logOut}>{t('app.logOut')}</Button>
      ) : (
        <Button size="xs" variant="light" component={Link} to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('app.logIn')}</Button>
      )}
    </>
  );

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">{t('app.skipToContent')}</a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} />
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">Hatchery</Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {organizations.length > 0 && (
              <Select
                aria-label={t('app.organization')}
                data-testid="organization-switcher"
                size="xs"
                w={{ base: 180, sm: 220 }}
                value={current?.slug ?? null}
                placeholder={t('app.organization')}
                data={organizations.map((organization) => ({ value: organization.slug, label: organization.name }))}
                onChange={(value) => value && navigate(`/o/${value}`)}
                allowDeselect={false}
              />
            )}
            <Group gap="xs" wrap="nowrap" visibleFrom="sm">
              {sessionControls}
            </Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main" style={{ overflowY: 'auto' }}>
        <Stack gap={2} onClick={close}>
          {me.data && <Text size="xs" c="dimmed" px="sm" py={4}>{me.data.name}</Text>}
          {current &&
            groups.map((group) => (
              <div key={group}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm">{t(GROUP_LABEL[group])}</Text>
                {items
                  .filter((item) => item.group === group)
                  .map((item) => (
                    <NavLink key={item.to} component={RouterNavLink} to={`/o/${current.slug}/${item.to}`} label={t(item.labelKey)} end={item.to === ''} />
                  ))}
              </div>
            ))}
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm">{t('nav.me')}</Text>
          <NavLink component={RouterNavLink} to="/calls" label={t('nav.openCalls')} />
          {status === 'authenticated' && (
            <>
              <NavLink component={RouterNavLink} to="/me/applications" label={t('nav.myApplications')} />
              <NavLink component={RouterNavLink} to="/me/notifications" label={t('nav.notifications')} />
              <NavLink component={RouterNavLink} to="/me/settings" label={t('nav.settings')} />
              <NavLink component={RouterNavLink} to="/organizations/new" label={t('nav.newOrganization')} />
            </>
          )}
        </Stack>
        <Group gap="xs" hiddenFrom="sm" mt="md" px="sm">
          {sessionControls}
        </Group>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
