import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import type { PaymentDetail } from './queries';

/** What a payment paid: each invoice (a link) with the amount set against it, and what is left. */
export function AllocationsTable({ payment, withTime = true }: { payment: PaymentDetail; withTime?: boolean }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  return (
    <Stack gap="xs">
      {payment.allocations.length === 0 ? (
        <Text size="sm" c="dimmed">{t('payments.allocations.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing="xs" data-testid="allocations">
            <caption><VisuallyHidden>{t('payments.allocations.caption', { reference: payment.bankReference })}</VisuallyHidden></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('payments.allocations.invoice')}</Table.Th>
                <Table.Th scope="col">{t('payments.allocations.how')}</Table.Th>
                {withTime && <Table.Th scope="col">{t('payments.allocations.when')}</Table.Th>}
                <Table.Th scope="col" ta="right">{t('payments.allocations.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {payment.allocations.map((allocation, index) => (
                <Table.Tr key={`${allocation.invoiceId}-${index}`}>
                  <Table.Td><Anchor component={Link} to={`/o/${slug}/invoices/${allocation.invoiceId}`}>{allocation.invoiceNumber}</Anchor></Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={allocation.manual ? 'grape' : 'gray'} tt="none">{t(allocation.manual ? 'payments.allocations.manual' : 'payments.allocations.oldestFirst')}</Badge>
                  </Table.Td>
                  {withTime && <Table.Td><DateTime value={allocation.allocatedAt} /></Table.Td>}
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}><MoneyText value={allocation.amount} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="flex-end" gap="lg" data-testid="payment-totals">
        <Text size="sm">{t('payments.allocations.allocated')}: <Text span fw={600}><MoneyText value={payment.allocated} /></Text></Text>
        <Text size="sm">{t('payments.allocations.unallocated')}: <Text span fw={600}><MoneyText value={payment.unallocated} /></Text></Text>
      </Group>
      {payment.unallocated.amountMinor > 0 && <Text size="xs" c="dimmed" ta="right">{t('payments.allocations.creditHint')}</Text>}
    </Stack>
  );
}
