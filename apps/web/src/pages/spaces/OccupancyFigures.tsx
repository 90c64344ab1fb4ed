import { Card, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

type Figures = Schemas['OccupancyFiguresDto'];

function percent(part: number, whole: number) {
  return whole > 0 ? Math.min(100, (part / whole) * 100) : 0;
}

/** Leased area and desks over what there is: a bar with the numbers in words beside it. */
export function OccupancyFigures({ title, figures }: { title: string; figures: Figures }) {
  const { t } = useTranslation();
  const leased = Number(figures.leasedAreaM2);
  const area = Number(figures.areaM2);
  const areaText = t('spaces.occupancy.area', { leased: figures.leasedAreaM2, total: figures.areaM2 });
  const desksText = t('spaces.occupancy.desks', { leased: figures.leasedDesks, total: figures.desks });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">{title}</Title>
        <Text size="sm">{areaText}</Text>
        <Progress value={percent(leased, area)} aria-label={areaText} />
        <Text size="sm">{desksText}</Text>
        <Progress value={percent(figures.leasedDesks, figures.desks)} color="teal" aria-label={desksText} />
        <Text size="sm" c="dimmed">{t('spaces.occupancy.spaces', { leased: figures.leasedSpaces, total: figures.spaces })}</Text>
      </Stack>
    </Card>
  );
}
