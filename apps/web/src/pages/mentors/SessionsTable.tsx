import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { CursorTable, type Column } from '../../components/CursorTable';
import { Day } from '../../components/format';
import { useOrganization } from '../../components/organization';
import { formatNumber } from '../../format';
import { useLocale } from '../../i18n';
import { SessionStatusBadge } from './badges';
import { keys } from './queries';

export type Session = Schemas['MentorSessionDto'];
type Filters = { startupId?: string; mentorProfileId?: string; status?: Schemas['MentorSessionStatus'] };

/** Sessions as the API lists them for the caller (staff: all; a mentor: theirs; a founder: their startups'). */
export function SessionsTable({ filters = {}, show, actions, caption }: { filters?: Filters; show: { mentor?: boolean; startup?: boolean }; actions?: (session: Session) => ReactNode; caption: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { slug } = useOrganization();
  const columns: Column<Session>[] = [
    { key: 'sessionOn', header: t('mentors.sessions.date'), render: (s) => <Day value={s.sessionOn} />, sortValue: (s) => s.sessionOn },
    ...(show.startup ? [{ key: 'startup', header: t('mentors.sessions.startup'), render: (s: Session) => s.startupName, sortValue: (s: Session) => s.startupName }] : []),
    ...(show.mentor ? [{ key: 'mentor', header: t('mentors.sessions.mentor'), render: (s: Session) => s.mentorName, sortValue: (s: Session) => s.mentorName }] : []),
    {
      key: 'topic',
      header: t('mentors.sessions.topic'),
      render: (s) => (
        <Stack gap={2} maw={360}>
          <Text size="sm" fw={500}>{s.topic}</Text>
          {s.notes && <Text size="xs" c="dimmed" lineClamp={2}>{s.notes}</Text>}
          {s.disputeReason && <Text size="xs">{t('mentors.sessions.disputeReason')}: {s.disputeReason}</Text>}
          {s.reviewComment && <Text size="xs">{t('mentors.sessions.reviewComment')}: {s.reviewComment}</Text>}
        </Stack>
      ),
    },
    {
      key: 'minutes',
      header: t('mentors.sessions.minutes'),
      render: (s) => (s.approvedMinutes != null && s.approvedMinutes !== s.minutes ? t('mentors.sessions.minutesApproved', { minutes: formatNumber(s.minutes, locale), approved: formatNumber(s.approvedMinutes, locale) }) : formatNumber(s.minutes, locale)),
      sortValue: (s) => s.minutes,
    },
    { key: 'status', header: t('mentors.sessions.status'), render: (s) => <SessionStatusBadge session={s} />, sortValue: (s) => s.status },
    ...(actions ? [{ key: 'actions', header: <Text size="sm" fw={600}>{t('mentors.sessions.actions')}</Text>, render: actions }] : []),
  ];
  return (
    <CursorTable
      queryKey={[...keys.sessions(slug), filters]}
      fetchPage={(cursor) => unwrap(api.GET('/api/v1/organizations/{slug}/mentor-sessions', { params: { path: { slug }, query: { ...filters, cursor, limit: 20 } } }))}
      columns={columns}
      rowKey={(s) => s.id}
      caption={caption}
      empty={t('mentors.sessions.empty')}
    />
  );
}
