import { Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { spaceKeys } from './queries';

/** A startup's leases, read-only: founders see their own (the API limits them to it). */
export function StartupLeasesPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const { startupId = '' } = useParams();
  const leases = useQuery({
    queryKey: [...spaceKeys.leases(slug), { startupId }],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/leases', { params: { path: { slug }, query: { startupId } } })),
  });
  return (
    <>
      <PageHeader title={t('spaces.mine.title')} />
      {leases.isPending ? (
        <Loader />
      ) : leases.isError ? (
        <QueryError error={leases.error} />
      ) : leases.data.items.length === 0 ? (
        <Text c="dimmed">{t('spaces.mine.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {leases.data.items.map((lease) => (
            <Card withBorder key={lease.id} data-testid="lease">
              <Stack gap={4}>
                <Title order={2} size="h4">{lease.spaceName}</Title>
                {lease.desks !== null && <Text size="sm">{t('spaces.mine.desks', { count: lease.desks })}</Text>}
                <Text size="sm">{t('spaces.mine.plan')}: {lease.planName}</Text>
                <Text size="sm">{t('spaces.mine.from')}: <Day value={lease.startsOn} /></Text>
                <Text size="sm">{t('spaces.mine.until')}: {lease.endsOn ? <Day value={lease.endsOn} /> : t('spaces.mine.openEnded')}</Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
