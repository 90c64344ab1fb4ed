import { useState } from 'react';
import { Badge, Button, Group, Loader, Select, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { EndLeaseModal, NewLeaseModal } from './LeaseModals';
import { spaceKeys, useSpaces, useStartupNames } from './queries';

export function LeasesPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [startupId, setStartupId] = useState<string | null>(null);
  const [spaceId, setSpaceId] = useState<string | null>(null);
  const [activeOn, setActiveOn] = useState('');
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<Schemas['LeaseDto'] | null>(null);
  const startups = useStartupNames();
  const spaces = useSpaces();
  const startupName = new Map((startups.data?.items ?? []).map((s) => [s.id, s.name]));
  const filters = { startupId: startupId ?? undefined, spaceId: spaceId ?? undefined, activeOn: activeOn || undefined };
  const leases = useQuery({
    queryKey: [...spaceKeys.leases(slug), filters],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/leases', { params: { path: { slug }, query: filters } })),
  });

  return (
    <>
      <PageHeader title={t('spaces.leases.title')} actions={<Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('spaces.leases.new')}</Button>} />
      <Group mb="md" align="flex-end">
        <Select label={t('spaces.leases.startup')} placeholder={t('spaces.leases.all')} clearable searchable data={(startups.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} value={startupId} onChange={setStartupId} w={220} />
        <Select label={t('spaces.leases.space')} placeholder={t('spaces.leases.all')} clearable searchable data={(spaces.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} value={spaceId} onChange={setSpaceId} w={220} />
        <TextInput type="date" label={t('spaces.leases.activeOn')} value={activeOn} onChange={(e) => setActiveOn(e.currentTarget.value)} w={180} />
      </Group>
      {leases.isPending ? (
        <Loader />
      ) : leases.isError ? (
        <QueryError error={leases.error} />
      ) : leases.data.items.length === 0 ? (
        <Text c="dimmed">{t('spaces.leases.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="leases">
            <Table.Caption>{t('spaces.leases.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('spaces.leases.startup')}</Table.Th>
                <Table.Th>{t('spaces.leases.space')}</Table.Th>
                <Table.Th>{t('spaces.leases.desks')}</Table.Th>
                <Table.Th>{t('spaces.leases.plan')}</Table.Th>
                <Table.Th>{t('spaces.leases.startsOn')}</Table.Th>
                <Table.Th>{t('spaces.leases.lastDay')}</Table.Th>
                <Table.Th><VisuallyHidden>{t('spaces.space.actions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {leases.data.items.map((lease) => {
                const name = startupName.get(lease.startupId) ?? '—';
                return (
                  <Table.Tr key={lease.id}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{lease.spaceName}</Table.Td>
                    <Table.Td>{lease.desks ?? '—'}</Table.Td>
                    <Table.Td>{lease.planName}</Table.Td>
                    <Table.Td><Day value={lease.startsOn} /></Table.Td>
                    <Table.Td>
                      {lease.endsOn ? <Day value={lease.endsOn} /> : <Badge variant="light">{t('spaces.leases.openEnded')}</Badge>}
                      {lease.endReason && <Text size="xs" c="dimmed">{lease.endReason}</Text>}
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEnding(lease)} aria-label={t('spaces.leases.endFor', { space: lease.spaceName, startup: name })}>{t('spaces.leases.end')}</Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && <NewLeaseModal onClose={() => setCreating(false)} />}
      {ending && <EndLeaseModal lease={ending} startupName={startupName.get(ending.startupId) ?? ''} onClose={() => setEnding(null)} />}
    </>
  );
}
