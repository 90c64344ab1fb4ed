import { Anchor, Button, Card, Center, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { QueryError } from '../../components/ErrorPage';
import { MoneyText } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { json } from './queries';
import { Fraction, downloadText, usePercent, useShares } from './shared';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
type Figure = 'investedMinor' | 'writtenOffMinor' | 'returnedMinor';
const FIGURES: { key: Figure; label: string }[] = [
  { key: 'investedMinor', label: 'equity.portfolio.invested' },
  { key: 'writtenOffMinor', label: 'equity.portfolio.writtenOff' },
  { key: 'returnedMinor', label: 'equity.portfolio.returned' },
];

/** Every startup with a cap table: the organization's stake and, per currency, invested, written off and returned. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const percent = usePercent();
  const shares = useShares();
  const portfolio = useQuery({
    queryKey: [slug, 'portfolio'],
    queryFn: async () => json(await unwrap(api.GET('/api/v1/organizations/{slug}/portfolio', { params: { path: { slug } } }))),
  });
  const csv = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/portfolio', { params: { path: { slug }, query: { format: 'csv' } }, parseAs: 'text' })),
    onSuccess: (text) => downloadText(text, `portfolio-${slug}.csv`),
  });

  const header = (
    <PageHeader
      title={t('equity.portfolio.title')}
      description={t('equity.portfolio.description')}
      actions={<Button variant="default" leftSection={<IconDownload size={16} />} loading={csv.isPending} onClick={() => csv.mutate()}>{t('equity.csv')}</Button>}
    />
  );
  if (portfolio.isPending) return <>{header}<Center py="xl"><Loader aria-label={t('app.loading')} /></Center></>;
  if (portfolio.error) return <QueryError error={portfolio.error} />;
  const { holdings, totals } = portfolio.data;

  return (
    <>
      {header}
      <ProblemAlert error={csv.error} />
      <Stack gap="lg">
        {totals.length > 0 && (
          <section aria-labelledby="portfolio-totals">
            <Title order={2} size="h4" id="portfolio-totals" mb="sm">{t('equity.portfolio.totals')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {totals.map((total) => (
                <Card key={total.currency} withBorder padding="md" data-testid={`totals-${total.currency}`}>
                  <Title order={3} size="h5" mb="xs">{t('equity.portfolio.totalsIn', { currency: total.currency })}</Title>
                  <Stack gap={4}>
                    {FIGURES.map((figure) => (
                      <Group key={figure.key} justify="space-between" gap="xs">
                        <Text size="sm">{t(figure.label)}</Text>
                        <Text size="sm" fw={600}><MoneyText value={{ amountMinor: total[figure.key], currency: total.currency }} /></Text>
                      </Group>
                    ))}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        )}
        {holdings.length === 0 ? (
          <Text c="dimmed">{t('equity.portfolio.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" withRowBorders data-testid="portfolio">
              <caption><VisuallyHidden>{t('equity.portfolio.caption')}</VisuallyHidden></caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('equity.portfolio.startup')}</Table.Th>
                  <Table.Th scope="col">{t('equity.portfolio.stake')}</Table.Th>
                  <Table.Th scope="col">{t('equity.portfolio.currency')}</Table.Th>
                  {FIGURES.map((figure) => (
                    <Table.Th key={figure.key} scope="col" ta="right">{t(figure.label)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              {holdings.map((holding) => {
                const rows = holding.money.length > 0 ? holding.money : [null];
                return (
                  <Table.Tbody key={holding.startupId} style={{ borderTop: '2px solid var(--mantine-color-gray-3)' }}>
                    {rows.map((row, index) => (
                      <Table.Tr key={row?.currency ?? 'none'}>
                        {index === 0 && (
                          <>
                            <Table.Th scope="rowgroup" rowSpan={rows.length} fw={400} style={{ verticalAlign: 'top' }}>
                              <Anchor component={Link} to={`/o/${slug}/startups/${holding.startupId}/equity`} fw={600} aria-label={t('equity.portfolio.capTableOf', { name: holding.startupName })}>
                                {holding.startupName}
                              </Anchor>
                            </Table.Th>
                            <Table.Td rowSpan={rows.length} miw={190} style={{ verticalAlign: 'top' }}>
                              <Group gap="xs" wrap="nowrap" justify="space-between">
                                <Text size="sm" fw={600} style={numeric}>{percent(holding.stakeBps)}</Text>
                                <Progress value={holding.stakeBps / 100} w={70} size="sm" aria-label={t('equity.portfolio.stakeBar', { name: holding.startupName, percent: percent(holding.stakeBps) })} />
                              </Group>
                              <Text size="xs" c="dimmed">
                                <Fraction value={holding.stake} /> · {t('equity.portfolio.stakeOf', { shares: shares(holding.organizationShares), total: shares(holding.outstandingShares) })}
                              </Text>
                            </Table.Td>
                          </>
                        )}
                        {row ? (
                          <>
                            <Table.Td>{row.currency}</Table.Td>
                            {FIGURES.map((figure) => (
                              <Table.Td key={figure.key} ta="right" style={numeric}><MoneyText value={{ amountMinor: row[figure.key], currency: row.currency }} /></Table.Td>
                            ))}
                          </>
                        ) : (
                          <Table.Td colSpan={4}><Text size="sm" c="dimmed">{t('equity.portfolio.noMoney')}</Text></Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                );
              })}
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}
