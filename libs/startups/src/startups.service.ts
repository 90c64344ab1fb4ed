import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@hatchery/accounts';
import { AuditService, ConflictError, decodeCursor, newId, NotFoundError, Page, RequestContext, toPage } from '@hatchery/core';
import { In } from 'typeorm';
import { StartupFounderDto, StartupOutcomeDto, StartupQueryDto } from './dto/startup.dto';
import { StartupFounder } from './entities/startup-founder.entity';
import { Startup, StartupOrigin, StartupStatus } from './entities/startup.entity';

export interface StartupView {
  id: string;
  name: string;
  sector: string | null;
  stage: string | null;
  origin: StartupOrigin;
  status: StartupStatus;
  applicationId: string | null;
  outcomeReason: string | null;
  outcomeOn: string | null;
  createdAt: string;
}

export function toStartupView(s: Startup): StartupView {
  return { id: s.id, name: s.name, sector: s.sector, stage: s.stage, origin: s.origin, status: s.status, applicationId: s.applicationId, outcomeReason: s.outcomeReason, outcomeOn: s.outcomeOn, createdAt: s.createdAt.toISOString() };
}

/** A startups row as the list's SQL selects it (`outcome_on` as text, like the entity's date column). */
interface StartupRow {
  id: string;
  name: string;
  sector: string | null;
  stage: string | null;
  origin: StartupOrigin;
  status: StartupStatus;
  application_id: string | null;
  outcome_reason: string | null;
  outcome_on: string | null;
  created_at: Date;
}

function rowToStartupView(r: StartupRow): StartupView {
  return { id: r.id, name: r.name, sector: r.sector, stage: r.stage, origin: r.origin, status: r.status, applicationId: r.application_id, outcomeReason: r.outcome_reason, outcomeOn: r.outcome_on, createdAt: r.created_at.toISOString() };
}

