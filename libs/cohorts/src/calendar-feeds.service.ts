import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Clock, Env, newId, NotFoundError, RequestContext, Tenancy } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { StartupsService } from '@hatchery/startups';
import { IsNull } from 'typeorm';
import { CalendarFeed } from './entities/calendar-feed.entity';
import { AllDayEvent, renderCalendar } from './icalendar';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Each person's private calendar: their startups' milestone due dates and phase dates (for a
 * founder), and their cohorts' phases (for staff), across every organization they belong to.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly tenancy: Tenancy,
    private readonly organizations: OrganizationsService,
    private readonly startups: StartupsService,
    private readonly clock: Clock,
    private readonly env: Env,
  ) {}

  private get feeds() {
    return this.txHost.tx.getRepository(CalendarFeed);
  }

  /** A new secret URL; the previous one stops working. The token is shown only here. */
  async create(): Promise<{ url: string; createdAt: string }> {
    const userId = this.context.requireUserId();
    // A double click: the second waits, then replaces the first (one active feed per person).
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('calendar-feed:' || $1, 0))`, [userId]);
    await this.feeds.update({ userId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    const token = randomBytes(32).toString('base64url');
    const feed = { id: newId(), userId, tokenHash: sha256(token), revokedAt: null };
    await this.feeds.insert(feed);
    return { url: `${this.env.APP_URL}/api/v1/calendar/${token}.ics`, createdAt: this.clock.now().toISOString() };
  }

  async revoke(): Promise<void> {
    const revoked = await this.feeds.update({ userId: this.context.requireUserId(), revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    if (!revoked.affected) throw new NotFoundError('Calendar feed');
  }

  /** The feed behind a token; an unknown or revoked token is 404. */
  async render(token: string): Promise<string> {
    const bare = token.replace(/\.ics$/, '');
    if (!TOKEN.test(bare)) throw new NotFoundError('Calendar feed');
    const tokenHash = sha256(bare);
    // Row level security shows a person only their own feeds; this request knows no one yet.
    await this.tenancy.revealCalendarFeed(tokenHash);
    const feed = await this.feeds.findOneBy({ tokenHash, revokedAt: IsNull() });
    if (!feed) throw new NotFoundError('Calendar feed');
    await this.tenancy.actAsUser(feed.userId);
    const events: AllDayEvent[] = [];
    for (const organization of await this.organizations.listMine()) {
      await this.tenancy.enterOrganization(organization.id, organization.role);
      if (organization.role === 'founder') events.push(...(await this.founderEvents(organization.name, feed.userId)));
      if (organization.role === 'owner' || organization.role === 'manager') events.push(...(await this.staffEvents(organization.name)));
    }
    return renderCalendar('Hatchery milestones', events, this.clock.now());
  }

  private async founderEvents(organizationName: string, userId: string): Promise<AllDayEvent[]> {
    const startupIds = await this.startups.startupIdsOf(userId);
    if (startupIds.length === 0) return [];
    const milestones: { id: string; title: string; due_on: string; startup_id: string; cohort: string }[] = await this.txHost.tx.query(
      `SELECT m.id, m.title, m.due_on::text AS due_on, e.startup_id, c.name AS cohort
         FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id JOIN cohorts c ON c.id = m.cohort_id
        WHERE e.startup_id = ANY($1::uuid[]) AND e.status = 'active' AND m.dropped_at IS NULL ORDER BY m.due_on`,
      [startupIds],
    );
    // Startups are the startups domain's table: their names come from its service, not a join.
    const names = await this.startups.names(startupIds);
    const phases = await this.phaseEvents(`EXISTS (SELECT 1 FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'active' AND e.startup_id = ANY($1::uuid[]))`, [startupIds], organizationName);
    return [
      ...milestones.map((m) => ({ uid: `milestone-${m.id}@hatchery`, summary: `Due: ${m.title} (${names.get(m.startup_id) ?? 'your startup'})`, description: `${organizationName} · ${m.cohort}`, startsOn: m.due_on, endsOn: m.due_on })),
      ...phases,
    ];
  }

  private async staffEvents(organizationName: string): Promise<AllDayEvent[]> {
    return this.phaseEvents(`c.status <> 'completed'`, [], organizationName);
  }

  private async phaseEvents(where: string, params: unknown[], organizationName: string): Promise<AllDayEvent[]> {
    const rows: { id: string; name: string; starts_on: string; ends_on: string; cohort: string }[] = await this.txHost.tx.query(
      `SELECT p.id, p.name, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, c.name AS cohort
         FROM cohort_phases p JOIN cohorts c ON c.id = p.cohort_id
        WHERE ${where} ORDER BY p.starts_on`,
      params,
    );
    return rows.map((p) => ({ uid: `phase-${p.id}@hatchery`, summary: `${p.cohort}: ${p.name}`, description: organizationName, startsOn: p.starts_on, endsOn: p.ends_on }));
  }
}
