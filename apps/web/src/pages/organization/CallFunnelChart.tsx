import { BarChart } from '@mantine/charts';
import { Badge, Card, Group, Loader, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { ProblemAlert } from '../../components/problem';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';

const STAGES = ['drafts', 'submitted', 'reviewed', 'shortlisted', 'decided'] as const;

/** One call's funnel (drafts → decided) as a bar chart, with its numbers in a hidden table. */
export function CallFunnelChart({ slug, call }: { slug: string; call: Schemas['CallDto'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const funnel = useQuery({
    queryKey: [slug, 'calls', call.id, 'funnel'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}/funnel', { params: { path: { slug, callId: call.id } } })),
  });
  const data = STAGES.map((stage) => ({ stage: t(`organization.dashboard.funnels.${stage}`), count: funnel.data?.[stage] ?? 0 }));
  const summary = data.map((row) => `${row.stage} ${formatNumber(row.count, locale)}`).join(', ');

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Title order={3} size="h5">{call.title}</Title>
        <Badge variant="light" color={call.status === 'open' ? 'teal' : 'blue'} style={{ flexShrink: 0 }}>
          {t(`organization.dashboard.funnels.status.${call.status}`)}
        </Badge>
      </Group>
      {funnel.error && <ProblemAlert error={funnel.error} />}
      {funnel.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {funnel.data && funnel.data.total === 0 && <Text c="dimmed" size="sm" py="lg">{t('organization.dashboard.funnels.none')}</Text>}
      {funnel.data && funnel.data.total > 0 && (
        <div role="figure" aria-label={t('organization.dashboard.funnels.chartLabel', { call: call.title, values: summary })}>
          <BarChart
            h={200}
            data={data}
            dataKey="stage"
            orientation="vertical"
            yAxisProps={{ width: 90 }}
            series={[{ name: 'count', label: t('organization.dashboard.funnels.count'), color: 'teal.6' }]}
            withBarValueLabel
            valueFormatter={(value) => formatNumber(value, locale)}
            xAxisProps={{ padding: { right: 24 }, allowDecimals: false }}
            gridAxis="none"
            tickLine="none"
            barProps={{ radius: 3 }}
          />
          <VisuallyHidden>
            <Table>
              <caption>{call.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organization.dashboard.funnels.stage')}</th>
                  <th scope="col">{t('organization.dashboard.funnels.count')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((row) => (
                  <tr key={row.stage}>
                    <th scope="row">{row.stage}</th>
                    <td>{row.count}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </VisuallyHidden>
          {funnel.data.withdrawn > 0 && <Text size="xs" c="dimmed">{t('organization.dashboard.funnels.withdrawn', { count: funnel.data.withdrawn })}</Text>}
        </div>
      )}
    </Card>
  );
}
