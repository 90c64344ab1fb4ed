import { Button, Card, Group, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { PageHeader } from '../../components/PageHeader';
import { useOrganization } from '../../components/organization';

/** A reviewer's start page: how many assignments wait, and the way to the queue. */
export function ReviewerHome() {
  const { t } = useTranslation();
  const { slug, name } = useOrganization();
  const queue = useQuery({
    queryKey: [slug, 'reviews', 'queue'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/reviews/queue', { params: { path: { slug } } })),
  });
  if (queue.error) return <QueryError error={queue.error} />;
  const waiting = queue.data?.filter((item) => item.status === 'assigned').length ?? 0;
  const done = (queue.data?.length ?? 0) - waiting;

  return (
    <>
      <PageHeader title={t('organization.reviewerHome.title')} description={name} />
      <Card withBorder padding="lg" maw={480}>
        {queue.isPending ? (
          <Loader size="sm" aria-label={t('app.loading')} />
        ) : (
          <Stack>
            <Group wrap="nowrap">
              <ThemeIcon size={48} variant="light" radius="md" aria-hidden>
                <IconClipboardCheck size={28} />
              </ThemeIcon>
              <div>
                <Text fz={32} fw={700} lh={1}>{waiting}</Text>
                <Text c="dimmed" size="sm">{t('organization.reviewerHome.toDo')}</Text>
              </div>
            </Group>
            {done > 0 && <Text size="sm">{t('organization.reviewerHome.done', { count: done })}</Text>}
            <Button component={Link} to={`/o/${slug}/reviews`} w="fit-content">{t('organization.reviewerHome.open')}</Button>
          </Stack>
        )}
      </Card>
    </>
  );
}
