import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { AuditService, Clock, ConflictError, decodeCursor, newId, NotFoundError, RequestContext, toPage, ValidationFailedError } from '@hatchery/core';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupsService } from '@hatchery/startups';
import { CreatePerkDto, PerkQueryDto, RedeemPerkDto, UpdatePerkDto } from './dto/funding.dto';
import { PerkCapUsageDto, PerkDto, PerkPageDto, PerkRedemptionDto, PerkRedemptionListDto } from './dto/funding.response.dto';
import { Perk, PerkRedemption } from './entities/perk.entity';
import { EnrolmentLookup } from './enrolment-lookup';
import { convertAtRate, enrolmentYear, enrolmentYearWindow, localDate } from './money-rules';
import { toPerkView, toRedemptionView } from './views';

/**
 * The organization's perk catalogue, and redemptions counted against the programme's yearly perk
 * cap. The year is the enrolment year: year N runs from the enrolment's start date + (N − 1)
 * years to the day before start + N years (money-rules.ts). A redemption that would take the
 * year's total over the cap is refused (409 PERK_CAP_EXCEEDED); the check and the insert run
 * under a transaction-scoped advisory lock on the enrolment, so two at once are counted one
 * after the other. A perk in another currency than the cap needs a rate (409
 * PERK_CURRENCY_MISMATCH without one); its converted amount, rounded half up to the cap's minor
 * unit, is what counts.
 */
