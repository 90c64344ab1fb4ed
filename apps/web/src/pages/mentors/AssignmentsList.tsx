import type { ReactNode } from 'react';
import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { Day } from '../../components/format';
import { CurrentBadge, RoleBadge } from './badges';

/** A startup's mentors, past and present, as cards (readable at 390 px). */
export function AssignmentsList({ items, actions }: { items: Schemas['MentorAssignmentDto'][]; actions?: (assignment: Schemas['MentorAssignmentDto']) => ReactNode }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm" c="dimmed">{t('mentors.assignments.empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {items.map((assignment) => (
        <Card key={assignment.id} withBorder padding="sm" data-testid="mentor-assignment">
          <Stack gap={6}>
            <Text fw={600}>{assignment.mentorName}</Text>
            <Group gap={6}>
              <RoleBadge role={assignment.role} />
              <CurrentBadge current={assignment.current} />
            </Group>
            <Text size="sm" c="dimmed">
              <Day value={assignment.startsOn} /> – {assignment.endsOn ? <Day value={assignment.endsOn} /> : t('mentors.assignments.openEnded')}
            </Text>
            {actions?.(assignment)}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
