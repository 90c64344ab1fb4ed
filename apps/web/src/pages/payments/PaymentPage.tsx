import { useState, type ReactNode } from 'react';
import { Anchor, Box, Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsSplit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/ErrorPage';
import { DateTime, Day, MoneyText } from '../../components/format';
import { hasRole, STAFF, useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { AllocateModal } from './AllocateModal';
import { AllocationsTable } from './AllocationsTable';
import { Section } from './Section';
import { usePayment } from './queries';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">{label}</Text>
      <Box fz="sm">{children}</Box>
    </Stack>
  );
}

/**
 * One payment: when it arrived, from whom, its bank reference and amount, and the invoices it paid
 * (links). Staff may allocate what is left (the startup's credit) oldest first or by hand; a
 * founder reads their startup's (anyone else: 404).
 */
export function PaymentPage() {
  const { t } = useTranslation();
  const organization = useOrganization();
  const { slug } = organization;
  const staff = hasRole(organization, STAFF);
  const paymentId = useParams().paymentId ?? '';
  const payment = usePayment(paymentId);
  const [allocating, setAllocating] = useState(false);

  if (payment.isPending) return <Loading />;
  if (payment.error) return <QueryError error={payment.error} />;
  const data = payment.data;
  const back = staff ? { to: `/o/${slug}/payments`, label: t('payments.detail.backStaff') } : { to: `/o/${slug}/startups/${data.startupId}/payments`, label: t('payments.detail.backFounder') };

  return (
    <>
      <Anchor component={Link} to={back.to} size="sm">← {back.label}</Anchor>
      <PageHeader
        title={t('payments.detail.title', { reference: data.bankReference })}
        actions={
          staff && data.unallocated.amountMinor > 0 ? (
            <Button leftSection={<IconArrowsSplit size={16} />} onClick={() => setAllocating(true)}>{t('payments.allocate.open')}</Button>
          ) : undefined
        }
      />
      <Stack gap="lg">
        <Card withBorder padding="md">
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" verticalSpacing="sm" data-testid="payment-facts">
            <Fact label={t('payments.fields.startup')}>
              {staff ? <Anchor component={Link} to={`/o/${slug}/payments?startupId=${data.startupId}`}>{data.startupName}</Anchor> : data.startupName}
            </Fact>
            <Fact label={t('payments.fields.receivedOn')}><Day value={data.receivedOn} /></Fact>
            <Fact label={t('payments.fields.amount')}><Text fw={700} size="sm"><MoneyText value={data.amount} /></Text></Fact>
            <Fact label={t('payments.allocations.allocated')}><MoneyText value={data.allocated} /></Fact>
            <Fact label={t('payments.allocations.unallocated')}><MoneyText value={data.unallocated} /></Fact>
            <Fact label={t('payments.detail.recorded')}><DateTime value={data.createdAt} /></Fact>
          </SimpleGrid>
          {data.note && <Text size="sm" mt="sm"><Text span fw={600}>{t('payments.fields.note')}:</Text> {data.note}</Text>}
        </Card>
        <Section id="payment-allocations" title={t('payments.detail.allocations')}>
          <AllocationsTable payment={data} />
        </Section>
      </Stack>
      {allocating && <AllocateModal payment={data} onClose={() => setAllocating(false)} />}
    </>
  );
}
