import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHash } from 'node:crypto';
import { AuditService, Clock, newId } from '@hatchery/core';
import { NotificationInput, NotificationsService } from '@hatchery/notifications';
import { MembersService } from '@hatchery/organizations';
import { StartupsService } from '@hatchery/startups';
import { Cohort, CohortPhase } from './entities/cohort.entity';
import { ActionKind } from './entities/programme-action.entity';
import { remindAt } from './moments';

interface Marked {
  id: string;
  title: string;
  due_on: string;
  startup_id: string;
}

const shortHash = (values: string[]) => createHash('sha256').update(values.sort().join(',')).digest('hex').slice(0, 16);

/**
 * What the worker does when a moment comes. Each acts only on what is due by the clock and not
 * yet done, in one transaction, with a unique key or a conditional update as its guard: a job
 * that runs twice, early, late, or on two workers at once has its effect once.
 */
@Injectable()
export class TimedEffects {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    private readonly members: MembersService,
    private readonly startups: StartupsService,
    private readonly audit: AuditService,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  /** Moves the cohort and its active enrolments to the phase of now; completes it after the last. */
  async advanceCohort(cohortId: string): Promise<void> {
    const cohort = await this.tx.getRepository(Cohort).findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_write' } });
    if (!cohort || cohort.status === 'completed') return;
    const now = this.clock.now();
    const phases = await this.tx.getRepository(CohortPhase).find({ where: { cohortId }, order: { position: 'ASC' } });
    const started = phases.filter((p) => p.startsAt <= now);
    const current = started.length > 0 ? started[started.length - 1].position : null;
    const status = cohort.endsAt <= now ? 'completed' : current !== null ? 'running' : 'planned';
    if (status === cohort.status && current === cohort.currentPhase) return;
    await this.tx.getRepository(Cohort).update({ id: cohortId }, { status, currentPhase: current });
    await this.tx.query(
      `UPDATE enrolments SET current_phase = $2, updated_at = $3 WHERE cohort_id = $1 AND status = 'active' AND current_phase IS DISTINCT FROM $2`,
      [cohortId, current, now],
    );
    await this.audit.record({ action: 'cohort.advanced', entityType: 'cohort', entityId: cohortId, before: { status: cohort.status, currentPhase: cohort.currentPhase }, after: { status, currentPhase: current } });
  }

  /**
   * Reminds founders of the cohort's open milestones whose `offsetDays` reminder falls at `at`,
   * unless a nearer reminder's moment has passed too (a late catch-up sends only that one).
   * Returns how many.
   */
  async remind(cohortId: string, at: Date, offsetDays: number): Promise<number> {
    const now = this.clock.now();
    const cohort = await this.tx.getRepository(Cohort).findOneBy({ id: cohortId });
    if (!cohort || at > now) return 0;
    const reminded: (Marked & { days_left: number })[] = await this.tx.query(
      `WITH inserted AS (
         INSERT INTO milestone_reminders (milestone_id, offset_days, due_on, organization_id, sent_at)
         SELECT m.id, $3, m.due_on, m.organization_id, $4
           FROM milestones m
           JOIN enrolments e ON e.id = m.enrolment_id AND e.status = 'active'
          WHERE m.cohort_id = $1 AND m.dropped_at IS NULL AND m.status IN ('pending', 'changes_requested')
            AND m.due_at = (($2::timestamptz AT TIME ZONE $5)::date + $3::int + 1)::timestamp AT TIME ZONE $5
            AND ${remindAt('m.due_on', '$3::int', '$5')} = $2
            AND m.due_at > $4
            AND NOT EXISTS (SELECT 1 FROM unnest($6::int[]) AS nearer(days) WHERE nearer.days < $3 AND ${remindAt('m.due_on', 'nearer.days', '$5')} <= $4)
         ON CONFLICT DO NOTHING
         RETURNING milestone_id)
       SELECT m.id, m.title, m.due_on::text AS due_on, e.startup_id, m.due_on - ($4::timestamptz AT TIME ZONE $5)::date AS days_left
         FROM inserted i JOIN milestones m ON m.id = i.milestone_id JOIN enrolments e ON e.id = m.enrolment_id`,
      [cohortId, at, offsetDays, now, cohort.timezone, cohort.reminderOffsetsDays],
    );
    if (reminded.length === 0) return 0;
    const founders = await this.startups.foundersOf([...new Set(reminded.map((m) => m.startup_id))]);
    const when = (days: number) => (days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);
    const items: NotificationInput[] = reminded.flatMap((m) =>
      (founders.get(m.startup_id) ?? []).map((userId) => ({
        userId,
        kind: 'milestone.reminder' as const,
        title: `Reminder: "${m.title}" is due on ${m.due_on}`,
        body: `Your milestone "${m.title}" is due ${when(m.days_left)}, on ${m.due_on}. Submit your evidence before then.`,
        subject: { type: 'milestone', id: m.id },
        dedupeKey: `milestone.reminder.${m.id}.${offsetDays}.${m.due_on}`,
        email: true,
      })),
    );
    await this.notifications.notify(items);
    return reminded.length;
  }

