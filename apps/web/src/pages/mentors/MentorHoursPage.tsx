import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, SegmentedControl, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/problem';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { Loading } from '../../session/guards';
import { keys, todayIn } from './queries';
import { Section } from './Section';

const GROUPS: Schemas['MentorHoursGroup'][] = ['mentor', 'startup', 'programme'];

/** Approved mentor hours by mentor, startup or programme over a period: a chart, its numbers in a table for screen readers. */
export function MentorHoursPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug, timezone } = useOrganization();
  const today = todayIn(timezone);
  const [groupBy, setGroupBy] = useState<Schemas['MentorHoursGroup']>('mentor');
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const hours = useQuery({
    queryKey: [...keys.hours(slug), groupBy, from, to],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-hours', { params: { path: { slug }, query: { groupBy, from: from || undefined, to: to || undefined } } })),
  });
  const rows = hours.data?.rows ?? [];
  const totals = [...rows.reduce((map, row) => map.set(row.id, { name: row.name, minutes: (map.get(row.id)?.minutes ?? 0) + row.minutes }), new Map<string, { name: string; minutes: number }>()).values()]
    .sort((a, b) => b.minutes - a.minutes)
    .slice(0, 20)
    .map((row) => ({ name: row.name, hours: Math.round(row.minutes / 6) / 10 }));
  const hoursText = (minutes: number) => formatNumber(minutes / 60, locale, { maximumFractionDigits: 1 });

  return (
    <>
      <PageHeader title={t('mentors.hours.title')} description={t('mentors.hours.description')} />
      <Group mb="md" align="flex-end" wrap="wrap">
        <SegmentedControl aria-label={t('mentors.hours.groupBy')} value={groupBy} onChange={(value) => setGroupBy(value as Schemas['MentorHoursGroup'])} data={GROUPS.map((value) => ({ value, label: t(`mentors.hours.by.${value}`) }))} />
        <TextInput type="date" label={t('mentors.hours.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
        <TextInput type="date" label={t('mentors.hours.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} />
      </Group>
      <Section id="hours-chart" title={t(`mentors.hours.chartTitle.${groupBy}`)}>
        {hours.isPending ? (
          <Loading />
        ) : hours.error ? (
          <ProblemAlert error={hours.error} />
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed">{t('mentors.hours.empty')}</Text>
        ) : (
          <div role="figure" aria-label={t(`mentors.hours.chartTitle.${groupBy}`)}>
            <BarChart
              h={Math.max(160, totals.length * 32)}
              data={totals}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 180 }}
              series={[{ name: 'hours', label: t('mentors.hours.hours'), color: 'teal.6' }]}
              withBarValueLabel
              valueFormatter={(value) => formatNumber(value, locale, { maximumFractionDigits: 1 })}
              gridAxis="none"
              tickLine="none"
            />
            <VisuallyHidden>
              <Table>
                <caption>{t(`mentors.hours.chartTitle.${groupBy}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('mentors.hours.month')}</th>
                    <th scope="col">{t(`mentors.hours.by.${groupBy}`)}</th>
                    <th scope="col">{t('mentors.hours.hours')}</th>
                    <th scope="col">{t('mentors.hours.sessions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.month}-${row.id}`}>
                      <td>{row.month}</td>
                      <th scope="row">{row.name}</th>
                      <td>{hoursText(row.minutes)}</td>
                      <td>{row.sessions}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </VisuallyHidden>
          </div>
        )}
      </Section>
    </>
  );
}
