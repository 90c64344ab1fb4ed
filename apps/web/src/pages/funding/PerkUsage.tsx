import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { MoneyText } from '../../components/format';
import { formatDay, formatMoney } from '../../format';
import { useLocale } from '../../i18n';

type Usage = Schemas['PerkCapUsageDto'];
type Redemption = Schemas['PerkRedemptionDto'];

/** The cap per enrolment year: a bar with the same figures in words. */
export function PerkUsage({ usage }: { usage: Usage[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (usage.length === 0) return <Text size="sm" c="dimmed">{t('funding.perks.usageEmpty')}</Text>;
  return (
    <Stack gap="sm">
      {usage.map((year) => {
        const percent = year.cap && year.cap.amountMinor > 0 ? Math.min(100, Math.round((year.used.amountMinor / year.cap.amountMinor) * 100)) : 0;
        return (
          <div key={`${year.enrolmentId}-${year.year}`} data-testid="perk-usage">
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>{t('funding.perks.year', { year: year.year, start: formatDay(year.startsOn, locale), end: formatDay(year.endsOn, locale) })}</Text>
              {year.current && <Badge component="span" variant="light" color="teal">{t('funding.perks.current')}</Badge>}
            </Group>
            {year.cap && (
              <Progress
                value={percent}
                size="lg"
                my={6}
                color={percent >= 90 ? 'orange' : 'teal'}
                aria-label={t('funding.perks.usageLabel', { year: year.year, percent })}
              />
            )}
            <Text size="sm">
              {year.cap && year.remaining
                ? t('funding.perks.usage', { used: formatMoney(year.used, locale), cap: formatMoney(year.cap, locale), remaining: formatMoney(year.remaining, locale) })
                : t('funding.perks.usageNoCap', { used: formatMoney(year.used, locale) })}
            </Text>
          </div>
        );
      })}
    </Stack>
  );
}

/** Each redemption: what the perk was worth, the rate used when its currency differed, and what the cap was charged. */
export function RedemptionList({ items }: { items: Redemption[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (items.length === 0) return <Text size="sm" c="dimmed">{t('funding.perks.redemptionsEmpty')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((r) => (
        <Paper key={r.id} component="li" withBorder p="xs" radius="sm" data-testid="redemption">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>{r.partner}</Text>
            <Text size="xs" c="dimmed">{t('funding.perks.redeemedOn', { date: formatDay(r.redeemedOn, locale) })} · {t('funding.perks.yearShort', { year: r.year })}</Text>
          </Group>
          <Text size="sm">{t('funding.perks.value')}: <MoneyText value={r.value} /></Text>
          <Text size="sm">{t('funding.perks.charged')}: <MoneyText value={r.charged} /></Text>
          {r.rate && <Text size="xs" c="dimmed">{t('funding.perks.rate', { rate: r.rate, source: r.rateSource ?? '—', date: formatDay(r.rateOn, locale) })}</Text>}
          {r.note && <Text size="xs">{t('funding.perks.note')}: {r.note}</Text>}
        </Paper>
      ))}
    </Stack>
  );
}

export function SectionTitle({ id, children, level = 2 }: { id: string; children: string; level?: 2 | 3 }) {
  return <Title order={level} size={level === 2 ? 'h4' : 'h5'} id={id} mb="xs">{children}</Title>;
}
