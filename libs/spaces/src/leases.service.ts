import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, Clock, ConflictError, newId, NotFoundError, RequestContext, ValidationFailedError } from '@hatchery/core';
import { EnrolmentsService } from '@hatchery/cohorts';
import { OrganizationsService } from '@hatchery/organizations';
import { StartupsService } from '@hatchery/startups';
import { SpacesCatalogueService, pgConstraint } from './catalogue.service';
import { addDays, endAfterOutcome, localDate, needsReason } from './date-rules';
import { CreateLeaseDto, EndLeaseDto, LeaseQueryDto } from './dto/spaces.dto';
import { LeaseDto, LeaseListDto, OccupancyDto, OccupancyFiguresDto } from './dto/spaces.response.dto';
import { Lease } from './entities/lease.entity';
import { RentPlan } from './entities/rent-plan.entity';
import { Space } from './entities/space.entity';
import { toLeaseView } from './views';

/** The most desks a desk area's leases (but one) take on any day of [from, to] (to null: open-ended). */
const PEAK_DESKS = `
  SELECT coalesce(max(taken), 0)::int AS peak FROM (
    SELECT (SELECT coalesce(sum(l.desks), 0) FROM leases l
             WHERE l.organization_id = $1 AND l.space_id = $2 AND ($5::uuid IS NULL OR l.id <> $5::uuid)
               AND l.starts_on <= p.d AND (l.ends_on IS NULL OR l.ends_on >= p.d)) AS taken
      FROM (SELECT $3::date AS d
            UNION SELECT starts_on FROM leases
             WHERE organization_id = $1 AND space_id = $2 AND starts_on > $3::date AND ($4::date IS NULL OR starts_on <= $4::date)) p
  ) x`;

/**
 * Occupancy on a date, per site and for the organization (ROLLUP), in one statement: every space's
 * area; the leased area (an exclusive space with a lease that day: its area; a desk area: its area ×
 * leased desks / capacity, to two places); desks of desk areas and those leased.
 */
const OCCUPANCY = `
  WITH per_space AS (
    SELECT s.site_id, s.area_m2, s.exclusive, s.capacity,
           coalesce(sum(l.desks), 0)::int AS leased_desks, count(l.id) > 0 AS leased
      FROM spaces s
      LEFT JOIN leases l ON l.organization_id = s.organization_id AND l.space_id = s.id AND l.starts_on <= $2::date AND (l.ends_on IS NULL OR l.ends_on >= $2::date)
     WHERE s.organization_id = $1
     GROUP BY s.id
  )
  SELECT si.id AS site_id, si.name AS site_name,
         coalesce(sum(p.area_m2), 0)::numeric(12,2)::text AS area_m2,
         coalesce(sum(CASE WHEN p.exclusive THEN (CASE WHEN p.leased THEN p.area_m2 ELSE 0 END)
                           ELSE round(p.area_m2 * least(p.leased_desks, p.capacity) / p.capacity, 2) END), 0)::numeric(12,2)::text AS leased_area_m2,
         coalesce(sum(CASE WHEN p.exclusive THEN 0 ELSE p.capacity END), 0)::int AS desks,
         coalesce(sum(CASE WHEN p.exclusive THEN 0 ELSE p.leased_desks END), 0)::int AS leased_desks,
         count(p.site_id)::int AS spaces,
         count(*) FILTER (WHERE p.exclusive AND p.leased)::int AS leased_spaces,
         GROUPING(si.id) AS is_total
    FROM sites si
    LEFT JOIN per_space p ON p.site_id = si.id
   WHERE si.organization_id = $1
   GROUP BY ROLLUP ((si.id, si.name))
   ORDER BY GROUPING(si.id), si.name, si.id`;

/**
 * Leases: a startup in a space (or some desks of a desk area) on a rent plan. The database refuses
 * two overlapping leases of an exclusive space (409 SPACE_ALREADY_LEASED); desks are checked under
 * a row lock on the space (409 DESKS_OVER_CAPACITY). Ending: only staff; shortening a lease below
 * today + the plan's notice days needs a reason (409 NOTICE_REQUIRED otherwise). Graduation moves
 * the incubation leases to the programme's post-incubation plan; a failed or withdrawn startup's
 * leases end after the notice.
 */
