import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

const GRANT_COLOR: Record<Schemas['GrantState'], string> = { awarded: 'blue', partly_disbursed: 'orange', disbursed: 'green' };
const TRANCHE_COLOR: Record<Schemas['TrancheStatus'], string> = { scheduled: 'gray', payable: 'orange', disbursed: 'green' };

/** States in words (never colour alone). */
export function GrantStateBadge({ state }: { state: Schemas['GrantState'] }) {
  const { t } = useTranslation();
  return <Badge component="span" color={GRANT_COLOR[state]} variant="light">{t(`funding.grantState.${state}`)}</Badge>;
}

export function TrancheStatusBadge({ status }: { status: Schemas['TrancheStatus'] }) {
  const { t } = useTranslation();
  return <Badge component="span" color={TRANCHE_COLOR[status]} variant="light">{t(`funding.trancheStatus.${status}`)}</Badge>;
}
