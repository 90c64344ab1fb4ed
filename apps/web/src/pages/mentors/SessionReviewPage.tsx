import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useOrganization } from '../../components/organization';
import { PageHeader } from '../../components/PageHeader';
import { ReviewSessionModal } from './ReviewSessionModal';
import { SessionsTable, type Session } from './SessionsTable';

const STATUSES: Schemas['MentorSessionStatus'][] = ['logged', 'confirmed', 'disputed', 'approved', 'rejected'];
const OPEN: Schemas['MentorSessionStatus'][] = ['logged', 'confirmed', 'disputed'];

/** Staff's review queue: every session, filtered by status; approve or reject the open ones. */
export function SessionReviewPage() {
  const { t } = useTranslation();
  const { slug } = useOrganization();
  const [status, setStatus] = useState<Schemas['MentorSessionStatus'] | null>(null);
  const [review, setReview] = useState<{ session: Session; decision: 'approve' | 'reject' } | null>(null);

  return (
    <>
      <PageHeader title={t('mentors.review.title')} description={t('mentors.review.description')} actions={<Button variant="default" component={Link} to={`/o/${slug}/mentor-hours`}>{t('mentors.hours.title')}</Button>} />
      <Group mb="md">
        <Select
          label={t('mentors.sessions.status')}
          placeholder={t('mentors.review.anyStatus')}
          clearable
          data={STATUSES.map((value) => ({ value, label: t(`mentors.sessionStatus.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value as Schemas['MentorSessionStatus'] | null)}
          w={220}
        />
      </Group>
      <SessionsTable
        caption={t('mentors.review.title')}
        show={{ mentor: true, startup: true }}
        filters={status ? { status } : {}}
        actions={(session) =>
          OPEN.includes(session.status) && !session.locked ? (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" color="teal" variant="light" onClick={() => setReview({ session, decision: 'approve' })} aria-label={t('mentors.review.approveOne', { topic: session.topic, mentor: session.mentorName })}>{t('mentors.review.approve')}</Button>
              <Button size="xs" color="red" variant="subtle" onClick={() => setReview({ session, decision: 'reject' })} aria-label={t('mentors.review.rejectOne', { topic: session.topic, mentor: session.mentorName })}>{t('mentors.review.reject')}</Button>
            </Group>
          ) : null
        }
      />
      {review && <ReviewSessionModal session={review.session} decision={review.decision} onClose={() => setReview(null)} />}
    </>
  );
}