  /** Marks the cohort's milestones due at `at` overdue (if not approved) and escalates to the managers. Returns how many. */
  async markOverdue(cohortId: string, at: Date): Promise<number> {
    const now = this.clock.now();
    // A raw UPDATE through TypeORM resolves to [rows, affected], not the rows.
    const [marked]: [Marked[], number] = await this.tx.query(
      `UPDATE milestones m SET overdue_marked_at = $3
         FROM enrolments e
        WHERE e.id = m.enrolment_id AND e.status = 'active' AND m.cohort_id = $1 AND m.due_at = $2 AND m.due_at <= $3
          AND m.status <> 'approved' AND m.dropped_at IS NULL AND m.overdue_marked_at IS NULL
        RETURNING m.id, m.title, m.due_on::text AS due_on, e.startup_id`,
      [cohortId, at, now],
    );
    if (marked.length === 0) return 0;
    await this.tx.query(
      `INSERT INTO milestone_events (id, organization_id, milestone_id, kind, created_at)
       SELECT ids.event_id, m.organization_id, m.id, 'overdue', $3
         FROM unnest($1::uuid[], $2::uuid[]) AS ids(event_id, milestone_id) JOIN milestones m ON m.id = ids.milestone_id`,
      [marked.map(() => newId()), marked.map((m) => m.id), now],
    );
    const cohort = await this.tx.getRepository(Cohort).findOneByOrFail({ id: cohortId });
    const names = await this.startups.names([...new Set(marked.map((m) => m.startup_id))]);
    const listed = marked.slice(0, 20).map((m) => `- ${names.get(m.startup_id) ?? 'A startup'}: "${m.title}" (due ${m.due_on})`);
    if (marked.length > listed.length) listed.push(`…and ${marked.length - listed.length} more.`);
    await this.notifyManagers({
      kind: 'milestone.overdue',
      title: `${marked.length} milestone${marked.length === 1 ? '' : 's'} overdue in ${cohort.name}`,
      body: `These milestones passed their due date without approval:\n${listed.join('\n')}`,
      subject: { type: 'cohort', id: cohortId },
      dedupeKey: `milestone.overdue.${cohortId}.${at.getTime()}.${shortHash(marked.map((m) => m.id))}`,
    });
    return marked.length;
  }

  /** Opens the graduation reviews, or records the fixed stakes, of the cohort's enrolments due at `at`. Returns how many. */
  async openScheduledActions(cohortId: string, at: Date, kind: ActionKind): Promise<number> {
    const now = this.clock.now();
    if (at > now) return 0;
    const column = kind === 'graduation_review' ? 'incubation_ends_at' : 'stake_due_at';
    const due: { id: string; startup_id: string }[] = await this.tx.query(
      // Locked: a withdrawal committing at this moment either comes first (no action) or waits.
      `SELECT id, startup_id FROM enrolments WHERE cohort_id = $1 AND status = 'active' AND ${column} = $2 ORDER BY id FOR UPDATE`,
      [cohortId, at],
    );
    if (due.length === 0) return 0;
    const cohort = await this.tx.getRepository(Cohort).findOneByOrFail({ id: cohortId });
    const opened: { startup_id: string }[] = await this.tx.query(
      `INSERT INTO programme_actions (id, organization_id, enrolment_id, startup_id, kind, due_at, stake_bps, created_at)
       SELECT unnest($1::uuid[]), $2, unnest($3::uuid[]), unnest($4::uuid[]), $5, $6, $7, $8
       ON CONFLICT ON CONSTRAINT uq_programme_actions_once DO NOTHING
       RETURNING startup_id`,
      [due.map(() => newId()), cohort.organizationId, due.map((e) => e.id), due.map((e) => e.startup_id), kind, at, kind === 'equity_stake' ? cohort.equityStakeBps : null, now],
    );
    if (opened.length === 0) return 0;
    const names = await this.startups.names(opened.map((o) => o.startup_id));
    const listed = opened.slice(0, 20).map((o) => `- ${names.get(o.startup_id) ?? 'A startup'}`);
    if (opened.length > listed.length) listed.push(`…and ${opened.length - listed.length} more.`);
    const stake = cohort.equityStakeBps !== null ? `${cohort.equityStakeBps / 100} %` : '';
    await this.notifyManagers(
      kind === 'graduation_review'
        ? {
            kind: 'graduation.review-opened',
            title: `Graduation review: incubation ended in ${cohort.name}`,
            body: `Incubation has ended for these startups. Graduate, extend or mark each as failed:\n${listed.join('\n')}`,
            subject: { type: 'cohort', id: cohortId },
            dedupeKey: `graduation.review-opened.${cohortId}.${at.getTime()}.${shortHash(opened.map((o) => o.startup_id))}`,
          }
        : {
            kind: 'equity.stake-due',
            title: `Equity stake due in ${cohort.name}`,
            body: `The programme's fixed stake of ${stake} is now due from these startups. Confirm or dismiss each:\n${listed.join('\n')}`,
            subject: { type: 'cohort', id: cohortId },
            dedupeKey: `equity.stake-due.${cohortId}.${at.getTime()}.${shortHash(opened.map((o) => o.startup_id))}`,
          },
    );
    return opened.length;
  }

  /** Owners and managers; escalations cannot be turned off. */
  private async notifyManagers(notification: Omit<NotificationInput, 'userId' | 'email'>): Promise<void> {
    const managers = (await this.members.list()).filter((m) => m.role === 'owner' || m.role === 'manager');
    await this.notifications.notify(managers.map((m) => ({ ...notification, userId: m.userId, email: true })));
  }
}