@Injectable()
export class StartupsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly accounts: AccountsService,
  ) {}

  private get startups() {
    return this.txHost.tx.getRepository(Startup);
  }

  /** The startup an accepted application becomes; once per application. */
  async createFromApplication(input: { applicationId: string; name: string; sector: string | null; stage: string | null; origin: StartupOrigin }): Promise<StartupView> {
    const organizationId = this.context.requireOrganizationId();
    const existing = await this.startups.findOneBy({ organizationId, applicationId: input.applicationId });
    if (existing) {
      if (existing.status === 'withdrawn') {
        await this.startups.update({ id: existing.id }, { status: 'accepted' });
        await this.audit.record({ action: 'startup.status', entityType: 'startup', entityId: existing.id, before: { status: 'withdrawn' }, after: { status: 'accepted' } });
      }
      return toStartupView(await this.startups.findOneByOrFail({ id: existing.id }));
    }
    const id = newId();
    await this.startups.insert({ id, organizationId, ...input, status: 'accepted' });
    const startup = await this.startups.findOneByOrFail({ id });
    await this.audit.record({ action: 'startup.created', entityType: 'startup', entityId: id, after: toStartupView(startup) });
    return toStartupView(startup);
  }

  /** When an accepted applicant declines the place. */
  async withdrawForApplication(applicationId: string): Promise<void> {
    const startup = await this.startups.findOneBy({ organizationId: this.context.requireOrganizationId(), applicationId });
    if (!startup || startup.status === 'withdrawn') return;
    await this.startups.update({ id: startup.id }, { status: 'withdrawn' });
    await this.audit.record({ action: 'startup.withdrawn', entityType: 'startup', entityId: startup.id, before: { status: startup.status }, after: { status: 'withdrawn' } });
  }

  private get founders() {
    return this.txHost.tx.getRepository(StartupFounder);
  }

  /**
   * Staff see the portfolio; a founder sees the startups they founded. Newest first, a page at a
   * time, filtered by status, stage (exact, any case) and a search in the name and sector.
   */
  async list(query: StartupQueryDto): Promise<Page<StartupView>> {
    // The API's busiest list: plain SQL mapped straight to the view. TypeORM's query builder and
    // entity hydration cost more CPU than the query itself (bench/README.md, "HTTP").
    const params: unknown[] = [this.context.requireOrganizationId()];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['s.organization_id = $1'];
    if (!this.isStaff()) {
      where.push(`s.id IN (SELECT f.startup_id FROM startup_founders f WHERE f.organization_id = s.organization_id AND f.user_id = ${param(this.context.requireUserId())})`);
    }
    if (query.status) where.push(`s.status = ${param(query.status)}`);
    if (query.stage) where.push(`lower(s.stage) = lower(${param(query.stage)})`);
    if (query.q) {
      const q = param(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(s.name ILIKE ${q} ESCAPE '\\' OR s.sector ILIKE ${q} ESCAPE '\\')`);
    }
    const after = decodeCursor(query.cursor);
    if (after) where.push(`s.id < ${param(after)}`);
    const rows: StartupRow[] = await this.txHost.tx.query(
      `SELECT s.id, s.name, s.sector, s.stage, s.origin, s.status, s.application_id, s.outcome_reason, s.outcome_on::text AS outcome_on, s.created_at
         FROM startups s WHERE ${where.join(' AND ')} ORDER BY s.id DESC LIMIT ${param(query.limit + 1)}`,
      params,
    );
    return toPage(rows, query.limit, rowToStartupView);
  }

  /** Its founders (name and email) and its outcome history, for the startup's profile; the caller must see it. */
  async profile(id: string): Promise<StartupView & { founders: StartupFounderDto[]; outcomeHistory: StartupOutcomeDto[] }> {
    const startup = await this.get(id);
    const links = await this.founders.find({ where: { organizationId: this.context.requireOrganizationId(), startupId: id }, order: { createdAt: 'ASC' } });
    const people = new Map((await this.accounts.getMany(links.map((l) => l.userId))).map((u) => [u.id, u]));
    const founders = links.flatMap((l) => {
      const person = people.get(l.userId);
      return person ? [{ userId: l.userId, name: person.name, email: person.email, since: l.createdAt.toISOString() }] : [];
    });
    const entries = await this.audit.history('startup', id, ['startup.created', 'startup.status', 'startup.outcome', 'startup.withdrawn']);
    const outcomeHistory: StartupOutcomeDto[] = [];
    let status: StartupStatus | null = null;
    for (const entry of entries) {
      const change = (key: string) => (entry.changes[key]?.after ?? null) as string | null;
      const next: StartupStatus | null = (change('status') as StartupStatus | null) ?? status;
      if (!next) continue;
      outcomeHistory.push({ status: next, previousStatus: status, reason: change('outcomeReason'), on: change('outcomeOn'), at: entry.createdAt, byUserId: entry.actorUserId });
      status = next;
    }
    return { ...startup, founders, outcomeHistory };
  }

  /** A startup the caller may see: staff any, a founder their own; otherwise 404. */
  async get(id: string): Promise<StartupView> {
    const startup = await this.startups.findOneBy({ organizationId: this.context.requireOrganizationId(), id });
    if (!startup || (!this.isStaff() && !(await this.isFounder(id, this.context.requireUserId())))) throw new NotFoundError('Startup');
    return toStartupView(startup);
  }

  /**
   * A startup of this organization whoever asks: for a domain that has checked the caller's right to
   * it itself (a mentor assigned to it); 404 only when it is not this organization's.
   */
  async find(id: string): Promise<StartupView> {
    const startup = await this.startups.findOneBy({ organizationId: this.context.requireOrganizationId(), id });
    if (!startup) throw new NotFoundError('Startup');
    return toStartupView(startup);
  }

  /** A startup the organization brings in directly (an internal or corporate venture), not from a call. */
  async create(input: { name: string; sector?: string | null; stage?: string | null; origin: StartupOrigin }): Promise<StartupView> {
    const id = newId();
    await this.startups.insert({ id, organizationId: this.context.requireOrganizationId(), name: input.name, sector: input.sector ?? null, stage: input.stage ?? null, origin: input.origin, status: 'accepted' });
    const startup = await this.startups.findOneByOrFail({ id });
    await this.audit.record({ action: 'startup.created', entityType: 'startup', entityId: id, after: toStartupView(startup) });
    return toStartupView(startup);
  }

  /** Links a member of the organization to the startup as one of its founders (idempotent). */
  async addFounder(startupId: string, userId: string): Promise<void> {
    const organizationId = this.context.requireOrganizationId();
    if (!(await this.startups.existsBy({ organizationId, id: startupId }))) throw new NotFoundError('Startup');
    const result = await this.founders.createQueryBuilder().insert().values({ organizationId, startupId, userId }).orIgnore().execute();
    if (result.identifiers.length > 0 && result.raw.length > 0) {
      await this.audit.record({ action: 'startup.founder-added', entityType: 'startup', entityId: startupId, after: { userId } });
    }
  }

  /** Unlinks a person from every startup of the organization (they left it). */
  async removeFounder(userId: string): Promise<void> {
    await this.founders.delete({ organizationId: this.context.requireOrganizationId(), userId });
  }

  async isFounder(startupId: string, userId: string): Promise<boolean> {
    return this.founders.existsBy({ organizationId: this.context.requireOrganizationId(), startupId, userId });
  }

  async startupIdsOf(userId: string): Promise<string[]> {
    const rows = await this.founders.findBy({ organizationId: this.context.requireOrganizationId(), userId });
    return rows.map((r) => r.startupId);
  }

  /** Founders of each startup, for notifications. */
  async foundersOf(startupIds: string[]): Promise<Map<string, string[]>> {
    const byStartup = new Map<string, string[]>();
    if (startupIds.length === 0) return byStartup;
    const rows = await this.founders.findBy({ organizationId: this.context.requireOrganizationId(), startupId: In(startupIds) });
    for (const row of rows) byStartup.set(row.startupId, [...(byStartup.get(row.startupId) ?? []), row.userId]);
    return byStartup;
  }

  async names(startupIds: string[]): Promise<Map<string, string>> {
    if (startupIds.length === 0) return new Map();
    const rows = await this.startups.find({ select: { id: true, name: true }, where: { organizationId: this.context.requireOrganizationId(), id: In(startupIds) } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Startups that exist in this organization, with their status (the others were never there, or are another's). */
  async existing(startupIds: string[]): Promise<{ id: string; status: StartupStatus }[]> {
    if (startupIds.length === 0) return [];
    const rows = await this.startups.find({ select: { id: true, status: true }, where: { organizationId: this.context.requireOrganizationId(), id: In(startupIds) } });
    return rows.map((r) => ({ id: r.id, status: r.status }));
  }

  /** Enrolment starts incubation: accepted startups become incubating (in their history too). */
  async markIncubating(startupIds: string[]): Promise<void> {
    if (startupIds.length === 0) return;
    const [changed]: [{ id: string }[], number] = await this.txHost.tx.query(
      `UPDATE startups SET status = 'incubating', updated_at = now() WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND status = 'accepted' RETURNING id`,
      [this.context.requireOrganizationId(), startupIds],
    );
    await this.audit.recordMany(changed.map(({ id }) => ({ action: 'startup.status', entityType: 'startup', entityId: id, before: { status: 'accepted' }, after: { status: 'incubating' } })));
  }

  /** The outcome of a graduation review (or an extension, which keeps it incubating). */
  async recordOutcome(startupId: string, outcome: { status: StartupStatus; reason: string; on: string }): Promise<void> {
    const startup = await this.startups.findOneBy({ organizationId: this.context.requireOrganizationId(), id: startupId });
    if (!startup) throw new NotFoundError('Startup');
    if (startup.status === 'withdrawn') throw new ConflictError('STARTUP_WITHDRAWN', 'The startup has withdrawn.');
    await this.startups.update({ id: startupId }, { status: outcome.status, outcomeReason: outcome.reason, outcomeOn: outcome.on });
    await this.audit.record({
      action: 'startup.outcome',
      entityType: 'startup',
      entityId: startupId,
      before: { status: startup.status, outcomeReason: startup.outcomeReason, outcomeOn: startup.outcomeOn },
      after: { status: outcome.status, outcomeReason: outcome.reason, outcomeOn: outcome.on },
    });
  }

  /** Owners and managers, or a job (which acts for the organization and has no user). */
  private isStaff(): boolean {
    const role = this.context.role;
    return role === 'owner' || role === 'manager' || this.context.userId === undefined;
  }
}
