import { Alert, Anchor, Card, Center, Container, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationSummary } from './ApplicationSummary';
import { StatusBadge } from './StatusBadge';
import { WithdrawButton } from './WithdrawButton';

/** /me/applications/:slug/:applicationId (the applicant's emails link here): the draft form, or the sent application. */
export function ApplicationPage() {
  const { slug = '', applicationId = '' } = useParams();
  const { t } = useTranslation();
  const application = useQuery({
    queryKey: [slug, 'applications', applicationId],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/applications/{applicationId}', { params: { path: { slug, applicationId } } })),
  });
  // The applicant's own application carries its call's questions; a draft is editable only while the call takes applications.
  const isDraft = application.data?.status === 'draft';
  const openCalls = useQuery({
    queryKey: ['public', 'organizations', slug, 'calls'],
    queryFn: () => unwrap(api.GET('/api/v1/public/organizations/{slug}/calls', { params: { path: { slug } } })),
    enabled: isDraft,
  });
  // The organization's name is only in the person's own list.
  const mine = useQuery({
    queryKey: ['account', 'applications', 'lookup'],
    queryFn: () => unwrap(api.GET('/api/v1/me/applications', { params: { query: { limit: 100 } } })),
  });

  if (application.isPending || (isDraft && openCalls.isPending)) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (application.error) return <QueryError error={application.error} />;
  const current = application.data;
  const takingApplications = !!openCalls.data?.some((candidate) => candidate.id === current.callId);
  const listed = mine.data?.items.find((item) => item.id === current.id);
  const title = current.call?.title ?? listed?.callTitle ?? t('account.applications.call');
  const questions = current.call?.questions ?? null;

  return (
    <Container size="md" px={0}>
      <Anchor component={Link} to="/me/applications" size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden /> {t('account.application.back')}
      </Anchor>
      <PageHeader title={title} description={listed?.organization.name ?? slug} actions={<WithdrawButton slug={slug} application={current} />} />
      <Stack gap="lg">
        <Card withBorder radius="md" padding="sm">
          <Group gap="sm" mb="xs">
            <Text size="sm" fw={600}>{t('account.applications.status')}:</Text>
            <StatusBadge status={current.status} />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            <DateItem label={t('account.application.created')} value={current.createdAt} />
            {current.status === 'draft' && <DateItem label={t('account.application.updated')} value={current.updatedAt} />}
            {current.submittedAt && <DateItem label={t('account.application.submittedAt')} value={current.submittedAt} />}
            {current.decidedAt && <DateItem label={t('account.application.decidedAt')} value={current.decidedAt} />}
            {current.withdrawnAt && <DateItem label={t('account.application.withdrawnAt')} value={current.withdrawnAt} />}
          </SimpleGrid>
        </Card>
        {current.status === 'draft' ? (
          takingApplications ? (
            <ApplicationForm key={current.id} slug={slug} application={current} questions={questions} />
          ) : (
            <>
              <Alert color="yellow">{t('public.call.notOpen')}</Alert>
              <ApplicationSummary application={current} questions={questions} />
            </>
          )
        ) : (
          <>
            <Alert color={current.status === 'withdrawn' ? 'gray' : 'blue'} variant="light">
              {current.status === 'withdrawn' ? t('account.application.withdrawnNote') : t('account.application.readOnly')}
            </Alert>
            <ApplicationSummary application={current} questions={questions} />
          </>
        )}
      </Stack>
    </Container>
  );
}

function DateItem({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm"><DateTime value={value} /></Text>
    </div>
  );
}
