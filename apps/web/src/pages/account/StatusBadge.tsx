import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

const COLOR: Record<Schemas['ApplicationStatus'], string> = {
  draft: 'gray', submitted: 'blue', under_review: 'indigo', shortlisted: 'violet', accepted: 'teal', rejected: 'red', waitlisted: 'yellow', withdrawn: 'dark',
};

/** An application's status as words (the colour only repeats them). */
export function StatusBadge({ status }: { status: Schemas['ApplicationStatus'] }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[status]} variant="light" style={{ textTransform: 'none', overflow: 'visible' }}>{t(`account.status.${status}`)}</Badge>;
}
