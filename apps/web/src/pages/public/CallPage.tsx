import { Anchor, Badge, Button, Card, Center, Container, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ApiError, unwrap, type Problem } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { DateTime } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { useSessionState } from '../../session/use-session';

type Question = Schemas['QuestionResponseDto'];

/** /calls/:slug/:callId: one open call, its questions, and the way in (log in, or start the draft). */
export function CallPage() {
  const { slug = '', callId = '' } = useParams();
  const { t } = useTranslation();
  const calls = useQuery({
    queryKey: ['public', 'organizations', slug, 'calls'],
    queryFn: () => unwrap(api.GET('/api/v1/public/organizations/{slug}/calls', { params: { path: { slug } } })),
  });
  if (calls.isPending) return <Center py="xl"><Loader aria-label={t('app.loading')} /></Center>;
  if (calls.error) return <QueryError error={calls.error} />;
  const call = calls.data.find((candidate) => candidate.id === callId);

  if (!call) {
    return (
      <Container size="md" px={0}>
        <PageHeader title={t('public.call.notOpen')} />
        <Button component={Link} to="/calls" variant="light" leftSection={<IconArrowLeft size={16} />}>{t('public.call.back')}</Button>
      </Container>
    );
  }

  return (
    <Container size="md" px={0}>
      <Anchor component={Link} to="/calls" size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden /> {t('public.call.back')}
      </Anchor>
      <PageHeader title={call.title} description={t('public.call.by', { organization: call.organization.name })} />
      <Stack gap="lg">
        <Card withBorder radius="md">
          <Stack gap="xs">
            <Title order={2} size="h4">{t('public.call.about')}</Title>
            <Text><Text span fw={600}>{t('public.calls.programme')}: </Text>{call.programme.name}</Text>
            {call.theme && <Text>{t('public.calls.theme')}: {call.theme}</Text>}
            <Text>
              <Text span fw={600}>{t('public.call.window')}: </Text>
              <DateTime value={call.opensAt} timeZone={call.organization.timezone} /> – <DateTime value={call.closesAt} timeZone={call.organization.timezone} />
            </Text>
            <Text>
              <Text span fw={600}>{t('public.calls.capacity')}: </Text>
              {t('public.calls.capacityValue', { count: call.capacity })}
            </Text>
            <Text size="xs" c="dimmed">{t('public.calls.zone', { zone: call.organization.timezone })}</Text>
          </Stack>
        </Card>
        <Apply slug={slug} callId={call.id} />
        <section aria-labelledby="questions-heading">
          <Title order={2} size="h4" id="questions-heading" mb="xs">{t('public.call.questions')}</Title>
          {call.questions.length === 0 ? (
            <Text c="dimmed">{t('public.call.noQuestions')}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs">{t('public.call.questionsIntro')}</Text>
              <List spacing="sm" type="ordered">
                {call.questions.map((question) => <QuestionPreview key={question.key} question={question} />)}
              </List>
            </>
          )}
        </section>
      </Stack>
    </Container>
  );
}

function QuestionPreview({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <List.Item>
      <Text>{question.label}</Text>
      <Group gap={6} mt={2}>
        <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>{t(`public.call.type.${question.type}`)}</Badge>
        <Badge variant={question.required ? 'filled' : 'light'} color={question.required ? 'red' : 'gray'} size="sm" style={{ textTransform: 'none' }}>
          {question.required ? t('public.call.required') : t('public.call.optional')}
        </Badge>
        {question.options && <Text size="xs" c="dimmed">{question.options.join(' · ')}</Text>}
      </Group>
    </List.Item>
  );
}

function Apply({ slug, callId }: { slug: string; callId: string }) {
  const { t } = useTranslation();
  const { status } = useSessionState();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const here = encodeURIComponent(location.pathname);
  const open = (id: string) => navigate(`/me/applications/${slug}/${id}`);

  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/calls/{callId}/applications', { params: { path: { slug, callId } }, body: {} })),
    onSuccess: (application) => {
      void queryClient.invalidateQueries({ queryKey: ['account', 'applications'] });
      notifications.show({ color: 'teal', message: t('public.call.started') });
      open(application.id);
    },
    onError: (error) => {
      const existing = error instanceof ApiError && error.code === 'APPLICATION_EXISTS' ? (error.problem as Problem & { existingId?: string }).existingId : undefined;
      if (existing) {
        notifications.show({ color: 'blue', message: t('public.call.existing') });
        open(existing);
      }
    },
  });

  return (
    <Card withBorder radius="md" bg="var(--mantine-color-teal-0)">
      <Stack gap="sm">
        {status === 'authenticated' ? (
          <>
            <Text size="sm">{t('public.call.applyIntro')}</Text>
            {start.error && !(start.error instanceof ApiError && start.error.code === 'APPLICATION_EXISTS') && <ProblemAlert error={start.error} />}
            <Button size="md" onClick={() => start.mutate()} loading={start.isPending} w={{ base: '100%', sm: 'fit-content' }}>{t('public.call.apply')}</Button>
          </>
        ) : status === 'anonymous' ? (
          <>
            <Text size="sm">{t('public.call.loggedOut')}</Text>
            <Group grow={false} gap="sm" wrap="wrap">
              <Button component={Link} to={`/login?next=${here}`} size="md" w={{ base: '100%', sm: 'auto' }}>{t('public.call.logInToApply')}</Button>
              <Button component={Link} to={`/register?next=${here}`} size="md" variant="default" w={{ base: '100%', sm: 'auto' }}>{t('public.call.registerToApply')}</Button>
            </Group>
          </>
        ) : (
          <Loader size="sm" aria-label={t('app.loading')} />
        )}
      </Stack>
    </Card>
  );
}
