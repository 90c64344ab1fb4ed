import { AreaChart } from '@mantine/charts';
import { Badge, Card, Group, Loader, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { ProblemAlert } from '../../components/problem';
import { formatDay } from '../../format';
import { useLocale } from '../../i18n';

const SERIES = [
  { name: 'approved', color: 'teal.6' },
  { name: 'submitted', color: 'blue.5' },
  { name: 'changesRequested', color: 'yellow.6' },
  { name: 'pending', color: 'gray.4' },
  { name: 'overdue', color: 'red.6' },
] as const;

/** A running cohort's milestones by status at the end of each day, stacked. */
export function MilestoneTrendChart({ slug, cohort }: { slug: string; cohort: Schemas['CohortDto'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const trend = useQuery({
    queryKey: [slug, 'cohorts', cohort.id, 'milestone-trend'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/cohorts/{cohortId}/milestone-trend', { params: { path: { slug, cohortId: cohort.id } } })),
  });
  const days = trend.data?.days ?? [];
  const data = days.map((day) => ({ ...day, label: formatDay(day.date, locale) }));
  const latest = days[days.length - 1];
  const series = SERIES.map((serie) => ({ ...serie, label: t(`organization.dashboard.trends.${serie.name}`) }));
  const values = latest ? series.map((serie) => `${serie.label} ${latest[serie.name]}`).join(', ') : '';

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} size="h5">{cohort.name}</Title>
        {trend.data && <Text size="xs" c="dimmed">{t('organization.dashboard.trends.timezone', { timezone: trend.data.timezone })}</Text>}
      </Group>
      {trend.error && <ProblemAlert error={trend.error} />}
      {trend.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {trend.data && days.length === 0 && <Text c="dimmed" size="sm">{t('organization.dashboard.trends.notStarted')}</Text>}
      {latest && (
        <div
          role="figure"
          aria-label={t('organization.dashboard.trends.chartLabel', { cohort: cohort.name, from: data[0].label, to: data[data.length - 1].label, values })}
        >
          <AreaChart
            h={260}
            data={data}
            dataKey="label"
            type="stacked"
            series={series.map((serie) => ({ ...serie }))}
            curveType="monotone"
            withDots={false}
            withLegend
            legendProps={{ verticalAlign: 'bottom', height: 40 }}
            xAxisProps={{ minTickGap: 48 }}
            fillOpacity={0.5}
            strokeWidth={1.5}
            tickLine="none"
          />
          <Group gap="xs" mt="xs">
            <Text size="xs" c="dimmed">{t('organization.dashboard.trends.latest', { day: formatDay(latest.date, locale) })}:</Text>
            {series.map((serie) => (
              <Badge key={serie.name} variant="light" tt="none" color={serie.color.split('.')[0]} size="sm">
                {serie.label}: {latest[serie.name]}
              </Badge>
            ))}
          </Group>
          <VisuallyHidden>
            <Table>
              <caption>{cohort.name}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organization.dashboard.trends.day')}</th>
                  {series.map((serie) => <th key={serie.name} scope="col">{serie.label}</th>)}
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.date}>
                    <th scope="row"><Day value={day.date} /></th>
                    {series.map((serie) => <td key={serie.name}>{day[serie.name]}</td>)}
                  </tr>
                ))}
              </tbody>
            </Table>
          </VisuallyHidden>
        </div>
      )}
    </Card>
  );
}