@Injectable()
export class LeasesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly catalogue: SpacesCatalogueService,
    private readonly startups: StartupsService,
    private readonly enrolments: EnrolmentsService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  private get organizationId() {
    return this.context.requireOrganizationId();
  }

  private isStaff(): boolean {
    return this.context.role === 'owner' || this.context.role === 'manager';
  }

  async create(input: CreateLeaseDto): Promise<LeaseDto> {
    await this.startups.get(input.startupId);
    await this.catalogue.findSpace(input.spaceId);
    const plan = await this.catalogue.findPlan(input.planId);
    const endsOn = input.endsOn ?? null;
    if (endsOn !== null && endsOn < input.startsOn) throw new ValidationFailedError([{ field: 'endsOn', message: 'must not be before startsOn' }]);
    // The space's row lock orders every lease write on one space (desks are counted under it).
    const space = await this.catalogue.findSpace(input.spaceId, true);
    if (space.exclusive && input.desks !== undefined) throw new ValidationFailedError([{ field: 'desks', message: `is not taken by a ${space.kind}: it is leased whole` }]);
    if (!space.exclusive && input.desks === undefined) throw new ValidationFailedError([{ field: 'desks', message: 'is required for a desk area' }]);
    if (!space.exclusive) await this.assertDesks(space, input.startsOn, endsOn, input.desks!, null);
    const id = newId();
    await this.explainOverlap(() =>
      this.tx.getRepository(Lease).insert({ id, organizationId: this.organizationId, startupId: input.startupId, spaceId: space.id, planId: plan.id, startsOn: input.startsOn, endsOn, desks: space.exclusive ? null : input.desks!, exclusive: space.exclusive, createdBy: this.context.userId ?? null }),
    );
    await this.audit.record({ action: 'lease.created', entityType: 'lease', entityId: id, after: { startupId: input.startupId, spaceId: space.id, planId: plan.id, startsOn: input.startsOn, endsOn, desks: input.desks ?? null } });
    return this.view(id);
  }

  async list(query: LeaseQueryDto): Promise<LeaseListDto> {
    const params: unknown[] = [this.organizationId];
    const where = ['l.organization_id = $1'];
    if (query.startupId) where.push(`l.startup_id = $${params.push(query.startupId)}`);
    if (query.spaceId) where.push(`l.space_id = $${params.push(query.spaceId)}`);
    if (query.activeOn) where.push(`l.starts_on <= $${params.push(query.activeOn)}::date AND (l.ends_on IS NULL OR l.ends_on >= $${params.length}::date)`);
    if (!this.isStaff()) where.push(`l.startup_id = ANY($${params.push(await this.startups.startupIdsOf(this.context.requireUserId()))}::uuid[])`);
    const rows: { id: string }[] = await this.tx.query(`SELECT l.id FROM leases l WHERE ${where.join(' AND ')} ORDER BY l.starts_on, l.id LIMIT 1000`, params);
    return { items: await this.views(rows.map((r) => r.id)) };
  }

  async get(id: string): Promise<LeaseDto> {
    const lease = await this.find(id);
    if (!this.isStaff()) await this.startups.get(lease.startupId); // a founder of another startup: 404
    return this.view(id);
  }

  async end(id: string, input: EndLeaseDto): Promise<LeaseDto> {
    const found = await this.find(id);
    const space = await this.catalogue.findSpace(found.spaceId, true);
    const lease = await this.tx.getRepository(Lease).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (input.endsOn < lease.startsOn) throw new ValidationFailedError([{ field: 'endsOn', message: `must not be before the lease's start (${lease.startsOn})` }]);
    const plan = await this.catalogue.findPlan(lease.planId);
    const today = localDate(this.clock.now(), (await this.organizations.publicProfile()).timezone);
    if (!input.reason && needsReason({ currentEndsOn: lease.endsOn, newEndsOn: input.endsOn, today, noticeDays: plan.noticeDays })) {
      const earliest = addDays(today, plan.noticeDays);
      throw new ConflictError('NOTICE_REQUIRED', `The plan asks ${plan.noticeDays} days of notice: the lease may end on ${earliest} at the earliest, unless you give a reason.`, { earliestEndsOn: earliest, noticeDays: plan.noticeDays });
    }
    const extending = lease.endsOn !== null && input.endsOn > lease.endsOn;
    if (extending && !space.exclusive) await this.assertDesks(space, addDays(lease.endsOn!, 1), input.endsOn, lease.desks!, lease.id);
    await this.explainOverlap(() => this.tx.getRepository(Lease).update({ id }, { endsOn: input.endsOn, endReason: input.reason ?? null }));
    await this.audit.record({ action: 'lease.end-set', entityType: 'lease', entityId: id, before: { endsOn: lease.endsOn, endReason: lease.endReason }, after: { endsOn: input.endsOn, endReason: input.reason ?? null } });
    return this.view(id);
  }

  async occupancy(asOf: string): Promise<OccupancyDto> {
    const rows: ({ site_id: string | null; site_name: string | null; area_m2: string; leased_area_m2: string; desks: number; leased_desks: number; spaces: number; leased_spaces: number; is_total: number })[] = await this.tx.query(OCCUPANCY, [this.organizationId, asOf]);
    const figures = (r: (typeof rows)[number]): OccupancyFiguresDto => ({ areaM2: r.area_m2, leasedAreaM2: r.leased_area_m2, desks: r.desks, leasedDesks: r.leased_desks, spaces: r.spaces, leasedSpaces: r.leased_spaces });
    const total = rows.find((r) => Number(r.is_total) === 1);
    return {
      asOf,
      sites: rows.filter((r) => Number(r.is_total) === 0).map((r) => ({ siteId: r.site_id!, siteName: r.site_name!, ...figures(r) })),
      total: total ? figures(total) : { areaM2: '0.00', leasedAreaM2: '0.00', desks: 0, leasedDesks: 0, spaces: 0, leasedSpaces: 0 },
    };
  }

  /**
   * Graduated on `on`: each lease of the startup on an incubation plan of one of its programmes,
   * running on `on`, ends the day before and a new lease of the same space (same desks, same end)
   * opens from `on` on that programme's post-incubation plan; a lease that starts on or after `on`
   * changes plan. Once: a moved lease no longer matches, and a lease is continued at most once.
   */
  async graduated(startupId: string, on: string): Promise<number> {
    await this.followsOutcome();
    const programmeIds = [...new Set((await this.enrolments.forStartup(startupId)).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((e) => e.programmeId))];
    const plans = (await this.catalogue.plansOfProgrammes(programmeIds)).filter((p) => p.postIncubationPlanId !== null);
    const postPlanOf = new Map<string, string>();
    for (const programmeId of programmeIds) {
      const p = plans.find((x) => x.programmeId === programmeId);
      if (p && !postPlanOf.has(p.incubationPlanId)) postPlanOf.set(p.incubationPlanId, p.postIncubationPlanId!);
    }
    if (postPlanOf.size === 0) return 0;
    const leases: Lease[] = await this.tx
      .getRepository(Lease)
      .createQueryBuilder('l')
      .setLock('pessimistic_write')
      .where('l.organization_id = :org AND l.startup_id = :startupId AND l.plan_id IN (:...plans) AND (l.ends_on IS NULL OR l.ends_on >= :on)', { org: this.organizationId, startupId, plans: [...postPlanOf.keys()], on })
      .orderBy('l.starts_on')
      .getMany();
    for (const lease of leases) {
      const postPlanId = postPlanOf.get(lease.planId)!;
      if (lease.startsOn >= on) {
        await this.tx.getRepository(Lease).update({ id: lease.id }, { planId: postPlanId });
        await this.audit.record({ action: 'lease.plan-changed', entityType: 'lease', entityId: lease.id, before: { planId: lease.planId }, after: { planId: postPlanId, cause: 'graduated', on } });
        continue;
      }
      const dayBefore = addDays(on, -1);
      await this.tx.getRepository(Lease).update({ id: lease.id }, { endsOn: dayBefore, endReason: 'graduated: continued on the post-incubation plan' });
      const id = newId();
      await this.tx.getRepository(Lease).insert({ id, organizationId: lease.organizationId, startupId, spaceId: lease.spaceId, planId: postPlanId, startsOn: on, endsOn: lease.endsOn, desks: lease.desks, exclusive: lease.exclusive, continuesLeaseId: lease.id, createdBy: null });
      await this.audit.record({ action: 'lease.end-set', entityType: 'lease', entityId: lease.id, before: { endsOn: lease.endsOn }, after: { endsOn: dayBefore, cause: 'graduated' } });
      await this.audit.record({ action: 'lease.created', entityType: 'lease', entityId: id, after: { startupId, spaceId: lease.spaceId, planId: postPlanId, startsOn: on, endsOn: lease.endsOn, desks: lease.desks, continuesLeaseId: lease.id, cause: 'graduated' } });
    }
    return leases.length;
  }

  /** Failed or withdrawn on `on`: every lease still running then ends `notice_days` (its plan's) later. Once: an ended lease is left alone. */
  async endedByOutcome(startupId: string, status: string, on: string, reason: string): Promise<number> {
    await this.followsOutcome();
    const leases = await this.tx.getRepository(Lease).createQueryBuilder('l').setLock('pessimistic_write').where('l.organization_id = :org AND l.startup_id = :startupId AND (l.ends_on IS NULL OR l.ends_on > :on)', { org: this.organizationId, startupId, on }).getMany();
    let changed = 0;
    for (const lease of leases) {
      const plan = await this.catalogue.findPlan(lease.planId);
      const endsOn = endAfterOutcome(lease, on, plan.noticeDays);
      if (endsOn === null) continue;
      const endReason = `startup ${status}: ${reason}`;
      await this.tx.getRepository(Lease).update({ id: lease.id }, { endsOn, endReason });
      await this.audit.record({ action: 'lease.end-set', entityType: 'lease', entityId: lease.id, before: { endsOn: lease.endsOn }, after: { endsOn, endReason } });
      changed++;
    }
    return changed;
  }

  private async assertDesks(space: Space, from: string, to: string | null, desks: number, excluding: string | null): Promise<void> {
    const [row]: { peak: number }[] = await this.tx.query(PEAK_DESKS, [this.organizationId, space.id, from, to, excluding]);
    if (row.peak + desks > space.capacity) {
      throw new ConflictError('DESKS_OVER_CAPACITY', `The desk area has ${space.capacity} desks and ${row.peak} are taken on its busiest day of that period; ${desks} more do not fit.`, { capacity: space.capacity, taken: row.peak, requested: desks });
    }
  }

  /**
   * An outcome is a fact with a date: it moves leases even inside an invoiced period, whose invoices
   * then stand as issued (a correction is a credit note). Staff changes stay refused there (PERIOD_LOCKED).
   */
  private async followsOutcome(): Promise<void> {
    await this.tx.query(`SELECT set_config('hatchery.lease_outcome', 'on', true)`);
  }

  private async explainOverlap(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const constraint = pgConstraint(error);
      if (constraint === 'ex_leases_exclusive_space') throw new ConflictError('SPACE_ALREADY_LEASED', 'The space is leased for part of that period already; a space leased whole holds one lease at a time.');
      if (constraint === 'leases_period_locked') {
        const period = (error as { driverError?: { detail?: string } }).driverError?.detail ?? '';
        throw new ConflictError('PERIOD_LOCKED', `Rent for ${period} is invoiced already: a lease cannot gain or lose a day in it. Change the lease from the next month, and correct an invoice with a credit note.`, { period });
      }
      throw error;
    }
  }

  private async find(id: string): Promise<Lease> {
    const lease = await this.tx.getRepository(Lease).findOneBy({ organizationId: this.organizationId, id });
    if (!lease) throw new NotFoundError('Lease');
    return lease;
  }

  private async view(id: string): Promise<LeaseDto> {
    return (await this.views([id]))[0];
  }

  private async views(ids: string[]): Promise<LeaseDto[]> {
    if (ids.length === 0) return [];
    const leases = await this.tx.getRepository(Lease).createQueryBuilder('l').where('l.organization_id = :org AND l.id IN (:...ids)', { org: this.organizationId, ids }).orderBy('l.starts_on').addOrderBy('l.id').getMany();
    const spaces = new Map((await this.tx.getRepository(Space).createQueryBuilder('s').where('s.organization_id = :org AND s.id IN (:...ids)', { org: this.organizationId, ids: [...new Set(leases.map((l) => l.spaceId))] }).getMany()).map((s) => [s.id, s]));
    const plans = new Map((await this.tx.getRepository(RentPlan).createQueryBuilder('p').where('p.organization_id = :org AND p.id IN (:...ids)', { org: this.organizationId, ids: [...new Set(leases.map((l) => l.planId))] }).getMany()).map((p) => [p.id, p]));
    return leases.map((l) => toLeaseView(l, spaces.get(l.spaceId)!, plans.get(l.planId)!));
  }
}
