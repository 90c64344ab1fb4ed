import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

const SESSION_COLOR: Record<Schemas['MentorSessionStatus'], string> = { logged: 'blue', confirmed: 'teal', disputed: 'orange', approved: 'green', rejected: 'red' };

/** A session's status in words (never colour alone); "Locked" as a word too. */
export function SessionStatusBadge({ session }: { session: Pick<Schemas['MentorSessionDto'], 'status' | 'locked'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge component="span" miw="max-content" color={SESSION_COLOR[session.status]} variant="light">{t(`mentors.sessionStatus.${session.status}`)}</Badge>
      {session.locked && <Badge component="span" miw="max-content" color="dark" variant="outline" ml={4}>{t('mentors.sessions.locked')}</Badge>}
    </>
  );
}

export function RoleBadge({ role }: { role: Schemas['MentorAssignmentRole'] }) {
  const { t } = useTranslation();
  return <Badge component="span" miw="max-content" color={role === 'lead' ? 'indigo' : 'cyan'} variant="light">{t(`mentors.role.${role}`)}</Badge>;
}

export function KindBadge({ kind }: { kind: Schemas['MentorKind'] }) {
  const { t } = useTranslation();
  return <Badge component="span" miw="max-content" color={kind === 'lead' ? 'indigo' : 'cyan'} variant="outline">{t(`mentors.kind.${kind}`)}</Badge>;
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return <Badge component="span" miw="max-content" color={active ? 'teal' : 'gray'} variant="light">{t(active ? 'mentors.profile.active' : 'mentors.profile.inactive')}</Badge>;
}

export function CurrentBadge({ current }: { current: boolean }) {
  const { t } = useTranslation();
  return <Badge component="span" miw="max-content" color={current ? 'teal' : 'gray'} variant="dot">{t(current ? 'mentors.assignments.current' : 'mentors.assignments.notCurrent')}</Badge>;
}

const LINE_COLOR: Record<Schemas['MentorStatementLineKind'], string> = { session: 'blue', adjustment: 'orange', success_fee: 'grape' };

/** A statement line's kind in words: adjustments and success fees are labelled, not only coloured. */
export function LineKindBadge({ kind }: { kind: Schemas['MentorStatementLineKind'] }) {
  const { t } = useTranslation();
  return <Badge component="span" miw="max-content" color={LINE_COLOR[kind]} variant="light">{t(`mentors.lineKind.${kind}`)}</Badge>;
}
