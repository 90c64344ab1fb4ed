import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';

/** The stable message for an error's code, the API's detail when the catalogue has none. */
export function useProblemMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('errors.UNEXPECTED');
    const key = `errors.${error.code}`;
    // The problem's own fields fill the message's blanks (PERIOD_LOCKED names its month); `replace`, so none is read as an i18next option.
    return i18n.exists(key) ? t(key, { replace: error.problem as unknown as Record<string, unknown> }) : error.problem.detail || t('errors.UNEXPECTED');
  };
}

/** A form or page level error: the code's message, the API's detail, and the request id for support. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const message = useProblemMessage();
  if (!error) return null;
  const detail = error instanceof ApiError ? error.problem.detail : undefined;
  const shown = message(error);
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="problem">
      <Text size="sm">{shown}</Text>
      {detail && detail !== shown && <Text size="xs" c="dimmed">{detail}</Text>}
      {error instanceof ApiError && error.problem.requestId && <Text size="xs" c="dimmed">Request {error.problem.requestId}</Text>}
    </Alert>
  );
}

/**
 * The API's field errors beside the fields: `fieldError('email')` for a Mantine input's `error`
 * prop. Nested fields match by prefix ("answers.q1" shows on the input named "answers.q1").
 */
export function fieldErrorsOf(error: unknown): (field: string) => string | undefined {
  const errors = error instanceof ApiError ? error.fieldErrors() : {};
  return (field) => errors[field];
}
