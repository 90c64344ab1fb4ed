import { Anchor, List, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { DateTime } from '../../components/format';
import { useMe } from '../../session/use-session';
import { useMemberNames } from './queries';

type Event = Schemas['MilestoneEventDto'];

/** Every step of the milestone, oldest first: what, who, when, and its evidence, comment or changes. */
export function MilestoneHistory({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const names = useMemberNames();
  const who = (event: Event) => {
    if (!event.actorUserId) return t('cohorts.milestone.by.calendar');
    if (event.actorUserId === me.data?.id) return t('cohorts.milestone.by.you');
    return names.get(event.actorUserId) ?? t('cohorts.milestone.by.staff');
  };
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length}>
      {events.map((event) => (
        <Timeline.Item key={event.id} title={t(`cohorts.milestone.events.${event.kind}`)} color={event.kind === 'overdue' || event.kind === 'changes_requested' ? 'red' : event.kind === 'approved' ? 'green' : 'teal'}>
          <Text size="xs" c="dimmed">{who(event)} · <DateTime value={event.at} /></Text>
          <Stack gap={4} mt={4}>
            {event.evidenceText && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{event.evidenceText}</Text>}
            {event.evidenceLinks && event.evidenceLinks.length > 0 && (
              <List size="sm">
                {event.evidenceLinks.map((link) => (
                  <List.Item key={link}><Anchor href={link} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>{link}</Anchor></List.Item>
                ))}
              </List>
            )}
            {event.comment && <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>“{event.comment}”</Text>}
            {event.changes && Object.keys(event.changes).length > 0 && (
              <Text size="xs" c="dimmed">{t('cohorts.milestone.changed', { fields: Object.keys(event.changes).join(', ') })}</Text>
            )}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
