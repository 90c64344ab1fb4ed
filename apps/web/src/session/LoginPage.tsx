import { useState } from 'react';
import { Alert, Anchor, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ApiError, type Problem } from '../api/problem';
import { fieldErrorsOf, ProblemAlert } from '../components/problem';
import { session } from './session-store';
import { useSessionState } from './use-session';

/** Only a path inside this app: never an absolute URL someone put in ?next=. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.logInTitle')}`);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { status } = useSessionState();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  if (status === 'authenticated' && !busy) return <Navigate to={next} replace />;

  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const { error: problem } = await session.logIn(String(form.get('email')), String(form.get('password')));
    setBusy(false);
    if (problem) return setError(new ApiError(problem as Problem));
    queryClient.clear();
    navigate(next, { replace: true });
  };
  const fieldError = fieldErrorsOf(error);

  return (
    <Container size={420} py="xl">
      <Title order={1} size="h2" mb="md">{t('auth.logInTitle')}</Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={(event) => { event.preventDefault(); void submit(new FormData(event.currentTarget)); }}>
          <Stack>
            {params.get('expired') && <Alert color="yellow">{t('auth.expired')}</Alert>}
            <ProblemAlert error={error} />
            <TextInput name="email" type="email" label={t('auth.email')} autoComplete="username" required error={fieldError('email')} />
            <PasswordInput name="password" label={t('auth.password')} autoComplete="current-password" required error={fieldError('password')} />
            <Button type="submit" loading={busy}>{t('app.logIn')}</Button>
            <Text size="sm">
              {t('auth.noAccount')} <Anchor component={Link} to={`/register?next=${encodeURIComponent(next)}`}>{t('app.register')}</Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.registerTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));
  const email = params.get('email') ?? '';

  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const body = { email: String(form.get('email')), password: String(form.get('password')), name: String(form.get('name')) };
    const registered = await api.POST('/api/v1/auth/register', { body });
    if (registered.error) {
      setBusy(false);
      return setError(new ApiError(registered.error as Problem));
    }
    const { error: problem } = await session.logIn(body.email, body.password);
    setBusy(false);
    if (problem) return setError(new ApiError(problem as Problem));
    queryClient.clear();
    navigate(next, { replace: true });
  };
  const fieldError = fieldErrorsOf(error);

  return (
    <Container size={420} py="xl">
      <Title order={1} size="h2" mb="md">{t('auth.registerTitle')}</Title>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={(event) => { event.preventDefault(); void submit(new FormData(event.currentTarget)); }}>
          <Stack>
            <ProblemAlert error={error} />
            <TextInput name="name" label={t('auth.name')} autoComplete="name" required error={fieldError('name')} />
            <TextInput name="email" type="email" label={t('auth.email')} autoComplete="username" defaultValue={email} required error={fieldError('email')} />
            <PasswordInput name="password" label={t('auth.password')} description={t('auth.passwordHint')} autoComplete="new-password" required minLength={10} error={fieldError('password')} />
            <Button type="submit" loading={busy}>{t('app.register')}</Button>
            <Text size="sm">
              {t('auth.haveAccount')} <Anchor component={Link} to={`/login?next=${encodeURIComponent(next)}`}>{t('app.logIn')}</Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
