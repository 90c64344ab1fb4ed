import { useState } from 'react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { QueryError } from '../../components/ErrorPage';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../session/guards';
import { CurrentBadge, RoleBadge } from './badges';
import { useMyAssignments } from './queries';
import { Section } from './Section';
import { SessionFormModal } from './SessionFormModal';
import { SessionsTable } from './SessionsTable';

/** The mentor's home here: their startups (with timelines), their sessions, logging one. */
export function MentoringPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const assignments = useMyAssignments();
  const [dialog, setDialog] = useState<{ session?: Schemas['MentorSessionDto'] } | null>(null);

  if (assignments.isPending) return <Loading />;
  if (assignments.error) return <QueryError error={assignments.error} />;
  const items = assignments.data.items;

  return (
    <>
      <PageHeader
        title={t('mentors.mentoring.title')}
        description={t('mentors.mentoring.description')}
        actions={
          <>
            <Button variant="default" component={Link} to={`/o/${slug}/mentor-profile`}>{t('mentors.mentoring.myProfile')}</Button>
            <Button onClick={() => setDialog({})} disabled={items.length === 0}>{t('mentors.log.open')}</Button>
          </>
        }
      />
      <Stack gap="lg">
        <Section id="mentoring-startups" title={t('mentors.mentoring.startups')}>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">{t('mentors.mentoring.noStartups')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {items.map((assignment) => (
                <Card key={assignment.id} withBorder padding="sm" data-testid="assignment">
                  <Stack gap={6}>
                    <Title order={3} size="h5">{assignment.startupName}</Title>
                    <Group gap={6}>
                      <RoleBadge role={assignment.role} />
                      <CurrentBadge current={assignment.current} />
                    </Group>
                    <Text size="sm" c="dimmed">
                      <Day value={assignment.startsOn} /> – {assignment.endsOn ? <Day value={assignment.endsOn} /> : t('mentors.assignments.openEnded')}
                    </Text>
                    <Anchor component={Link} to={`/o/${slug}/mentoring/startups/${assignment.startupId}`} size="sm" underline="always">
                      {t('mentors.mentoring.timelineLink', { name: assignment.startupName })}
                    </Anchor>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )}
        </Section>
        <Section id="mentoring-sessions" title={t('mentors.mentoring.sessions')}>
          <SessionsTable
            caption={t('mentors.mentoring.sessions')}
            show={{ startup: true }}
            actions={(session) =>
              session.editable ? (
                <Button size="xs" variant="light" onClick={() => setDialog({ session })} aria-label={t('mentors.log.editOne', { topic: session.topic })}>{t('actions.edit')}</Button>
              ) : null
            }
          />
        </Section>
      </Stack>
      {dialog && <SessionFormModal assignments={items} session={dialog.session} onClose={() => setDialog(null)} />}
    </>
  );
}
