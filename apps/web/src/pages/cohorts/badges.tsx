import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

const MILESTONE_COLOR: Record<Schemas['MilestoneStatus'], string> = { pending: 'gray', submitted: 'blue', approved: 'green', changes_requested: 'orange' };
const COHORT_COLOR: Record<Schemas['CohortStatus'], string> = { planned: 'gray', running: 'teal', completed: 'indigo' };
const ENROLMENT_COLOR: Record<Schemas['EnrolmentStatus'], string> = { active: 'teal', withdrawn: 'gray', graduated: 'indigo', failed: 'red' };
const STARTUP_COLOR: Record<Schemas['StartupStatus'], string> = {
  accepted: 'gray', incubating: 'teal', accelerating: 'cyan', graduated_successful: 'indigo', failed: 'red', exited: 'grape', withdrawn: 'gray',
};

/** A milestone's status in words, with "Overdue" and "Dropped" as words too (never colour alone). */
export function MilestoneStatusBadges({ status, overdue, dropped }: { status: Schemas['MilestoneStatus']; overdue?: boolean; dropped?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={MILESTONE_COLOR[status]} variant="light">{t(`cohorts.milestoneStatus.${status}`)}</Badge>
      {overdue && !dropped && <Badge color="red" variant="filled">{t('cohorts.overdue')}</Badge>}
      {dropped && <Badge color="dark" variant="outline">{t('cohorts.dropped')}</Badge>}
    </Group>
  );
}

export function CohortStatusBadge({ status }: { status: Schemas['CohortStatus'] }) {
  const { t } = useTranslation();
  return <Badge color={COHORT_COLOR[status]} variant="light">{t(`cohorts.cohortStatus.${status}`)}</Badge>;
}

export function EnrolmentStatusBadge({ status }: { status: Schemas['EnrolmentStatus'] }) {
  const { t } = useTranslation();
  return <Badge color={ENROLMENT_COLOR[status]} variant="light">{t(`cohorts.enrolmentStatus.${status}`)}</Badge>;
}

export function StartupStatusBadge({ status }: { status: Schemas['StartupStatus'] }) {
  const { t } = useTranslation();
  return <Badge color={STARTUP_COLOR[status]} variant="light">{t(`cohorts.startupStatus.${status}`)}</Badge>;
}
