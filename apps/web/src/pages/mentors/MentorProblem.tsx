import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem';

/**
 * The shared ProblemAlert, except for codes whose shared message speaks of another domain
 * (ALREADY_ASSIGNED is the reviewers' there): those read mentors.errors.CODE.
 */
export function MentorProblem({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const key = error instanceof ApiError ? `mentors.errors.${error.code}` : '';
  if (!(error instanceof ApiError) || !i18n.exists(key)) {
    return <div data-code={error instanceof ApiError ? error.code : undefined}><ProblemAlert error={error} /></div>;
  }
  return (
    <Alert color="red" variant="light" role="alert" data-testid="problem" data-code={error.code}>
      <Text size="sm">{t(key)}</Text>
      {error.problem.detail && <Text size="xs" c="dimmed">{error.problem.detail}</Text>}
      {error.problem.requestId && <Text size="xs" c="dimmed">Request {error.problem.requestId}</Text>}
    </Alert>
  );
}
