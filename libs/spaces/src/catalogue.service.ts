import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { AuditService, ConflictError, newId, NotFoundError, RequestContext, ValidationFailedError } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { ProgrammesService } from '@hatchery/programmes';
import { CreateRentPlanDto, CreateSiteDto, CreateSpaceDto, CreateSpaceRateDto, RentPlanTermsInputDto, SetProgrammeRentPlansDto } from './dto/spaces.dto';
import { ProgrammeRentPlansDto, RentPlanDto, RentPlanListDto, SiteDto, SiteListDto, SpaceDto, SpaceListDto } from './dto/spaces.response.dto';
import { ProgrammeRentPlan, RentPlan, RentPlanKind, RentPlanTerm } from './entities/rent-plan.entity';
import { Site, Space, SpaceRate } from './entities/space.entity';
import { toPlanView, toSiteView, toSpaceView } from './views';

/** A unique or exclusion violation's constraint name, if the error is one. */
export function pgConstraint(error: unknown): string | undefined {
  const e = error as { driverError?: { constraint?: string }; constraint?: string };
  return e?.driverError?.constraint ?? e?.constraint;
}

/**
 * Sites, spaces with their effective-dated market rates (one per space and date: 409 RATE_EXISTS),
 * rent plans with effective-dated terms (one per plan and date: 409 TERMS_EXIST), and the plans a
 * programme gives (kept here, keyed by programme; the programme itself is asked of its domain).
 */
