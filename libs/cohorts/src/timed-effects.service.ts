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
import { dueEnrolmentsQuery, enrolmentsToPhaseQuery, markOverdueQuery, MarkedRow, openActionsQuery, overdueEventsQuery, RemindedRow, remindQuery } from './timed-effects.sql';

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
    const moved = enrolmentsToPhaseQuery({ cohortId, phase: current, now });
    await this.tx.query(moved.text, moved.values);
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
    const query = remindQuery({ cohortId, at, offsetDays, now, timezone: cohort.timezone, offsets: cohort.reminderOffsetsDays });
    const reminded: RemindedRow[] = await this.tx.query(query.text, query.values);
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
    const query = markOverdueQuery({ cohortId, at, now });
    // A raw UPDATE through TypeORM resolves to [rows, affected], not the rows.
    const [marked]: [MarkedRow[], number] = await this.tx.query(query.text, query.values);
    if (marked.length === 0) return 0;
    const events = overdueEventsQuery({ eventIds: marked.map(() => newId()), milestoneIds: marked.map((m) => m.id), now });
    await this.tx.query(events.text, events.values);
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
    const dueQuery = dueEnrolmentsQuery({ cohortId, at, kind });
    const due: { id: string; startup_id: string }[] = await this.tx.query(dueQuery.text, dueQuery.values);
    if (due.length === 0) return 0;
    const cohort = await this.tx.getRepository(Cohort).findOneByOrFail({ id: cohortId });
    const open = openActionsQuery({
      ids: due.map(() => newId()),
      organizationId: cohort.organizationId,
      enrolmentIds: due.map((e) => e.id),
      startupIds: due.map((e) => e.startup_id),
      kind,
      at,
      stakeBps: kind === 'equity_stake' ? cohort.equityStakeBps : null,
      now,
    });
    const opened: { startup_id: string }[] = await this.tx.query(open.text, open.values);
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
