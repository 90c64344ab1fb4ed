import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { useProblemMessage } from '../../components/problem';

/**
 * The shared message for an error code, except where i18n/common.ts lacks the Mongolian: then
 * this area's own `account.errors.CODE` (Mongolian only) is used.
 */
export function useAccountProblemMessage() {
  const { t } = useTranslation();
  const shared = useProblemMessage();
  return (error: unknown): string => {
    const own = error instanceof ApiError ? t(`account.errors.${error.code}`, { defaultValue: '' }) : '';
    return own || shared(error);
  };
}