@Injectable()
export class SpacesCatalogueService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly organizations: OrganizationsService,
    private readonly programmes: ProgrammesService,
    private readonly audit: AuditService,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  private get organizationId() {
    return this.context.requireOrganizationId();
  }

  async createSite(input: CreateSiteDto): Promise<SiteDto> {
    const { timezone } = await this.organizations.publicProfile();
    const id = newId();
    await this.tx.getRepository(Site).insert({ id, organizationId: this.organizationId, name: input.name, address: input.address ?? null, timezone });
    await this.audit.record({ action: 'site.created', entityType: 'site', entityId: id, after: { name: input.name, address: input.address ?? null, timezone } });
    return toSiteView(await this.findSite(id));
  }

  async listSites(): Promise<SiteListDto> {
    const sites = await this.tx.getRepository(Site).find({ where: { organizationId: this.organizationId }, order: { name: 'ASC', id: 'ASC' } });
    return { items: sites.map(toSiteView) };
  }

  async getSite(id: string): Promise<SiteDto> {
    return toSiteView(await this.findSite(id));
  }

  async findSite(id: string): Promise<Site> {
    const site = await this.tx.getRepository(Site).findOneBy({ organizationId: this.organizationId, id });
    if (!site) throw new NotFoundError('Site');
    return site;
  }

  async createSpace(input: CreateSpaceDto): Promise<SpaceDto> {
    await this.findSite(input.siteId);
    const id = newId();
    const exclusive = input.kind !== 'desk_area';
    await this.tx.getRepository(Space).insert({ id, organizationId: this.organizationId, siteId: input.siteId, name: input.name, kind: input.kind, areaM2: input.areaM2.toFixed(2), capacity: input.capacity, exclusive });
    await this.audit.record({ action: 'space.created', entityType: 'space', entityId: id, after: { siteId: input.siteId, name: input.name, kind: input.kind, areaM2: input.areaM2.toFixed(2), capacity: input.capacity } });
    return this.getSpace(id);
  }

  async listSpaces(siteId?: string): Promise<SpaceListDto> {
    const spaces = await this.tx.getRepository(Space).find({ where: { organizationId: this.organizationId, ...(siteId ? { siteId } : {}) }, order: { name: 'ASC', id: 'ASC' } });
    const rates = spaces.length === 0 ? [] : await this.tx.getRepository(SpaceRate).findBy({ organizationId: this.organizationId, spaceId: In(spaces.map((s) => s.id)) });
    return { items: spaces.map((s) => toSpaceView(s, rates)) };
  }

  async getSpace(id: string): Promise<SpaceDto> {
    const space = await this.findSpace(id);
    const rates = await this.tx.getRepository(SpaceRate).findBy({ organizationId: this.organizationId, spaceId: id });
    return toSpaceView(space, rates);
  }

  async findSpace(id: string, lock = false): Promise<Space> {
    const space = await this.tx.getRepository(Space).findOne({ where: { organizationId: this.organizationId, id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!space) throw new NotFoundError('Space');
    return space;
  }

  /**
   * A space keeps one currency for all its rates (409 RATE_CURRENCY_CHANGED): a month's rent is one
   * invoice in one currency, never a sum across two. Checked under the space's row lock.
   */
  async addRate(spaceId: string, input: CreateSpaceRateDto): Promise<SpaceDto> {
    await this.findSpace(spaceId);
    await this.tx.query(`SELECT 1 FROM spaces WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [this.organizationId, spaceId]);
    const [earlier]: { currency: string }[] = await this.tx.query(`SELECT currency FROM space_rates WHERE organization_id = $1 AND space_id = $2 LIMIT 1`, [this.organizationId, spaceId]);
    if (earlier && earlier.currency !== input.amount.currency) {
      throw new ConflictError('RATE_CURRENCY_CHANGED', `The space's market rates are in ${earlier.currency}; a rate in ${input.amount.currency} would bill one lease in two currencies.`, { currency: earlier.currency });
    }
    const id = newId();
    const row = { id, organizationId: this.organizationId, spaceId, effectiveFrom: input.effectiveFrom, basis: input.basis, amountMinor: input.amount.amountMinor, currency: input.amount.currency, createdBy: this.context.userId ?? null };
    try {
      await this.tx.query('SAVEPOINT space_rate');
      await this.tx.getRepository(SpaceRate).insert(row);
      await this.tx.query('RELEASE SAVEPOINT space_rate');
    } catch (error) {
      if (pgConstraint(error) === 'uq_space_rates_space_from') {
        await this.tx.query('ROLLBACK TO SAVEPOINT space_rate');
        throw new ConflictError('RATE_EXISTS', `The space has a market rate from ${input.effectiveFrom} already; rates are records: add one from another date.`);
      }
      throw error;
    }
    await this.audit.record({ action: 'space.rate-added', entityType: 'space', entityId: spaceId, after: { rateId: id, effectiveFrom: input.effectiveFrom, basis: input.basis, amount: input.amount } });
    return this.getSpace(spaceId);
  }

  async createPlan(input: CreateRentPlanDto): Promise<RentPlanDto> {
    checkTerms(input.kind, input.terms, 'terms');
    const id = newId();
    await this.tx.getRepository(RentPlan).insert({ id, organizationId: this.organizationId, name: input.name, kind: input.kind, noticeDays: input.noticeDays });
    await this.tx.getRepository(RentPlanTerm).insert(termRow(this.organizationId, id, input.terms, this.context.userId));
    await this.audit.record({ action: 'rent-plan.created', entityType: 'rent_plan', entityId: id, after: { name: input.name, kind: input.kind, noticeDays: input.noticeDays, terms: input.terms } });
    return this.getPlan(id);
  }

  /** A fixed plan keeps one currency for all its terms (409 TERMS_CURRENCY_CHANGED), checked under the plan's row lock. */
  async addTerms(planId: string, input: RentPlanTermsInputDto): Promise<RentPlanDto> {
    const plan = await this.findPlan(planId);
    checkTerms(plan.kind, input, '');
    await this.tx.query(`SELECT 1 FROM rent_plans WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [this.organizationId, planId]);
    const [earlier]: { currency: string }[] = await this.tx.query(`SELECT currency FROM rent_plan_terms WHERE organization_id = $1 AND plan_id = $2 AND currency IS NOT NULL LIMIT 1`, [this.organizationId, planId]);
    if (earlier && input.amount && earlier.currency !== input.amount.currency) {
      throw new ConflictError('TERMS_CURRENCY_CHANGED', `The plan's amounts are in ${earlier.currency}; terms in ${input.amount.currency} would bill one lease in two currencies.`, { currency: earlier.currency });
    }
    try {
      await this.tx.query('SAVEPOINT plan_terms');
      await this.tx.getRepository(RentPlanTerm).insert(termRow(this.organizationId, planId, input, this.context.userId));
      await this.tx.query('RELEASE SAVEPOINT plan_terms');
    } catch (error) {
      if (pgConstraint(error) === 'uq_rent_plan_terms_plan_from') {
        await this.tx.query('ROLLBACK TO SAVEPOINT plan_terms');
        throw new ConflictError('TERMS_EXIST', `The plan has terms from ${input.effectiveFrom} already; add terms from another date.`);
      }
      throw error;
    }
    await this.audit.record({ action: 'rent-plan.terms-added', entityType: 'rent_plan', entityId: planId, after: { ...input } });
    return this.getPlan(planId);
  }

  async listPlans(): Promise<RentPlanListDto> {
    const plans = await this.tx.getRepository(RentPlan).find({ where: { organizationId: this.organizationId }, order: { name: 'ASC', id: 'ASC' } });
    const terms = plans.length === 0 ? [] : await this.tx.getRepository(RentPlanTerm).findBy({ organizationId: this.organizationId, planId: In(plans.map((p) => p.id)) });
    return { items: plans.map((p) => toPlanView(p, terms)) };
  }

  async getPlan(id: string): Promise<RentPlanDto> {
    const plan = await this.findPlan(id);
    return toPlanView(plan, await this.tx.getRepository(RentPlanTerm).findBy({ organizationId: this.organizationId, planId: id }));
  }

  async findPlan(id: string): Promise<RentPlan> {
    const plan = await this.tx.getRepository(RentPlan).findOneBy({ organizationId: this.organizationId, id });
    if (!plan) throw new NotFoundError('Rent plan');
    return plan;
  }

  async getProgrammePlans(programmeId: string): Promise<ProgrammeRentPlansDto> {
    await this.programmes.get(programmeId);
    const row = await this.tx.getRepository(ProgrammeRentPlan).findOneBy({ organizationId: this.organizationId, programmeId });
    if (!row) throw new NotFoundError('Programme rent plans');
    return { programmeId, incubationPlanId: row.incubationPlanId, postIncubationPlanId: row.postIncubationPlanId };
  }

  async setProgrammePlans(programmeId: string, input: SetProgrammeRentPlansDto): Promise<ProgrammeRentPlansDto> {
    await this.programmes.get(programmeId);
    await this.findPlan(input.incubationPlanId);
    if (input.postIncubationPlanId) await this.findPlan(input.postIncubationPlanId);
    const repo = this.tx.getRepository(ProgrammeRentPlan);
    const before = await repo.findOne({ where: { organizationId: this.organizationId, programmeId }, lock: { mode: 'pessimistic_write' } });
    await this.tx.query(
      `INSERT INTO programme_rent_plans (programme_id, organization_id, incubation_plan_id, post_incubation_plan_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (programme_id) DO UPDATE SET incubation_plan_id = EXCLUDED.incubation_plan_id, post_incubation_plan_id = EXCLUDED.post_incubation_plan_id, updated_at = now()`,
      [programmeId, this.organizationId, input.incubationPlanId, input.postIncubationPlanId],
    );
    await this.audit.record({
      action: 'programme.rent-plans-set',
      entityType: 'programme',
      entityId: programmeId,
      before: before ? { incubationPlanId: before.incubationPlanId, postIncubationPlanId: before.postIncubationPlanId } : undefined,
      after: { incubationPlanId: input.incubationPlanId, postIncubationPlanId: input.postIncubationPlanId },
    });
    return { programmeId, incubationPlanId: input.incubationPlanId, postIncubationPlanId: input.postIncubationPlanId };
  }

  /** The rent plans of these programmes (for graduation), in no order. */
  async plansOfProgrammes(programmeIds: string[]): Promise<ProgrammeRentPlan[]> {
    if (programmeIds.length === 0) return [];
    return this.tx.getRepository(ProgrammeRentPlan).findBy({ organizationId: this.organizationId, programmeId: In(programmeIds) });
  }
}

/** A plan's terms carry exactly what its kind needs: nothing (free), a share (share_of_market), an amount (fixed). */
function checkTerms(kind: RentPlanKind, terms: RentPlanTermsInputDto, prefix: string): void {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const errors: { field: string; message: string }[] = [];
  if (kind === 'share_of_market' && terms.shareBps === undefined) errors.push({ field: field('shareBps'), message: 'is required for a share_of_market plan' });
  if (kind !== 'share_of_market' && terms.shareBps !== undefined) errors.push({ field: field('shareBps'), message: `is not taken by a ${kind} plan` });
  if (kind === 'fixed' && terms.amount === undefined) errors.push({ field: field('amount'), message: 'is required for a fixed plan' });
  if (kind !== 'fixed' && terms.amount !== undefined) errors.push({ field: field('amount'), message: `is not taken by a ${kind} plan` });
  if (errors.length > 0) throw new ValidationFailedError(errors);
}

function termRow(organizationId: string, planId: string, terms: RentPlanTermsInputDto, userId: string | undefined) {
  return { id: newId(), organizationId, planId, effectiveFrom: terms.effectiveFrom, shareBps: terms.shareBps ?? null, amountMinor: terms.amount?.amountMinor ?? null, currency: terms.amount?.currency ?? null, createdBy: userId ?? null };
}
