import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { AuditService, Clock, ConflictError, DomainError, jobId, newId, NotFoundError, Outbox, RequestContext, ValidationFailedError } from '@hatchery/core';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupsService } from '@hatchery/startups';
import { CreateGrantDto, DisburseTrancheDto } from './dto/funding.dto';
import { GrantDto, GrantListDto } from './dto/funding.response.dto';
import { Grant, GrantTranche } from './entities/grant.entity';
import { EnrolmentLookup } from './enrolment-lookup';
import { toGrantView } from './views';

/**
 * Grants: awarded to a startup through its active enrolment, within the programme's grant range
 * and currency (400 GRANT_OUT_OF_RANGE), in tranches that sum to the award exactly (400
 * TRANCHES_DO_NOT_SUM), each tied to a milestone of that enrolment or to a date. A tranche is
 * scheduled → payable (its milestone approved: the `milestone.approved` event; its date come: the
 * `grant.tranches-due` job) → disbursed (staff, with the date and the bank's reference; only a
 * payable tranche: 409 TRANCHE_NOT_PAYABLE). Each step is a conditional update on the status, so
 * it happens once however often the event or the job is delivered.
 */
@Injectable()
export class GrantsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly startups: StartupsService,
    private readonly programmes: ProgrammesService,
    private readonly lookup: EnrolmentLookup,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  async award(startupId: string, input: CreateGrantDto): Promise<GrantDto> {
    const organizationId = this.context.requireOrganizationId();
    await this.startups.get(startupId);
    const { enrolment, timezone } = await this.lookup.active(startupId, input.enrolmentId);
    const policy = (await this.programmes.get(enrolment.programmeId)).grantPolicy;
    if (!policy) throw new ConflictError('PROGRAMME_HAS_NO_GRANTS', "The enrolment's programme has no grant policy.");
    const { amountMinor, currency } = input.amount;
    if (currency !== policy.currency || amountMinor < policy.minAmountMinor || amountMinor > policy.maxAmountMinor) {
      throw new DomainError(400, 'GRANT_OUT_OF_RANGE', `The programme grants ${policy.currency} ${policy.minAmountMinor}–${policy.maxAmountMinor} (minor units).`, {
        errors: [{ field: currency !== policy.currency ? 'amount.currency' : 'amount.amountMinor', message: `must be ${policy.currency} between ${policy.minAmountMinor} and ${policy.maxAmountMinor} minor units` }],
        grantPolicy: policy,
      });
    }
    const both = input.tranches.findIndex((t) => t.milestoneId !== undefined && t.dueOn !== undefined);
    if (both >= 0) throw new ValidationFailedError([{ field: `tranches.${both}`, message: 'give exactly one of milestoneId and dueOn' }]);
    const total = input.tranches.reduce((n, t) => n + BigInt(t.amountMinor), 0n);
    if (total !== BigInt(amountMinor)) {
      throw new DomainError(400, 'TRANCHES_DO_NOT_SUM', `The tranches sum to ${total} minor units; the award is ${amountMinor}.`, {
        errors: [{ field: 'tranches', message: `must sum to ${amountMinor}` }],
      });
    }
    const milestones = new Map((await this.lookup.milestonesOf(enrolment.id)).map((m) => [m.id, m]));
    input.tranches.forEach((t, i) => {
      if (t.milestoneId && !milestones.has(t.milestoneId)) {
        throw new DomainError(400, 'TRANCHE_MILESTONE_NOT_IN_ENROLMENT', "A tranche's milestone must be one of the enrolment's milestones.", {
          errors: [{ field: `tranches.${i}.milestoneId`, message: "is not a milestone of this startup's enrolment" }],
        });
      }
    });

    const now = this.clock.now();
    const grantId = newId();
    await this.tx.getRepository(Grant).insert({ id: grantId, organizationId, startupId, enrolmentId: enrolment.id, programmeId: enrolment.programmeId, amountMinor, currency, purpose: input.purpose ?? null, awardedBy: this.context.userId ?? null });
    // A tranche whose milestone is already approved, or whose day has come, is payable at once.
    const tranches: { payable_at: Date | null; status: string }[] = await this.tx.query(
      `INSERT INTO grant_tranches (id, organization_id, grant_id, position, amount_minor, currency, milestone_id, due_on, payable_at, status, payable_since)
       SELECT t.id, $1, $2, t.position, t.amount_minor, $3, t.milestone_id, t.due_on, local_midnight(t.due_on, $4),
              CASE WHEN t.approved OR local_midnight(t.due_on, $4) <= $5 THEN 'payable' ELSE 'scheduled' END,
              CASE WHEN t.approved OR local_midnight(t.due_on, $4) <= $5 THEN $5::timestamptz END
         FROM unnest($6::uuid[], $7::int[], $8::bigint[], $9::uuid[], $10::date[], $11::boolean[]) AS t(id, position, amount_minor, milestone_id, due_on, approved)
       RETURNING payable_at, status`,
      [
        organizationId,
        grantId,
        currency,
        timezone,
        now,
        input.tranches.map(() => newId()),
        input.tranches.map((_, i) => i + 1),
        input.tranches.map((t) => String(t.amountMinor)),
        input.tranches.map((t) => t.milestoneId ?? null),
        input.tranches.map((t) => t.dueOn ?? null),
        input.tranches.map((t) => (t.milestoneId ? milestones.get(t.milestoneId)!.status === 'approved' : false)),
      ],
    );
    // One delayed job per future moment (BullMQ delays run on real time; the handler checks the Clock,
    // and the worker's sweep catches up whatever this job misses).
    const moments = [...new Set(tranches.filter((t) => t.status === 'scheduled' && t.payable_at).map((t) => t.payable_at!.getTime()))];
    for (const at of moments) {
      await this.outbox.enqueue('grant.tranches-due', { organizationId, grantId }, { jobId: jobId('grant.tranches-due', grantId, String(at)), runAt: new Date(at) });
    }
    const view = await this.view(grantId);
    await this.audit.record({ action: 'grant.awarded', entityType: 'grant', entityId: grantId, after: { startupId, enrolmentId: enrolment.id, amount: view.amount, tranches: view.tranches.map((t) => ({ amountMinor: t.amount.amountMinor, milestoneId: t.milestoneId, dueOn: t.dueOn, status: t.status })) } });
    return view;
  }

  /** A startup's grants: staff, or its founders (anyone else 404). */
  async listForStartup(startupId: string): Promise<GrantListDto> {
    await this.startups.get(startupId);
    const grants = await this.tx.getRepository(Grant).find({ where: { organizationId: this.context.requireOrganizationId(), startupId }, order: { id: 'DESC' } });
    const tranches = grants.length === 0 ? [] : await this.tx.getRepository(GrantTranche).findBy({ organizationId: this.context.requireOrganizationId(), grantId: In(grants.map((g) => g.id)) });
    return { items: grants.map((g) => toGrantView(g, tranches.filter((t) => t.grantId === g.id))) };
  }

  async get(grantId: string): Promise<GrantDto> {
    const grant = await this.find(grantId);
    await this.startups.get(grant.startupId); // a founder of another startup: 404
    return this.view(grantId);
  }

  async disburse(grantId: string, trancheId: string, input: DisburseTrancheDto): Promise<GrantDto> {
    await this.find(grantId);
    const tranche = await this.tx.getRepository(GrantTranche).findOne({ where: { organizationId: this.context.requireOrganizationId(), grantId, id: trancheId }, lock: { mode: 'pessimistic_write' } });
    if (!tranche) throw new NotFoundError('Tranche');
    if (tranche.status !== 'payable') throw new ConflictError('TRANCHE_NOT_PAYABLE', `The tranche is ${tranche.status}; only a payable tranche is disbursed.`, { trancheStatus: tranche.status });
    await this.tx.getRepository(GrantTranche).update({ id: trancheId }, { status: 'disbursed', disbursedOn: input.disbursedOn, bankReference: input.bankReference, disbursedBy: this.context.userId ?? null, disbursedAt: this.clock.now() });
    await this.audit.record({ action: 'grant.tranche-disbursed', entityType: 'grant', entityId: grantId, before: { trancheId, status: 'payable' }, after: { trancheId, status: 'disbursed', disbursedOn: input.disbursedOn, bankReference: input.bankReference } });
    return this.view(grantId);
  }

  /** The `milestone.approved` event: the scheduled tranches tied to that milestone become payable, once. */
  async milestoneApproved(milestoneId: string): Promise<number> {
    const [rows]: [{ id: string; grant_id: string }[], number] = await this.tx.query(
      `UPDATE grant_tranches SET status = 'payable', payable_since = $3
        WHERE organization_id = $1 AND milestone_id = $2 AND status = 'scheduled'
        RETURNING id, grant_id`,
      [this.context.requireOrganizationId(), milestoneId, this.clock.now()],
    );
    await this.recordPayable(rows, { milestoneId });
    return rows.length;
  }

  /** The `grant.tranches-due` job: the grant's date tranches whose moment has come become payable, once. */
  async datesCame(grantId: string): Promise<number> {
    const now = this.clock.now();
    const [rows]: [{ id: string; grant_id: string }[], number] = await this.tx.query(
      `UPDATE grant_tranches SET status = 'payable', payable_since = $3
        WHERE organization_id = $1 AND grant_id = $2 AND status = 'scheduled' AND payable_at <= $3
        RETURNING id, grant_id`,
      [this.context.requireOrganizationId(), grantId, now],
    );
    await this.recordPayable(rows, { dueBy: now.toISOString() });
    return rows.length;
  }

  private async recordPayable(rows: { id: string; grant_id: string }[], cause: object): Promise<void> {
    for (const row of rows) {
      await this.audit.record({ action: 'grant.tranche-payable', entityType: 'grant', entityId: row.grant_id, before: { trancheId: row.id, status: 'scheduled' }, after: { trancheId: row.id, status: 'payable', ...cause } });
    }
  }

  private async find(grantId: string): Promise<Grant> {
    const grant = await this.tx.getRepository(Grant).findOneBy({ organizationId: this.context.requireOrganizationId(), id: grantId });
    if (!grant) throw new NotFoundError('Grant');
    return grant;
  }

  private async view(grantId: string): Promise<GrantDto> {
    const grant = await this.tx.getRepository(Grant).findOneByOrFail({ id: grantId });
    const tranches = await this.tx.getRepository(GrantTranche).findBy({ organizationId: grant.organizationId, grantId });
    return toGrantView(grant, tranches);
  }
}