@Injectable()
export class PerksService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly startups: StartupsService,
    private readonly programmes: ProgrammesService,
    private readonly lookup: EnrolmentLookup,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  private get perks() {
    return this.tx.getRepository(Perk);
  }

  // ---- the catalogue ----

  async create(input: CreatePerkDto): Promise<PerkDto> {
    const id = newId();
    await this.perks.insert({ id, organizationId: this.context.requireOrganizationId(), partner: input.partner, description: input.description, valueMinor: input.value.amountMinor, currency: input.value.currency, active: input.active ?? true });
    const view = toPerkView(await this.perks.findOneByOrFail({ id }));
    await this.audit.record({ action: 'perk.created', entityType: 'perk', entityId: id, after: view });
    return view;
  }

  async update(id: string, input: UpdatePerkDto): Promise<PerkDto> {
    const before = await this.find(id, true);
    const set: Partial<Perk> = {};
    if (input.partner !== undefined) set.partner = input.partner;
    if (input.description !== undefined) set.description = input.description;
    if (input.value !== undefined) Object.assign(set, { valueMinor: input.value.amountMinor, currency: input.value.currency });
    if (input.active !== undefined) set.active = input.active;
    if (Object.keys(set).length > 0) await this.perks.update({ id }, set);
    const after = toPerkView(await this.perks.findOneByOrFail({ id }));
    await this.audit.record({ action: 'perk.updated', entityType: 'perk', entityId: id, before: toPerkView(before), after });
    return after;
  }

  async list(query: PerkQueryDto): Promise<PerkPageDto> {
    const after = decodeCursor(query.cursor);
    const qb = this.perks.createQueryBuilder('p').where('p.organization_id = :org', { org: this.context.requireOrganizationId() }).orderBy('p.id', 'DESC').limit(query.limit + 1);
    if (query.active !== undefined) qb.andWhere('p.active = :active', { active: query.active === 'true' });
    if (after) qb.andWhere('p.id < :after', { after });
    return toPage(await qb.getMany(), query.limit, toPerkView);
  }

  async get(id: string): Promise<PerkDto> {
    return toPerkView(await this.find(id));
  }

  // ---- redemptions ----

  async redeem(startupId: string, input: RedeemPerkDto): Promise<PerkRedemptionDto> {
    const organizationId = this.context.requireOrganizationId();
    await this.startups.get(startupId);
    const perk = await this.find(input.perkId);
    const { enrolment, timezone, startsOn } = await this.lookup.active(startupId, input.enrolmentId);
    const cap = (await this.programmes.get(enrolment.programmeId)).perkCap;
    if (!cap) throw new ConflictError('PROGRAMME_HAS_NO_PERK_CAP', "The enrolment's programme has no perk allowance.");
    if (!perk.active) throw new ConflictError('PERK_INACTIVE', 'The perk is no longer offered.');

    let charged = perk.valueMinor;
    if (perk.currency !== cap.currency) {
      if (input.rate === undefined) {
        throw new ConflictError('PERK_CURRENCY_MISMATCH', `The perk is valued in ${perk.currency} and the cap is in ${cap.currency}; give a rate (with its source and date) to convert it.`, { perkCurrency: perk.currency, capCurrency: cap.currency });
      }
      if (!/[1-9]/.test(input.rate)) throw new ValidationFailedError([{ field: 'rate', message: 'rate must be above zero' }]);
      try {
        charged = convertAtRate(perk.valueMinor, perk.currency, cap.currency, input.rate);
      } catch {
        throw new ValidationFailedError([{ field: 'rate', message: 'the converted amount is too large' }]);
      }
    } else if (input.rate !== undefined) {
      throw new ValidationFailedError([{ field: 'rate', message: `the perk is in the cap's currency (${cap.currency}); a rate is only for another currency` }]);
    }

    // Redemptions of one enrolment are counted one at a time: the second of two concurrent ones
    // waits here until the first commits, then sees it in the sum.
    await this.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('perk-cap:' || $1::text, 0))`, [enrolment.id]);
    const redeemedOn = localDate(this.clock.now(), timezone);
    const year = enrolmentYear(startsOn, redeemedOn);
    const used = await this.used(enrolment.id, year.year, cap.currency);
    if (used + charged > cap.amountMinor) {
      throw new ConflictError('PERK_CAP_EXCEEDED', `This perk (${cap.currency} ${charged} minor units) would take year ${year.year} over the cap: ${used} of ${cap.amountMinor} used.`, {
        cap,
        used: { amountMinor: used, currency: cap.currency },
        requested: { amountMinor: charged, currency: cap.currency },
        year: year.year,
      });
    }
    const id = newId();
    await this.tx.getRepository(PerkRedemption).insert({
      id,
      organizationId,
      startupId,
      enrolmentId: enrolment.id,
      programmeId: enrolment.programmeId,
      perkId: perk.id,
      year: year.year,
      yearStartsOn: year.startsOn,
      yearEndsOn: year.endsOn,
      redeemedOn,
      valueMinor: perk.valueMinor,
      valueCurrency: perk.currency,
      rate: input.rate ?? null,
      rateSource: input.rate !== undefined ? input.rateSource! : null,
      rateOn: input.rate !== undefined ? input.rateOn! : null,
      chargedMinor: charged,
      capCurrency: cap.currency,
      note: input.note ?? null,
      redeemedBy: this.context.userId ?? null,
    });
    const view = toRedemptionView(await this.tx.getRepository(PerkRedemption).findOneByOrFail({ id }), perk.partner);
    await this.audit.record({ action: 'perk.redeemed', entityType: 'startup', entityId: startupId, after: { redemptionId: id, perkId: perk.id, value: view.value, rate: view.rate, rateSource: view.rateSource, rateOn: view.rateOn, charged: view.charged, year: view.year } });
    return view;
  }

  /** A startup's redemptions and its cap usage: staff, or its founders (anyone else 404). */
  async listForStartup(startupId: string): Promise<PerkRedemptionListDto> {
    const organizationId = this.context.requireOrganizationId();
    await this.startups.get(startupId);
    const rows = await this.tx.getRepository(PerkRedemption).find({ where: { organizationId, startupId }, order: { id: 'DESC' }, take: 500 });
    const partners = new Map((rows.length ? await this.perks.find({ select: { id: true, partner: true }, where: { organizationId, id: In([...new Set(rows.map((r) => r.perkId))]) } }) : []).map((p) => [p.id, p.partner]));
    const usage: PerkCapUsageDto[] = [];
    for (const enrolment of await this.lookup.forStartup(startupId)) {
      const described = await this.lookup.describe(enrolment);
      const cap = (await this.programmes.get(enrolment.programmeId)).perkCap;
      const current = enrolmentYear(described.startsOn, localDate(this.clock.now(), described.timezone));
      const years = new Set(rows.filter((r) => r.enrolmentId === enrolment.id).map((r) => r.year));
      if (enrolment.status === 'active') years.add(current.year);
      for (const y of [...years].sort((a, b) => b - a)) {
        const window = enrolmentYearWindow(described.startsOn, y);
        const currency = cap?.currency ?? rows.find((r) => r.enrolmentId === enrolment.id && r.year === y)?.capCurrency ?? 'XXX';
        const used = rows.filter((r) => r.enrolmentId === enrolment.id && r.year === y && r.capCurrency === currency).reduce((n, r) => n + r.chargedMinor, 0);
        usage.push({
          enrolmentId: enrolment.id,
          programmeId: enrolment.programmeId,
          year: y,
          startsOn: window.startsOn,
          endsOn: window.endsOn,
          current: enrolment.status === 'active' && y === current.year,
          cap: cap ?? null,
          used: { amountMinor: used, currency },
          remaining: cap ? { amountMinor: Math.max(0, cap.amountMinor - used), currency: cap.currency } : null,
        });
      }
    }
    return { items: rows.map((r) => toRedemptionView(r, partners.get(r.perkId) ?? '')), usage };
  }

  /** Charged against the cap in one enrolment year, in the cap's currency (other currencies are never added in). */
  private async used(enrolmentId: string, year: number, currency: string): Promise<number> {
    const [row]: { used: string }[] = await this.tx.query(
      `SELECT COALESCE(sum(charged_minor), 0)::text AS used FROM perk_redemptions WHERE organization_id = $1 AND enrolment_id = $2 AND year = $3 AND cap_currency = $4`,
      [this.context.requireOrganizationId(), enrolmentId, year, currency],
    );
    return Number(row.used);
  }

  private async find(id: string, lock = false): Promise<Perk> {
    const perk = await this.perks.findOne({ where: { organizationId: this.context.requireOrganizationId(), id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!perk) throw new NotFoundError('Perk');
    return perk;
  }
}
