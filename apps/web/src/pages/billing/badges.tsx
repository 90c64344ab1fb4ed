import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

const STATUS_COLOR: Record<Schemas['InvoiceStatus'], string> = { open: 'blue', overdue: 'red', paid: 'green', credited: 'gray', no_charge: 'teal', credit_note: 'grape' };

/** An invoice's status in words (never colour alone), in the theme's contrast-safe light colours. */
export function InvoiceStatusBadge({ status }: { status: Schemas['InvoiceStatus'] }) {
  const { t } = useTranslation();
  return <Badge component="span" miw="max-content" color={STATUS_COLOR[status]} variant={status === 'overdue' ? 'filled' : 'light'}>{t(`billing.status.${status}`)}</Badge>;
}
