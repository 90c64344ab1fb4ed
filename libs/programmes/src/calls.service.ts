import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditService, ConflictError, decodeCursor, jobId, newId, NotFoundError, Outbox, Page, RequestContext, toPage, wallClock } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { In } from 'typeorm';

/**
 * A call's window runs on real time, not the Clock: it is driven by BullMQ delayed jobs and by the
 * sweeper's SQL now(), both real time, and the suites that move the test clock by months still
 * open and close calls in seconds of real time.
 */
const realNow = () => wallClock().getTime();
import { checkWindow, normalizeQuestions, normalizeRounds } from './call-rules';
import { CreateCallDto, UpdateCallDto } from './dto/call.dto';
import { CallDto, PublicCallDto } from './dto/programme.response.dto';
import { Call, CallStatus } from './entities/call.entity';
import { Programme } from './entities/programme.entity';
import { ProgrammesService } from './programmes.service';

export type CallView = CallDto;

export function toCallView(call: Call): CallView {
  return {
    id: call.id,
    programmeId: call.programmeId,
    title: call.title,
    theme: call.theme,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    capacity: call.capacity,
    questions: call.questions,
    reviewersPerApplication: call.reviewersPerApplication,
    blindReview: call.blindReview,
    rounds: call.rounds,
    status: call.status,
    finalizedRounds: call.finalizedRounds,
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}

export type PublicCallView = PublicCallDto;

/** Once a call opens, its form and rubrics are what applicants and reviewers rely on. */
const FROZEN_FROM: CallStatus[] = ['open', 'closed', 'decided', 'cancelled'];
const ENDED: CallStatus[] = ['closed', 'decided', 'cancelled'];

@Injectable()
export class CallsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    private readonly outbox: Outbox,
    private readonly programmes: ProgrammesService,
    private readonly organizations: OrganizationsService,
  ) {}

  private get calls() {
    return this.txHost.tx.getRepository(Call);
  }

  /** A draft call; its rounds take a copy of the programme's rubric unless they bring their own. */
  async create(programmeId: string, input: CreateCallDto): Promise<CallView> {
    const programme = await this.programmes.find(programmeId);
    const opensAt = new Date(input.opensAt);
    const closesAt = new Date(input.closesAt);
    checkWindow(opensAt, closesAt);
    const id = newId();
    await this.calls.insert({
      id,
      organizationId: this.context.requireOrganizationId(),
      programmeId: programme.id,
      title: input.title,
      theme: input.theme ?? null,
      opensAt,
      closesAt,
      capacity: input.capacity,
      questions: normalizeQuestions(input.questions),
      reviewersPerApplication: input.reviewersPerApplication,
      blindReview: input.blindReview,
      rounds: normalizeRounds(input.rounds, programme.rubric),
      status: 'draft',
    });
    const call = await this.calls.findOneByOrFail({ id });
    await this.audit.record({ action: 'call.created', entityType: 'call', entityId: id, after: toCallView(call) });
    return toCallView(call);
  }

  async update(id: string, input: UpdateCallDto): Promise<CallView> {
    const call = await this.find(id, true);
    if (ENDED.includes(call.status)) throw new ConflictError('CALL_NOT_EDITABLE', `A ${call.status} call cannot be edited.`);
    if (FROZEN_FROM.includes(call.status) && (input.questions !== undefined || input.rounds !== undefined || input.opensAt !== undefined)) {
      throw new ConflictError('CALL_FROZEN', 'The call is open: its questions, rounds, rubrics and opening time can no longer change.');
    }
    const set: Partial<Call> = {};
    if (input.title !== undefined) set.title = input.title;
    if (input.theme !== undefined) set.theme = input.theme;
    if (input.opensAt !== undefined) set.opensAt = new Date(input.opensAt);
    if (input.closesAt !== undefined) set.closesAt = new Date(input.closesAt);
    if (input.capacity !== undefined) set.capacity = input.capacity;
    if (input.reviewersPerApplication !== undefined) set.reviewersPerApplication = input.reviewersPerApplication;
    if (input.blindReview !== undefined) set.blindReview = input.blindReview;
    if (input.questions !== undefined) set.questions = normalizeQuestions(input.questions);
    if (input.rounds !== undefined) set.rounds = normalizeRounds(input.rounds, (await this.programmes.find(call.programmeId)).rubric);
    checkWindow(set.opensAt ?? call.opensAt, set.closesAt ?? call.closesAt);
    if (Object.keys(set).length === 0) return toCallView(call);
    await this.calls.update({ id }, set);
    const after = await this.calls.findOneByOrFail({ id });
    if (after.status === 'scheduled' || after.status === 'open') await this.schedule(after);
    await this.audit.record({ action: 'call.updated', entityType: 'call', entityId: id, before: toCallView(call), after: toCallView(after) });
    return toCallView(after);
  }

  /** Draft → scheduled; the worker opens it at opensAt and closes it at closesAt (now, if already due). */
  async publish(id: string): Promise<CallView> {
    const call = await this.find(id, true);
    if (call.status !== 'draft') throw new ConflictError('CALL_NOT_DRAFT', `Only a draft call can be published; this one is ${call.status}.`);
    if (call.closesAt.getTime() <= realNow()) throw new ConflictError('CALL_WINDOW_PASSED', 'The call closes in the past: change closesAt first.');
    await this.transition(call, 'scheduled', 'call.published');
    const scheduled = await this.calls.findOneByOrFail({ id });
    await this.schedule(scheduled);
    return toCallView(await this.openIfDue(id));
  }

  async cancel(id: string): Promise<CallView> {
    const call = await this.find(id, true);
    if (ENDED.includes(call.status)) throw new ConflictError('CALL_NOT_CANCELLABLE', `A ${call.status} call cannot be cancelled.`);
    await this.transition(call, 'cancelled', 'call.cancelled');
    return toCallView(await this.calls.findOneByOrFail({ id }));
  }

  /** Idempotent: opens a scheduled call whose time has come; anything else is left as it is. */
  async openIfDue(id: string): Promise<Call> {
    const call = await this.find(id, true);
    if (call.status === 'scheduled' && call.opensAt.getTime() <= realNow()) {
      await this.transition(call, 'open', 'call.opened');
      return this.closeIfDue(id);
    }
    return call;
  }

  /** Idempotent: closes an open call whose closing time has passed. */
  async closeIfDue(id: string): Promise<Call> {
    const call = await this.find(id, true);
    if (call.status === 'open' && call.closesAt.getTime() <= realNow()) {
      await this.transition(call, 'closed', 'call.closed');
      // Review starts once the call is closed: applications move into the first round and get reviewers.
      await this.outbox.enqueue('call.start-review', { organizationId: call.organizationId, callId: call.id }, { jobId: jobId('call.start-review', call.id) });
    }
    return this.calls.findOneByOrFail({ id });
  }

  async list(options: { limit: number; cursor?: string; status?: CallStatus; programmeId?: string }): Promise<Page<CallView>> {
    const query = this.calls
      .createQueryBuilder('c')
      .where('c.organization_id = :organizationId', { organizationId: this.context.requireOrganizationId() })
      .orderBy('c.id', 'DESC')
      .limit(options.limit + 1);
    if (options.status) query.andWhere('c.status = :status', { status: options.status });
    if (options.programmeId) query.andWhere('c.programme_id = :programmeId', { programmeId: options.programmeId });
    const after = decodeCursor(options.cursor);
    if (after) query.andWhere('c.id < :after', { after });
    return toPage(await query.getMany(), options.limit, toCallView);
  }

  /**
   * What anyone may see: the calls of the current organization taking applications now, closing
   * soonest first, without the reviewer-side settings (rubrics, reviewers, blind review).
   */
  async listOpen(): Promise<PublicCallView[]> {
    const organization = await this.organizations.publicProfile();
    const { entities: calls, raw } = await this.calls
      .createQueryBuilder('c')
      .innerJoin(Programme, 'p', 'p.id = c.programme_id AND p.organization_id = c.organization_id')
      .addSelect('p.name', 'programme_name')
      .where('c.organization_id = :organizationId', { organizationId: this.context.requireOrganizationId() })
      .andWhere(`c.status = 'open' AND c.closes_at > :now`, { now: new Date(realNow()) })
      .orderBy('c.closes_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(100)
      .getRawAndEntities<{ programme_name: string }>();
    return calls.map((call, i) => ({
      id: call.id,
      organization,
      programme: { id: call.programmeId, name: raw[i].programme_name },
      title: call.title,
      theme: call.theme,
      opensAt: call.opensAt.toISOString(),
      closesAt: call.closesAt.toISOString(),
      capacity: call.capacity,
      questions: call.questions,
    }));
  }

  /** Several calls at once (for lists). */
  async findMany(ids: string[]): Promise<Call[]> {
    if (ids.length === 0) return [];
    return this.calls.find({ where: { id: In(ids), organizationId: this.context.requireOrganizationId() } });
  }

  async get(id: string): Promise<CallView> {
    return toCallView(await this.find(id));
  }

  /** For other domains: the call row, or 404; `true` locks it for update, 'share' against updates. */
  async find(id: string, lock: boolean | 'share' = false): Promise<Call> {
    const call = await this.calls.findOne({
      where: { id, organizationId: this.context.requireOrganizationId() },
      lock: lock === 'share' ? { mode: 'pessimistic_read' } : lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!call) throw new NotFoundError('Call');
    return call;
  }

  /** Marks a round's reviews closed (after its shortlist). */
  async finalizeRound(id: string, roundKey: string): Promise<void> {
    const call = await this.find(id, true);
    if (call.finalizedRounds.includes(roundKey)) return;
    await this.calls.update({ id }, { finalizedRounds: [...call.finalizedRounds, roundKey] });
    await this.audit.record({ action: 'call.round-finalized', entityType: 'call', entityId: id, after: { roundKey } });
  }

  /** All places decided. */
  async markDecided(id: string): Promise<void> {
    const call = await this.find(id, true);
    if (call.status === 'closed') await this.transition(call, 'decided', 'call.decided');
  }

  private async transition(call: Call, status: CallStatus, action: string): Promise<void> {
    await this.calls.update({ id: call.id }, { status });
    await this.audit.record({ action, entityType: 'call', entityId: call.id, before: { status: call.status }, after: { status } });
  }

  /**
   * Delayed jobs for the opening and closing times. Their ids carry the time, so moving a time
   * adds a new job; the old one then finds nothing due and does nothing.
   */
  private async schedule(call: Call): Promise<void> {
    const organizationId = call.organizationId;
    if (call.status === 'scheduled') {
      await this.outbox.enqueue('call.open', { organizationId, callId: call.id }, { jobId: jobId('call.open', call.id, String(call.opensAt.getTime())), runAt: call.opensAt });
    }
    await this.outbox.enqueue('call.close', { organizationId, callId: call.id }, { jobId: jobId('call.close', call.id, String(call.closesAt.getTime())), runAt: call.closesAt });
  }
}
