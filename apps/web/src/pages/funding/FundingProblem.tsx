import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem';
import { useLocale } from '../../i18n';
import { formatMoney, type Money } from '../../format';

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && typeof (value as Money).amountMinor === 'number' && typeof (value as Money).currency === 'string';
}

/**
 * PERK_CAP_EXCEEDED with its figures formatted from the problem (rather than its minor-unit
 * detail); every other code goes to the shared ProblemAlert.
 */
export function FundingProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!(error instanceof ApiError) || error.code !== 'PERK_CAP_EXCEEDED') return <ProblemAlert error={error} />;
  const problem = error.problem as Record<string, unknown>;
  const { cap, used, requested, year } = problem;
  const figures = isMoney(cap) && isMoney(used) && isMoney(requested);
  return (
    <Alert color="red" variant="light" role="alert" data-testid="problem" data-code={error.code}>
      <Text size="sm">{t(`errors.${error.code}`)}</Text>
      {figures ? (
        <Text size="sm">{t('funding.errors.PERK_CAP_EXCEEDED_DETAIL', { year: String(year), cap: formatMoney(cap, locale), used: formatMoney(used, locale), requested: formatMoney(requested, locale) })}</Text>
      ) : (
        error.problem.detail && <Text size="xs" c="dimmed">{error.problem.detail}</Text>
      )}
      {error.problem.requestId && <Text size="xs" c="dimmed">Request {error.problem.requestId}</Text>}
    </Alert>
  );
}
