import type { JobsOptions } from 'bullmq';

/** Queues by workload. */
export const QUEUES = ['notifications', 'selection', 'milestones'] as const;
export type QueueName = (typeof QUEUES)[number];

/**
 * Every job the system runs: its name (`<domain>.<verb>`), payload and queue. Payloads carry
 * ids, never copies of rows; tenant jobs always carry their organizationId.
 */
export interface JobPayloads {
  'invitation.send': { organizationId: string; invitationId: string };
  'call.open': { organizationId: string; callId: string };
  'call.close': { organizationId: string; callId: string };
  'call.start-review': { organizationId: string; callId: string };
  /** `decision`: the decision that was made, which is what is mailed, whatever the application's status by then. */
  'application.decision-email': { organizationId: string; applicationId: string; decision: 'accepted' | 'rejected' | 'waitlisted' };
  /** `cohortId`: the cohort the freed place was in; the promoted startup joins it. */
  'call.promote-waitlist': { organizationId: string; callId: string; cohortId?: string };
  /** Queues the delayed jobs of a cohort's future moments, and catch-ups for those already due. */
  'cohort.schedule': { organizationId: string; cohortId: string };
  /** Moves a cohort (and its enrolments) to the phase of now; completes it after the last. */
  'cohort.advance': { organizationId: string; cohortId: string; at: string };
  /** Reminds founders of the cohort's milestones due `offsetDays` after the reminder moment `at`. */
  'milestone.remind': { organizationId: string; cohortId: string; at: string; offsetDays: number };
  /** Marks the cohort's milestones whose due moment is `at` overdue, and escalates. */
  'milestone.mark-overdue': { organizationId: string; cohortId: string; at: string };
  /** Opens the graduation review or records the fixed stake of enrolments whose moment is `at`. */
  'enrolment.scheduled-action': { organizationId: string; cohortId: string; at: string; kind: 'graduation_review' | 'equity_stake' };
  'notification.email': { organizationId: string; notificationId: string };
}
export type JobName = keyof JobPayloads;

/** What a job carries in BullMQ: its payload and, when a request caused it, that request's id. */
export type JobData<N extends JobName> = JobPayloads[N] & { requestId?: string };

export const JOB_QUEUE: { [N in JobName]: QueueName } = {
  'invitation.send': 'notifications',
  'call.open': 'selection',
  'call.close': 'selection',
  'call.start-review': 'selection',
  'application.decision-email': 'notifications',
  'call.promote-waitlist': 'selection',
  'cohort.schedule': 'milestones',
  'cohort.advance': 'milestones',
  'milestone.remind': 'milestones',
  'milestone.mark-overdue': 'milestones',
  'enrolment.scheduled-action': 'milestones',
  'notification.email': 'notifications',
};

export const JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

/** I/O jobs: retried with exponential backoff (BullMQ adds jitter), failures kept for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: false,
};

/** BullMQ job ids must not contain ':'; ours are `<job-name>.<entity id>[.<discriminator>]`. */
export function jobId(name: JobName, ...parts: string[]): string {
  const id = [name, ...parts].join('.');
  if (id.includes(':')) throw new Error(`job id must not contain ':' (${id})`);
  return id;
}
