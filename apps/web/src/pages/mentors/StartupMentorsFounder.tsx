import { useState } from 'react';
import { Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { fieldErrorsOf, ProblemAlert } from '../../components/problem';
import { Loading } from '../../session/guards';
import { AssignmentsList } from './AssignmentsList';
import { SessionStatusBadge } from './badges';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, useStartupAssignments } from './queries';
import { Section } from './Section';

type Session = Schemas['MentorSessionDto'];

/** The founders' view: their mentors, and each logged session to confirm or dispute (cards, for a phone). */
export function StartupMentorsFounder({ startupId }: { startupId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const assignments = useStartupAssignments(startupId);
  const sessions = useQuery({
    queryKey: [...keys.sessions(slug), { startupId }, 'founder'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-sessions', { params: { path: { slug }, query: { startupId, limit: 100 } } })),
  });
  const [disputing, setDisputing] = useState<Session | null>(null);

  return (
    <Stack gap="lg">
      <Section id="founder-mentors" title={t('mentors.founder.mentors')}>
        {assignments.isPending ? <Loading /> : assignments.error ? <ProblemAlert error={assignments.error} /> : <AssignmentsList items={assignments.data.items} />}
      </Section>
      <Section id="founder-sessions" title={t('mentors.founder.sessions')}>
        {sessions.isPending ? (
          <Loading />
        ) : sessions.error ? (
          <ProblemAlert error={sessions.error} />
        ) : sessions.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">{t('mentors.sessions.empty')}</Text>
        ) : (
          <Stack gap="sm">
            {sessions.data.items.map((session) => <SessionCard key={session.id} session={session} onDispute={() => setDisputing(session)} />)}
          </Stack>
        )}
      </Section>
      {disputing && <DisputeModal session={disputing} onClose={() => setDisputing(null)} />}
    </Stack>
  );
}

function SessionCard({ session, onDispute }: { session: Session; onDispute: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/confirm', { params: { path: { slug, sessionId: session.id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.sessions(slug) });
      notifyDone(t('mentors.founder.confirmed'));
    },
  });
  const canConfirm = !session.locked && (session.status === 'logged' || session.status === 'disputed');
  const canDispute = !session.locked && session.status === 'logged';
  return (
    <Card withBorder padding="sm" data-testid="session">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{session.topic}</Text>
          <Group gap={4}><SessionStatusBadge session={session} /></Group>
        </Group>
        <Text size="sm" c="dimmed">
          {session.mentorName} · <Day value={session.sessionOn} /> · {t('mentors.founder.minutes', { count: session.minutes })}
        </Text>
        {session.notes && <Text size="sm">{session.notes}</Text>}
        {session.disputeReason && <Text size="sm">{t('mentors.sessions.disputeReason')}: {session.disputeReason}</Text>}
        {session.reviewComment && <Text size="sm">{t('mentors.sessions.reviewComment')}: {session.reviewComment}</Text>}
        {(canConfirm || canDispute) && (
          <Group gap="xs">
            {canConfirm && <Button size="xs" color="teal" loading={confirm.isPending} onClick={() => confirm.mutate()} aria-label={t('mentors.founder.confirmOne', { topic: session.topic })}>{t('mentors.founder.confirm')}</Button>}
            {canDispute && <Button size="xs" variant="light" color="orange" onClick={onDispute} aria-label={t('mentors.founder.disputeOne', { topic: session.topic })}>{t('mentors.founder.dispute')}</Button>}
          </Group>
        )}
        <MentorProblem error={confirm.error} />
      </Stack>
    </Card>
  );
}

function DisputeModal({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/organizations/{slug}/mentor-sessions/{sessionId}/dispute', { params: { path: { slug, sessionId: session.id } }, body: { reason } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.sessions(slug) });
      notifyDone(t('mentors.founder.disputed'));
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('actions.close') }} title={t('mentors.founder.disputeTitle', { topic: session.topic })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <Textarea label={t('mentors.founder.reason')} description={t('mentors.founder.reasonHint')} required autosize minRows={3} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldErrorsOf(save.error)('reason')} />
          <MentorProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('actions.cancel')}</Button>
            <Button type="submit" color="orange" loading={save.isPending}>{t('mentors.founder.dispute')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
