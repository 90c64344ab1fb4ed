import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, decodeCursor, newId, NotFoundError, Page, RequestContext, toPage } from '@hatchery/core';
import { CreateProgrammeDto, UpdateProgrammeDto } from './dto/programme.dto';
import { ProgrammeDto } from './dto/programme.response.dto';
import { Programme } from './entities/programme.entity';
import { checkMoneyRange, equityColumns, normalizeRubric } from './programme-rules';

export type EquityPolicyView =
  | { kind: 'none' }
  | { kind: 'range'; minBps: number; maxBps: number; neverMajority: boolean }
  | { kind: 'fixed_after'; bps: number; afterMonths: number };

export type ProgrammeView = ProgrammeDto;

export function toProgrammeView(p: Programme): ProgrammeView {
  const equityPolicy: EquityPolicyView =
    p.equityKind === 'range'
      ? { kind: 'range', minBps: p.equityMinBps!, maxBps: p.equityMaxBps!, neverMajority: p.equityNeverMajority }
      : p.equityKind === 'fixed_after'
        ? { kind: 'fixed_after', bps: p.equityFixedBps!, afterMonths: p.equityAfterMonths! }
        : { kind: 'none' };
  return {
    id: p.id,
    name: p.name,
    type: p.type,
    description: p.description,
    phases: p.phaseTemplate,
    rubric: p.rubric,
    equityPolicy,
    grantPolicy: p.grantCurrency ? { minAmountMinor: p.grantMinMinor!, maxAmountMinor: p.grantMaxMinor!, currency: p.grantCurrency } : null,
    perkCap: p.perkCapCurrency ? { amountMinor: p.perkCapMinor!, currency: p.perkCapCurrency } : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** The columns a create or update sets, after every cross-field rule has been checked. */
function columns(input: UpdateProgrammeDto): Partial<Programme> {
  const set: Partial<Programme> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.type !== undefined) set.type = input.type;
  if (input.description !== undefined) set.description = input.description;
  if (input.phases !== undefined) {
    set.phaseTemplate = input.phases.map((phase) => ({
      name: phase.name,
      durationValue: phase.durationValue,
      durationUnit: phase.durationUnit,
      milestones: phase.milestones.map((m) => ({ title: m.title, description: m.description ?? null, offsetDays: m.offsetDays, evidenceRequired: m.evidenceRequired })),
    }));
  }
  if (input.rubric !== undefined) set.rubric = normalizeRubric(input.rubric);
  if (input.equityPolicy !== undefined) Object.assign(set, equityColumns(input.equityPolicy));
  if (input.grantPolicy !== undefined) {
    checkMoneyRange(input.grantPolicy, 'grantPolicy');
    set.grantMinMinor = input.grantPolicy?.minAmountMinor ?? null;
    set.grantMaxMinor = input.grantPolicy?.maxAmountMinor ?? null;
    set.grantCurrency = input.grantPolicy?.currency ?? null;
  }
  if (input.perkCap !== undefined) {
    set.perkCapMinor = input.perkCap?.amountMinor ?? null;
    set.perkCapCurrency = input.perkCap?.currency ?? null;
  }
  return set;
}

@Injectable()
export class ProgrammesService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  private get programmes() {
    return this.txHost.tx.getRepository(Programme);
  }

  async create(input: CreateProgrammeDto): Promise<ProgrammeView> {
    const id = newId();
    await this.programmes.insert({ id, organizationId: this.context.requireOrganizationId(), ...columns(input) });
    const created = await this.programmes.findOneByOrFail({ id });
    await this.audit.record({ action: 'programme.created', entityType: 'programme', entityId: id, after: toProgrammeView(created) });
    return toProgrammeView(created);
  }

  async list(limit: number, cursor?: string): Promise<Page<ProgrammeView>> {
    const query = this.programmes
      .createQueryBuilder('p')
      .where('p.organization_id = :organizationId', { organizationId: this.context.requireOrganizationId() })
      .orderBy('p.id', 'DESC')
      .limit(limit + 1);
    const after = decodeCursor(cursor);
    if (after) query.andWhere('p.id < :after', { after });
    return toPage(await query.getMany(), limit, toProgrammeView);
  }

  async get(id: string): Promise<ProgrammeView> {
    return toProgrammeView(await this.find(id));
  }

  /** Changes reach new calls only: a call copies the rubric it uses when it is created. */
  async update(id: string, input: UpdateProgrammeDto): Promise<ProgrammeView> {
    const before = await this.find(id, true);
    const set = columns(input);
    if (Object.keys(set).length > 0) await this.programmes.update({ id }, set);
    const after = await this.programmes.findOneByOrFail({ id });
    await this.audit.record({ action: 'programme.updated', entityType: 'programme', entityId: id, before: toProgrammeView(before), after: toProgrammeView(after) });
    return toProgrammeView(after);
  }

  /** For other domains: the programme row, or 404. */
  async find(id: string, lock = false): Promise<Programme> {
    const programme = await this.programmes.findOne({
      where: { id, organizationId: this.context.requireOrganizationId() },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!programme) throw new NotFoundError('Programme');
    return programme;
  }
}
