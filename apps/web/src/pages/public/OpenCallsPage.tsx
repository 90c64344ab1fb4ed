import { useState } from 'react';
import { Badge, Button, Card, Center, Container, Group, Loader, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconUsers } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';

type Listing = Schemas['PublicCallListingDto'];

/** /calls: every organization's calls taking applications, closing soonest first, a page at a time. */
export function OpenCallsPage() {
  const { t } = useTranslation();
  const [organization, setOrganization] = useState<string | null>(null);
  const everyone = useOpenCalls(null);
  // A chosen organization is listed by the API (?organization=), so its calls beyond the first pages show too.
  const chosen = useOpenCalls(organization);
  const calls = organization ? chosen : everyone;
  const all = everyone.data?.pages.flatMap((page) => page.items) ?? [];
  const organizations = [...new Map(all.map((call) => [call.organization.slug, call.organization.name])).entries()];
  const shown = calls.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('public.calls.title')} description={t('public.calls.description')} />
      {everyone.isPending ? (
        <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>
      ) : everyone.error ? (
        <ProblemAlert error={everyone.error} />
      ) : all.length === 0 ? (
        <Text c="dimmed" py="md">{t('public.calls.empty')}</Text>
      ) : (
        <Stack>
          <Group align="flex-end" justify="space-between" wrap="wrap">
            <Select
              label={t('public.calls.organization')}
              placeholder={t('public.calls.allOrganizations')}
              data={organizations.map(([value, label]) => ({ value, label }))}
              value={organization}
              onChange={setOrganization}
              clearable
              w={{ base: '100%', sm: 320 }}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('public.calls.count', { count: shown.length })}
            </Text>
          </Group>
          {calls.isPending ? (
            <Center py="md"><Loader size="sm" aria-label={t('app.loading')} /></Center>
          ) : calls.error ? (
            <ProblemAlert error={calls.error} />
          ) : shown.length === 0 ? (
            <Text c="dimmed" py="md">{t('public.calls.emptyFiltered')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {shown.map((call) => <CallCard key={call.id} call={call} />)}
            </SimpleGrid>
          )}
          {calls.hasNextPage && (
            <Button variant="default" onClick={() => void calls.fetchNextPage()} loading={calls.isFetchingNextPage} w="fit-content">
              {t('public.calls.more')}
            </Button>
          )}
        </Stack>
      )}
    </Container>
  );
}

function useOpenCalls(organization: string | null) {
  return useInfiniteQuery({
    queryKey: ['public', 'calls', { organization }],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/public/calls', { params: { query: { limit: 20, cursor: pageParam, organization: organization ?? undefined } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

function CallCard({ call }: { call: Listing }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="li" padding="md" radius="md">
      <Stack gap="xs" h="100%">
        <Text size="sm" c="dimmed" fw={600}>{call.organization.name}</Text>
        <Title order={2} size="h4">{call.title}</Title>
        <Text size="sm">{t('public.calls.programme')}: {call.programme.name}</Text>
        {call.theme && <Badge variant="light" w="fit-content" style={{ textTransform: 'none' }}>{t('public.calls.theme')}: {call.theme}</Badge>}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconCalendarEvent size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm">
            {t('public.calls.closes')}: <DateTime value={call.closesAt} timeZone={call.organization.timezone} />
            <Text span size="xs" c="dimmed" display="block">{t('public.calls.zone', { zone: call.organization.timezone })}</Text>
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconUsers size={18} aria-hidden />
          <Text size="sm">{t('public.calls.capacityValue', { count: call.capacity })}</Text>
        </Group>
        <Button
          component={Link}
          to={`/calls/${call.organization.slug}/${call.id}`}
          variant="light"
          mt="auto"
          aria-label={t('public.calls.viewLabel', { title: call.title })}
        >
          {t('public.calls.view')}
        </Button>
      </Stack>
    </Card>
  );
}
