import { useState } from 'react';
import { Badge, Button, Group, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useOrganization } from '../../components/organization';
import { ProblemAlert } from '../../components/problem';
import { Loading } from '../../session/guards';
import { AssignmentsList } from './AssignmentsList';
import { AssignModal } from './AssignModal';
import { KindBadge } from './badges';
import { EndAssignmentModal } from './EndAssignmentModal';
import { MentorProblem } from './MentorProblem';
import { notifyDone } from './notify';
import { keys, useMentorTags, useStartupAssignments, useTagLabel } from './queries';
import { Section } from './Section';
import { SessionsTable } from './SessionsTable';

/** Staff matching a startup: its needs, the ranked suggestions, assigning and ending mentors. */
export function StartupMentorsStaff({ startupId, startupName }: { startupId: string; startupName: string }) {
  const { t } = useTranslation();
  const assignments = useStartupAssignments(startupId);
  const [assigning, setAssigning] = useState<Schemas['MentorSuggestionDto'] | null>(null);
  const [ending, setEnding] = useState<Schemas['MentorAssignmentDto'] | null>(null);

  return (
    <Stack gap="lg">
      <Needs startupId={startupId} />
      <Suggestions startupId={startupId} onAssign={setAssigning} />
      <Section id="startup-mentors-assignments" title={t('mentors.assignments.heading')}>
        {assignments.isPending ? (
          <Loading />
        ) : assignments.error ? (
          <ProblemAlert error={assignments.error} />
        ) : (
          <AssignmentsList
            items={assignments.data.items}
            actions={(assignment) => (
              <Button size="xs" variant="light" w="fit-content" onClick={() => setEnding(assignment)} aria-label={t('mentors.end.openFor', { mentor: assignment.mentorName })}>
                {assignment.endsOn ? t('mentors.end.change') : t('mentors.end.open')}
              </Button>
            )}
          />
        )}
      </Section>
      <Section id="startup-mentors-sessions" title={t('mentors.founder.sessions')}>
        <SessionsTable caption={t('mentors.founder.sessions')} show={{ mentor: true }} filters={{ startupId }} />
      </Section>
      {assigning && <AssignModal startupId={startupId} startupName={startupName} mentor={assigning} onClose={() => setAssigning(null)} />}
      {ending && <EndAssignmentModal assignment={ending} onClose={() => setEnding(null)} />}
    </Stack>
  );
}

function Needs({ startupId }: { startupId: string }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const queryClient = useQueryClient();
  const tags = useMentorTags();
  const needs = useQuery({
    queryKey: keys.needs(slug, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/mentoring-needs', { params: { path: { slug, startupId } } })),
  });
  const [draft, setDraft] = useState<string[] | null>(null);
  const chosen = draft ?? needs.data?.tags ?? [];
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/organizations/{slug}/startups/{startupId}/mentoring-needs', { params: { path: { slug, startupId } }, body: { tags: chosen } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [slug, 'startups', startupId] });
      setDraft(null);
      notifyDone(t('mentors.needs.saved'));
    },
  });
  return (
    <Section id="startup-mentors-needs" title={t('mentors.needs.heading')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <MultiSelect
            label={t('mentors.needs.label')}
            description={t('mentors.needs.hint')}
            searchable
            data={(tags.data?.items ?? []).map((tag) => ({ value: tag.key, label: tag.label }))}
            value={chosen}
            onChange={setDraft}
            style={{ flex: 1, minWidth: 260 }}
            disabled={needs.isPending}
          />
          <Button type="submit" loading={save.isPending} disabled={draft === null}>{t('mentors.needs.save')}</Button>
        </Group>
        <MentorProblem error={save.error ?? needs.error} />
      </form>
    </Section>
  );
}

function Suggestions({ startupId, onAssign }: { startupId: string; onAssign: (mentor: Schemas['MentorSuggestionDto']) => void }) {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const tagLabel = useTagLabel();
  const suggestions = useQuery({
    queryKey: keys.suggestions(slug, startupId),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/startups/{startupId}/mentor-suggestions', { params: { path: { slug, startupId }, query: { limit: 20 } } })),
  });
  return (
    <Section id="startup-mentors-suggestions" title={t('mentors.suggestions.heading')}>
      {suggestions.isPending ? (
        <Loading />
      ) : suggestions.error ? (
        <ProblemAlert error={suggestions.error} />
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {suggestions.data.matchedAgainst.length > 0 ? t('mentors.suggestions.matchedAgainst', { tags: suggestions.data.matchedAgainst.map(tagLabel).join(', ') }) : t('mentors.suggestions.nothingToMatch')}
          </Text>
          {suggestions.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">{t('mentors.suggestions.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('mentors.suggestions.rank')}</Table.Th>
                    <Table.Th>{t('mentors.pool.name')}</Table.Th>
                    <Table.Th>{t('mentors.profile.kind')}</Table.Th>
                    <Table.Th>{t('mentors.suggestions.matched')}</Table.Th>
                    <Table.Th>{t('mentors.suggestions.free')}</Table.Th>
                    <Table.Th>{t('mentors.sessions.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {suggestions.data.items.map((mentor, index) => (
                    <Table.Tr key={mentor.mentorProfileId}>
                      <Table.Td>{index + 1}</Table.Td>
                      <Table.Td>{mentor.name}</Table.Td>
                      <Table.Td><KindBadge kind={mentor.kind} /></Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {mentor.matchedTags.length === 0 ? <Text size="sm" c="dimmed">{t('mentors.suggestions.none')}</Text> : mentor.matchedTags.map((tag) => <Badge key={tag} component="span" variant="light" color="teal">{tagLabel(tag)}</Badge>)}
                        </Group>
                      </Table.Td>
                      <Table.Td>{t('mentors.suggestions.freeOf', { free: mentor.freeCapacity, capacity: mentor.capacity })}</Table.Td>
                      <Table.Td>
                        <Button size="xs" onClick={() => onAssign(mentor)} aria-label={t('mentors.assign.openFor', { mentor: mentor.name })}>{t('mentors.assign.open')}</Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Section>
  );
}
