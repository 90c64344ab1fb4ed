import { useState } from 'react';
import { Anchor, Card, Center, Group, Loader, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable } from '../../components/CursorTable';
import { QueryError } from '../../components/ErrorPage';
import { STAFF, hasRole, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { StartupStatusBadge } from './badges';

type Startup = Schemas['StartupDto'];
const STATUSES: Schemas['StartupStatus'][] = ['accepted', 'incubating', 'accelerating', 'graduated_successful', 'failed', 'exited', 'withdrawn'];

/** Staff: the portfolio with filters. Founders: their own startups (straight to it when there is one). */
export function StartupsPage() {
  const organization = useOrganization();
  return hasRole(organization, STAFF) ? <Portfolio /> : <MyStartups />;
}

function Portfolio() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [status, setStatus] = useState<Schemas['StartupStatus'] | null>(null);
  const [stage, setStage] = useState('');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [stageFilter] = useDebouncedValue(stage.trim(), 300);
  return (
    <>
      <PageHeader title={t('cohorts.startups.title')} />
      <Group mb="md" align="flex-end" wrap="wrap">
        <TextInput label={t('actions.search')} placeholder={t('cohorts.startups.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} w={260} />
        <Select
          label={t('cohorts.startups.status')}
          placeholder={t('cohorts.startups.allStatuses')}
          clearable
          data={STATUSES.map((value) => ({ value, label: t(`cohorts.startupStatus.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as Schemas['StartupStatus'] | null)}
          w={200}
        />
        <TextInput label={t('cohorts.startups.stageFilter')} placeholder="seed" value={stage} onChange={(event) => setStage(event.currentTarget.value)} w={160} />
      </Group>
      <CursorTable<Startup>
        queryKey={[slug, 'startups', 'list', { status, stage: stageFilter, q }]}
        fetchPage={(cursor) =>
          unwrap(api.GET('/api/v1/organizations/{slug}/startups', { params: { path: { slug }, query: { cursor, status: status ?? undefined, stage: stageFilter || undefined, q: q || undefined } } }))
        }
        rowKey={(startup) => startup.id}
        caption={t('cohorts.startups.caption')}
        empty={t('cohorts.startups.empty')}
        columns={[
          { key: 'name', header: t('cohorts.startups.name'), sortValue: (s) => s.name, render: (s) => <Anchor component={Link} to={`/o/${slug}/startups/${s.id}`}>{s.name}</Anchor> },
          { key: 'sector', header: t('cohorts.startups.sector'), sortValue: (s) => s.sector, render: (s) => s.sector ?? '—' },
          { key: 'stage', header: t('cohorts.startups.stage'), sortValue: (s) => s.stage, render: (s) => s.stage ?? '—' },
          { key: 'status', header: t('cohorts.startups.status'), sortValue: (s) => s.status, render: (s) => <StartupStatusBadge status={s.status} /> },
          { key: 'origin', header: t('cohorts.startups.origin'), sortValue: (s) => s.origin, render: (s) => t(`cohorts.startups.origins.${s.origin}`) },
        ]}
      />
    </>
  );
}

function MyStartups() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const startups = useQuery({
    queryKey: [slug, 'startups', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups', { params: { path: { slug }, query: { limit: 100 } } })),
  });
  if (startups.isPending) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (startups.error) return <QueryError error={startups.error} />;
  const items = startups.data.items;
  if (items.length === 1) return <Navigate to={`/o/${slug}/startups/${items[0].id}`} replace />;
  return (
    <>
      <PageHeader title={t('cohorts.startups.mine')} />
      {items.length === 0 ? (
        <Text c="dimmed">{t('cohorts.startups.mineEmpty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {items.map((startup) => (
            <Card key={startup.id} withBorder>
              <Anchor component={Link} to={`/o/${slug}/startups/${startup.id}`} fw={700} size="lg">{startup.name}</Anchor>
              <Group gap="xs" mt="xs">
                <StartupStatusBadge status={startup.status} />
                {startup.stage && <Text size="sm" c="dimmed">{startup.stage}</Text>}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
