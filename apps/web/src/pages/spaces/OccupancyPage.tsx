import { useState } from 'react';
import { Button, Group, Loader, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { OccupancyFigures } from './OccupancyFigures';
import { spaceKeys, todayIn, useSites, useSpaces } from './queries';
import { NewRateModal, NewSiteModal, NewSpaceModal } from './SpaceForms';

/** The market rate in force on a day: the last one starting on or before it. */
function rateOn(space: Schemas['SpaceDto'], day: string) {
  return [...space.rates].reverse().find((rate) => rate.effectiveFrom <= day);
}

export function OccupancyPage() {
  const { t } = useTranslation();
  const { slug, timezone } = useOrganization();
  const [asOf, setAsOf] = useState(todayIn(timezone));
  const [modal, setModal] = useState<'site' | 'space' | Schemas['SpaceDto'] | null>(null);
  const occupancy = useQuery({
    queryKey: spaceKeys.occupancy(slug, asOf),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(asOf),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/occupancy', { params: { path: { slug }, query: { asOf } } })),
  });
  const sites = useSites();
  const spaces = useSpaces();
  const close = () => setModal(null);

  return (
    <>
      <PageHeader
        title={t('spaces.occupancy.title')}
        actions={
          <Group>
            <Button leftSection={<IconPlus size={16} />} variant="default" onClick={() => setModal('site')}>{t('spaces.site.new')}</Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setModal('space')} disabled={!sites.data?.items.length}>{t('spaces.space.new')}</Button>
          </Group>
        }
      />
      <Stack>
        <TextInput type="date" label={t('spaces.occupancy.asOf')} description={t('spaces.occupancy.asOfHint', { zone: timezone })} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} w={240} />
        {occupancy.isPending ? (
          <Loader />
        ) : occupancy.isError ? (
          <QueryError error={occupancy.error} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <OccupancyFigures title={t('spaces.occupancy.total')} figures={occupancy.data.total} />
            {occupancy.data.sites.map((site) => <OccupancyFigures key={site.siteId} title={site.siteName} figures={site} />)}
          </SimpleGrid>
        )}
        <Title order={2}>{t('spaces.sites.title')}</Title>
        {sites.isPending || spaces.isPending ? (
          <Loader />
        ) : sites.isError || spaces.isError ? (
          <QueryError error={sites.error ?? spaces.error} />
        ) : sites.data.items.length === 0 ? (
          <Text c="dimmed">{t('spaces.sites.empty')}</Text>
        ) : (
          sites.data.items.map((site) => {
            const own = spaces.data.items.filter((space) => space.siteId === site.id);
            return (
              <Stack key={site.id} gap="xs">
                <Title order={3}>{site.name}</Title>
                {site.address && <Text size="sm" c="dimmed">{site.address}</Text>}
                {own.length === 0 ? (
                  <Text c="dimmed" size="sm">{t('spaces.sites.noSpaces')}</Text>
                ) : (
                  <Table.ScrollContainer minWidth={640}>
                    <Table striped>
                      <Table.Caption>{t('spaces.sites.caption', { site: site.name })}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('spaces.space.name')}</Table.Th>
                          <Table.Th>{t('spaces.space.kind')}</Table.Th>
                          <Table.Th>{t('spaces.space.area')}</Table.Th>
                          <Table.Th>{t('spaces.space.capacity')}</Table.Th>
                          <Table.Th>{t('spaces.space.rate')}</Table.Th>
                          <Table.Th><VisuallyHidden>{t('spaces.space.actions')}</VisuallyHidden></Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {own.map((space) => {
                          const rate = rateOn(space, asOf);
                          return (
                            <Table.Tr key={space.id}>
                              <Table.Td>{space.name}</Table.Td>
                              <Table.Td>{t(`spaces.kinds.${space.kind}`)}</Table.Td>
                              <Table.Td>{t('spaces.space.m2', { value: space.areaM2 })}</Table.Td>
                              <Table.Td>{space.kind === 'desk_area' ? t('spaces.space.deskCount', { count: space.capacity }) : t('spaces.space.seatCount', { count: space.capacity })}</Table.Td>
                              <Table.Td>{rate ? <><MoneyText value={rate.amount} /> {t(`spaces.basis.${rate.basis}`)}</> : '—'}</Table.Td>
                              <Table.Td>
                                <Button size="xs" variant="subtle" onClick={() => setModal(space)} aria-label={t('spaces.rate.newFor', { name: space.name })}>{t('spaces.rate.add')}</Button>
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Stack>
            );
          })
        )}
      </Stack>
      {modal === 'site' && <NewSiteModal onClose={close} />}
      {modal === 'space' && <NewSpaceModal sites={sites.data?.items ?? []} onClose={close} />}
      {modal !== null && typeof modal === 'object' && <NewRateModal space={modal} onClose={close} />}
    </>
  );
}
