import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useRouteError } from 'react-router';
import { ApiError } from '../api/problem';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <Message title={t('errorPage.forbiddenTitle')} body={t('errorPage.forbiddenBody')} code="403" />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Message title={t('errorPage.notFoundTitle')} body={t('errorPage.notFoundBody')} code="404" />;
}

function Message({ title, body, code }: { title: string; body: string; code: string }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Text c="dimmed" fw={700} aria-hidden>{code}</Text>
        <Title order={1}>{title}</Title>
        <Text>{body}</Text>
        <Button component={Link} to="/" variant="light" w="fit-content">{t('errorPage.home')}</Button>
      </Stack>
    </Container>
  );
}

/** Route error boundary: a 401 goes to login, 403 and 404 get their page, anything else a message. */
export function RouteErrorPage() {
  const error = useRouteError();
  const location = useLocation();
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 401) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (error instanceof ApiError && error.status === 403) return <ForbiddenPage />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  return <Message title={t('errorPage.failedTitle')} body={error instanceof Error ? error.message : String(error)} code="!" />;
}

/** For a query's error inside a page: the same 403/404 pages, or rethrown to the boundary. */
export function QueryError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 403) return <ForbiddenPage />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  throw error;
}
