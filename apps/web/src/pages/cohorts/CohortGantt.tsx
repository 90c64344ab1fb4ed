import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { formatDay } from '../../format';
import { useLocale } from '../../i18n';
import { dayIn } from './queries';
import classes from './CohortGantt.module.css';

const DAY_MS = 86_400_000;
const toDay = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);

/**
 * The cohort's phases as bars on a date axis (one row per phase, month ticks, today's line). The
 * drawing is one role="img" with a spoken summary; the same facts are in a visually hidden table.
 */
export function CohortGantt({ timeline }: { timeline: Schemas['CohortTimelineDto'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { timezone } = useOrganization();
  const phases = timeline.phases;
  if (phases.length === 0) return <Text c="dimmed">{t('cohorts.timeline.empty')}</Text>;

  const start = Math.min(...phases.map((phase) => toDay(phase.startsOn)));
  // A phase's endsOn is its last day: the bar runs to the end of that day.
  const end = Math.max(...phases.map((phase) => toDay(phase.endsOn))) + DAY_MS;
  const span = end - start;
  const percent = (time: number) => `${(((time - start) / span) * 100).toFixed(3)}%`;
  const today = dayIn(timeline.now, timezone);
  const todayTime = toDay(today);
  const showToday = todayTime >= start && todayTime < end;

  const monthLabel = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const ticks: number[] = [];
  const first = new Date(start);
  for (let month = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1); month < end; ) {
    ticks.push(month);
    const date = new Date(month);
    month = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  }
  // At most about eight labels fit; Januaries carry the year.
  const step = [1, 2, 3, 6, 12].find((candidate) => ticks.length / candidate <= 8) ?? 12;
  const labelled = ticks.filter((tick) => new Date(tick).getUTCMonth() % step === 0);
  const current = phases.find((phase) => phase.current);
  const summary = t('cohorts.timeline.summary', {
    count: phases.length,
    start: formatDay(phases[0].startsOn, locale),
    end: formatDay(phases[phases.length - 1].endsOn, locale),
    today: formatDay(today, locale),
    current: current?.name ?? t('cohorts.timeline.none'),
  });

  return (
    <Box>
      <div role="img" aria-label={summary} className={classes.chart}>
        <div className={classes.axisLabel} />
        <div className={classes.axis}>
          {labelled.map((tick) => (
            <span key={tick} className={classes.tick} style={{ left: percent(tick) }}>{monthLabel.format(new Date(tick))}</span>
          ))}
        </div>
        {phases.map((phase) => (
          <div key={phase.position} className={classes.row}>
            <div className={classes.label} data-current={phase.current || undefined}>
              {phase.position + 1}. {phase.name}
            </div>
            <div className={classes.track}>
              {ticks.map((tick) => <span key={tick} className={classes.gridLine} style={{ left: percent(tick) }} />)}
              <div
                className={classes.bar}
                data-current={phase.current || undefined}
                style={{ left: percent(toDay(phase.startsOn)), width: `calc(${percent(toDay(phase.endsOn) + DAY_MS)} - ${percent(toDay(phase.startsOn))})` }}
              />
              {showToday && <span className={classes.today} style={{ left: percent(todayTime) }} />}
            </div>
          </div>
        ))}
        <div className={classes.axisLabel} />
        <div className={classes.legend}>
          {showToday && <span className={classes.todayLabel} style={{ left: percent(todayTime) }}>{t('cohorts.timeline.today')}</span>}
        </div>
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{t('cohorts.timeline.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cohorts.timeline.phase')}</Table.Th>
              <Table.Th>{t('cohorts.timeline.starts')}</Table.Th>
              <Table.Th>{t('cohorts.timeline.ends')}</Table.Th>
              <Table.Th>{t('cohorts.timeline.current')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {phases.map((phase) => (
              <Table.Tr key={phase.position}>
                <Table.Td>{phase.name}</Table.Td>
                <Table.Td><Day value={phase.startsOn} /></Table.Td>
                <Table.Td><Day value={phase.endsOn} /></Table.Td>
                <Table.Td>{phase.current ? t('cohorts.timeline.current') : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Box>
  );
}
