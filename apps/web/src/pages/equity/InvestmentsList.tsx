import { Center, Loader, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day, MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { ProblemAlert } from '../../components/problem';
import { equityKey, useHolders } from './queries';
import { useShares } from './shared';

/** The startup's investments with their write-offs (the API lists them whole, not paged). */
export function InvestmentsList({ startupId }: { startupId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const shares = useShares();
  const holders = useHolders(startupId);
  const investments = useQuery({
    queryKey: [...equityKey(slug, startupId), 'investments'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/investments', { params: { path: { slug, startupId } } })),
  });
  const names = new Map((holders.data ?? []).map((holder) => [holder.id, holder.name]));
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="investments-heading">
      <Title order={2} size="h4" id="investments-heading" mb="sm">{t('equity.investment.list')}</Title>
      {investments.isPending && <Center><Loader size="sm" aria-label={t('app.loading')} /></Center>}
      <ProblemAlert error={investments.error} />
      {investments.data?.length === 0 && <Text c="dimmed" size="sm">{t('equity.investment.empty')}</Text>}
      {!!investments.data?.length && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <caption><VisuallyHidden>{t('equity.investment.caption')}</VisuallyHidden></caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('equity.investment.date')}</Table.Th>
                <Table.Th scope="col">{t('equity.investment.investor')}</Table.Th>
                <Table.Th scope="col">{t('equity.investment.instrument')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('equity.investment.amount')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('equity.investment.preMoney')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('equity.capTable.shares')}</Table.Th>
                <Table.Th scope="col">{t('equity.investment.writtenOff')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {investments.data.map((investment) => (
                <Table.Tr key={investment.id}>
                  <Table.Td><Day value={investment.date} /></Table.Td>
                  <Table.Td>{names.get(investment.investorHolderId) ?? '…'}</Table.Td>
                  <Table.Td>{t(`equity.instrument.${investment.instrument}`)}</Table.Td>
                  <Table.Td ta="right"><MoneyText value={investment.amount} /></Table.Td>
                  <Table.Td ta="right"><MoneyText value={investment.preMoneyValuation} /></Table.Td>
                  <Table.Td ta="right">{investment.shares ? shares(investment.shares) : investment.conversionShares ? `${shares(investment.conversionShares)} (${t('equity.investment.conversionShares').toLowerCase()})` : '—'}</Table.Td>
                  <Table.Td>
                    {investment.writtenOff ? (
                      <Text size="sm"><MoneyText value={investment.writtenOff} /> {investment.writtenOffOn && <>{t('equity.investment.writtenOffOn')} <Day value={investment.writtenOffOn} /></>}</Text>
                    ) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
