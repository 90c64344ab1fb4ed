import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService, ConflictError, decodeCursor, DomainError, ForbiddenError, newId, NotFoundError, toPage, ValidationFailedError } from '@hatchery/core';
import { MembersService } from '@hatchery/organizations';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupsService } from '@hatchery/startups';
import { CreateFeeTermsDto, CreateMentorProfileDto, CreateMentorRateDto, CreateMentorTagDto, DeclareMentorConflictDto, MentorProfileQueryDto, SetMentoringNeedsDto, UpdateMentorProfileDto } from './dto/mentors.dto';
import { MentorConflictDto, MentorFeeTermsDto, MentoringNeedsDto, MentorProfileDetailDto, MentorProfileDto, MentorProfilePageDto, MentorRateDto, MentorTagDto, MentorTagListDto } from './dto/mentors.response.dto';
import { MentorConflict, MentorFeeTerms, MentorProfile, MentorRate, MentorTag, StartupMentoringNeeds } from './entities/mentor-profile.entity';
import { MentorContext } from './mentor-context';
import { ratePeriods } from './mentor-rules';
import { ACTIVE_ASSIGNMENT_COUNTS, RATES_ON_DAY } from './mentors.sql';

/** A Postgres error with its SQLSTATE and constraint. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return { code: e?.driverError?.code ?? e?.code, constraint: e?.driverError?.constraint ?? e?.constraint };
}

/**
 * Mentor profiles, per organization: kind, tags from the organization's vocabulary, bio, capacity;
 * effective-dated hourly rates (inserted, never changed); success-fee terms; declared conflicts;
 * and a startup's mentoring needs (what suggestions match besides its sector).
 */
@Injectable()
export class MentorProfilesService {
  constructor(
    private readonly mentors: MentorContext,
    private readonly members: MembersService,
    private readonly startups: StartupsService,
    private readonly programmes: ProgrammesService,
    private readonly audit: AuditService,
  ) {}

  private get tx() {
    return this.mentors.tx;
  }

  // ---- the vocabulary ----

  async listTags(): Promise<MentorTagListDto> {
    const tags = await this.tx.getRepository(MentorTag).find({ where: { organizationId: this.mentors.organizationId }, order: { key: 'ASC' } });
    return { items: tags.map(toTagView) };
  }

  async createTag(input: CreateMentorTagDto): Promise<MentorTagDto> {
    const organizationId = this.mentors.organizationId;
    const id = newId();
    const inserted = await this.tx.getRepository(MentorTag).createQueryBuilder().insert().values({ id, organizationId, key: input.key, label: input.label }).orIgnore().execute();
    if (inserted.raw.length === 0) throw new ConflictError('TAG_EXISTS', `The tag "${input.key}" exists already.`);
    await this.audit.record({ action: 'mentor-tag.created', entityType: 'mentor_tag', entityId: id, after: { key: input.key, label: input.label } });
    return { id, key: input.key, label: input.label };
  }

  /** 400 UNKNOWN_TAG naming the first tag that is not in the organization's vocabulary. */
  async assertTags(tags: string[], field: string): Promise<string[]> {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return unique;
    const known = new Set((await this.tx.getRepository(MentorTag).find({ select: { key: true }, where: { organizationId: this.mentors.organizationId, key: In(unique) } })).map((t) => t.key));
    const unknown = unique.filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new DomainError(400, 'UNKNOWN_TAG', `Not in the organization's mentor tags: ${unknown.join(', ')}.`, { errors: [{ field, message: `unknown tags: ${unknown.join(', ')}` }] });
    }
    return unique.sort();
  }

  // ---- profiles ----

  async create(input: CreateMentorProfileDto): Promise<MentorProfileDetailDto> {
    const organizationId = this.mentors.organizationId;
    const member = (await this.members.list()).find((m) => m.userId === input.userId);
    if (!member) throw new NotFoundError('Member');
    if (member.role !== 'mentor') throw new ConflictError('NOT_A_MENTOR', `The member's role is ${member.role}; a mentor profile is for members with the mentor role.`);
    const tags = await this.assertTags(input.tags, 'tags');
    const id = newId();
    const inserted = await this.tx
      .getRepository(MentorProfile)
      .createQueryBuilder()
      .insert()
      .values({ id, organizationId, userId: input.userId, kind: input.kind, tags, bio: input.bio ?? '', capacity: input.capacity })
      .orIgnore()
      .execute();
    if (inserted.raw.length === 0) throw new ConflictError('MENTOR_PROFILE_EXISTS', 'This mentor has a profile here already.');
    await this.audit.record({ action: 'mentor-profile.created', entityType: 'mentor_profile', entityId: id, after: { userId: input.userId, kind: input.kind, tags, bio: input.bio ?? '', capacity: input.capacity } });
    return this.detail(id);
  }

  /**
   * Staff change anything; the mentor changes their own bio and tags only (their kind, capacity and
   * whether they are active are the organization's decisions: 403 FORBIDDEN for those fields).
   */
  async update(id: string, input: UpdateMentorProfileDto): Promise<MentorProfileDetailDto> {
    const profile = await this.visible(id, true);
    if (!this.mentors.isStaff()) {
      const staffOnly = (['kind', 'capacity', 'active'] as const).filter((k) => input[k] !== undefined);
      if (staffOnly.length > 0) throw new ForbiddenError(`Only owners and managers change ${staffOnly.join(', ')}; a mentor edits their bio and tags.`);
    }
    const set: Partial<MentorProfile> = {};
    if (input.kind !== undefined) set.kind = input.kind;
    if (input.tags !== undefined) set.tags = await this.assertTags(input.tags, 'tags');
    if (input.bio !== undefined) set.bio = input.bio;
    if (input.capacity !== undefined) set.capacity = input.capacity;
    if (input.active !== undefined) set.active = input.active;
    if (Object.keys(set).length > 0) {
      await this.tx.getRepository(MentorProfile).update({ id }, set);
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, profile[k as keyof MentorProfile]]));
      await this.audit.record({ action: 'mentor-profile.updated', entityType: 'mentor_profile', entityId: id, before, after: set });
    }
    return this.detail(id);
  }

  async list(query: MentorProfileQueryDto): Promise<MentorProfilePageDto> {
    const after = decodeCursor(query.cursor);
    const qb = this.tx.getRepository(MentorProfile).createQueryBuilder('p').where('p.organization_id = :org', { org: this.mentors.organizationId }).orderBy('p.id', 'DESC').limit(query.limit + 1);
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.tag) qb.andWhere(':tag = ANY(p.tags)', { tag: query.tag });
    if (after) qb.andWhere('p.id < :after', { after });
    const rows = await qb.getMany();
    const views = await this.views(rows.slice(0, query.limit));
    return toPage(rows, query.limit, (row) => views.get(row.id)!);
  }

  /** Staff any; a mentor only their own (another's is 404). */
  async get(id: string): Promise<MentorProfileDetailDto> {
    await this.visible(id);
    return this.detail(id);
  }

  async mine(): Promise<MentorProfileDetailDto> {
    return this.detail((await this.mentors.myProfile()).id);
  }

  // ---- money: rates and fee terms ----

  /**
   * A new hourly rate from a date. Rates are never changed: a new one from a later (or earlier) date
   * is added beside the others. A second rate from the same date is 409 RATE_OVERLAPS (a unique key,
   * so also when two arrive at once); a date in a month whose sessions are already locked by an
   * issued statement is 409 RATE_IN_LOCKED_MONTH (the statement stays as issued).
   */
  async addRate(profileId: string, input: CreateMentorRateDto): Promise<MentorRateDto> {
    if (input.rate.amountMinor <= 0) throw new ValidationFailedError([{ field: 'rate.amountMinor', message: 'must be above zero' }]);
    const profile = await this.mentors.profile(profileId, true);
    const organizationId = profile.organizationId;
    if (await this.tx.getRepository(MentorRate).existsBy({ organizationId, profileId, effectiveFrom: input.effectiveFrom })) {
      throw new ConflictError('RATE_OVERLAPS', `A rate from ${input.effectiveFrom} exists already; rates are never overwritten: give another date.`, { effectiveFrom: input.effectiveFrom });
    }
    const [locked]: { n: number }[] = await this.tx.query(
      `SELECT count(*)::int AS n FROM mentor_sessions WHERE organization_id = $1 AND profile_id = $2 AND session_on >= $3::date AND locked_at IS NOT NULL`,
      [organizationId, profileId, input.effectiveFrom],
    );
    if (locked.n > 0) throw new ConflictError('RATE_IN_LOCKED_MONTH', `Sessions from ${input.effectiveFrom} on are in an issued statement; a rate cannot start before they are locked.`);
    const id = newId();
    try {
      await this.tx.getRepository(MentorRate).insert({ id, organizationId, profileId, amountMinor: input.rate.amountMinor, currency: input.rate.currency, effectiveFrom: input.effectiveFrom, createdBy: this.mentors.userId });
    } catch (error) {
      if (pgError(error).constraint === 'uq_mentor_rates_profile_from') throw new ConflictError('RATE_OVERLAPS', `A rate from ${input.effectiveFrom} exists already.`);
      throw error;
    }
    await this.audit.record({ action: 'mentor-rate.added', entityType: 'mentor_profile', entityId: profileId, after: { rateId: id, rate: input.rate, effectiveFrom: input.effectiveFrom } });
    const periods = ratePeriods(await this.rates(profileId));
    return toRateView(periods.find((r) => r.id === id)!);
  }

  /** Success-fee terms: general (no programme) or for one programme; one of each per mentor (409 FEE_TERMS_EXIST). */
  async addFeeTerms(profileId: string, input: CreateFeeTermsDto): Promise<MentorFeeTermsDto> {
    const profile = await this.mentors.profile(profileId, true);
    if (input.programmeId) await this.programmes.get(input.programmeId);
    const id = newId();
    const inserted = await this.tx
      .getRepository(MentorFeeTerms)
      .createQueryBuilder()
      .insert()
      .values({ id, organizationId: profile.organizationId, profileId, programmeId: input.programmeId ?? null, amountMinor: input.amount.amountMinor, currency: input.amount.currency, createdBy: this.mentors.userId })
      .orIgnore()
      .execute();
    if (inserted.raw.length === 0) throw new ConflictError('FEE_TERMS_EXIST', input.programmeId ? 'This mentor has success-fee terms for this programme already.' : 'This mentor has general success-fee terms already.');
    await this.audit.record({ action: 'mentor-fee-terms.added', entityType: 'mentor_profile', entityId: profileId, after: { feeTermsId: id, programmeId: input.programmeId ?? null, amount: input.amount } });
    return toFeeTermsView(await this.tx.getRepository(MentorFeeTerms).findOneByOrFail({ id }));
  }

  /** The fee terms that apply to a startup of `programmeId`: the programme's own, else the general ones. */
  async feeTermsFor(profileId: string, programmeId: string): Promise<MentorFeeTermsDto | null> {
    const terms = await this.tx.getRepository(MentorFeeTerms).findBy({ organizationId: this.mentors.organizationId, profileId });
    const found = terms.find((t) => t.programmeId === programmeId) ?? terms.find((t) => t.programmeId === null);
    return found ? toFeeTermsView(found) : null;
  }

  // ---- conflicts and needs ----

  /** Staff, or the mentor for themselves. Once per mentor and startup (409 CONFLICT_EXISTS). */
  async declareConflict(profileId: string, input: DeclareMentorConflictDto): Promise<MentorConflictDto> {
    const profile = await this.visible(profileId);
    if (!(await this.startups.existing([input.startupId])).length) throw new NotFoundError('Startup');
    const id = newId();
    const inserted = await this.tx
      .getRepository(MentorConflict)
      .createQueryBuilder()
      .insert()
      .values({ id, organizationId: profile.organizationId, profileId, startupId: input.startupId, reason: input.reason, declaredBy: this.mentors.userId })
      .orIgnore()
      .execute();
    if (inserted.raw.length === 0) throw new ConflictError('CONFLICT_EXISTS', 'This conflict is declared already.');
    await this.audit.record({ action: 'mentor-conflict.declared', entityType: 'mentor_profile', entityId: profileId, after: { conflictId: id, startupId: input.startupId, reason: input.reason } });
    return toConflictView(await this.tx.getRepository(MentorConflict).findOneByOrFail({ id }));
  }

  /** Staff, or a founder of the startup (anyone else 404). */
  async getNeeds(startupId: string): Promise<MentoringNeedsDto> {
    await this.startups.get(startupId);
    const row = await this.tx.getRepository(StartupMentoringNeeds).findOneBy({ organizationId: this.mentors.organizationId, startupId });
    return { startupId, tags: row?.tags ?? [], updatedAt: row?.updatedAt.toISOString() ?? null };
  }

  async setNeeds(startupId: string, input: SetMentoringNeedsDto): Promise<MentoringNeedsDto> {
    await this.startups.get(startupId);
    const tags = await this.assertTags(input.tags, 'tags');
    const organizationId = this.mentors.organizationId;
    const before = await this.tx.getRepository(StartupMentoringNeeds).findOneBy({ organizationId, startupId });
    await this.tx.query(
      `INSERT INTO startup_mentoring_needs (organization_id, startup_id, tags, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organization_id, startup_id) DO UPDATE SET tags = EXCLUDED.tags, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [organizationId, startupId, tags, this.mentors.userId, this.mentors.now()],
    );
    await this.audit.record({ action: 'startup.mentoring-needs', entityType: 'startup', entityId: startupId, before: { tags: before?.tags ?? [] }, after: { tags } });
    return this.getNeeds(startupId);
  }

  async needsOf(startupId: string): Promise<string[]> {
    return (await this.tx.getRepository(StartupMentoringNeeds).findOneBy({ organizationId: this.mentors.organizationId, startupId }))?.tags ?? [];
  }

  // ---- reading ----

  /** Staff any profile; a mentor only their own; 404 otherwise. */
  async visible(id: string, lock = false): Promise<MentorProfile> {
    const profile = await this.mentors.profile(id, lock);
    if (!this.mentors.isStaff() && profile.userId !== this.mentors.userId) throw new NotFoundError('Mentor profile');
    return profile;
  }

  private rates(profileId: string): Promise<MentorRate[]> {
    return this.tx.getRepository(MentorRate).find({ where: { organizationId: this.mentors.organizationId, profileId }, order: { effectiveFrom: 'ASC' } });
  }

  async detail(id: string): Promise<MentorProfileDetailDto> {
    const profile = await this.tx.getRepository(MentorProfile).findOneByOrFail({ id });
    const view = (await this.views([profile])).get(id)!;
    const rates = ratePeriods(await this.rates(id)).map(toRateView);
    const feeTerms = (await this.tx.getRepository(MentorFeeTerms).find({ where: { organizationId: profile.organizationId, profileId: id }, order: { createdAt: 'ASC' } })).map(toFeeTermsView);
    const conflicts = (await this.tx.getRepository(MentorConflict).find({ where: { organizationId: profile.organizationId, profileId: id }, order: { createdAt: 'ASC' } })).map(toConflictView);
    return { ...view, rates, feeTerms, conflicts };
  }

  /** Profile views with names, today's rate and running assignments, in three queries for any number. */
  async views(profiles: MentorProfile[]): Promise<Map<string, MentorProfileDto>> {
    if (profiles.length === 0) return new Map();
    const organizationId = this.mentors.organizationId;
    const today = await this.mentors.today();
    const ids = profiles.map((p) => p.id);
    const people = await this.mentors.people(profiles.map((p) => p.userId));
    const rates: { profile_id: string; id: string; amount_minor: string; currency: string; effective_from: string; effective_to: string | null; created_at: Date }[] = await this.tx.query(RATES_ON_DAY, [organizationId, today, ids]);
    const counts: { profile_id: string; n: number }[] = await this.tx.query(ACTIVE_ASSIGNMENT_COUNTS, [organizationId, today, ids]);
    return new Map(
      profiles.map((p) => {
        const rate = rates.find((r) => r.profile_id === p.id);
        return [
          p.id,
          {
            id: p.id,
            userId: p.userId,
            name: people.get(p.userId)?.name ?? '',
            email: people.get(p.userId)?.email ?? '',
            kind: p.kind,
            tags: p.tags,
            bio: p.bio,
            capacity: p.capacity,
            activeAssignments: counts.find((c) => c.profile_id === p.id)?.n ?? 0,
            active: p.active,
            currentRate: rate ? { id: rate.id, rate: { amountMinor: Number(rate.amount_minor), currency: rate.currency }, effectiveFrom: rate.effective_from, effectiveTo: rate.effective_to, createdAt: rate.created_at.toISOString() } : null,
            createdAt: p.createdAt.toISOString(),
            updatedAt: p.updatedAt.toISOString(),
          },
        ];
      }),
    );
  }
}

function toTagView(t: MentorTag): MentorTagDto {
  return { id: t.id, key: t.key, label: t.label };
}

function toRateView(r: MentorRate & { effectiveTo: string | null }): MentorRateDto {
  return { id: r.id, rate: { amountMinor: r.amountMinor, currency: r.currency }, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, createdAt: r.createdAt.toISOString() };
}

function toFeeTermsView(t: MentorFeeTerms): MentorFeeTermsDto {
  return { id: t.id, programmeId: t.programmeId, amount: { amountMinor: t.amountMinor, currency: t.currency }, createdAt: t.createdAt.toISOString() };
}

function toConflictView(c: MentorConflict): MentorConflictDto {
  return { id: c.id, mentorProfileId: c.profileId, startupId: c.startupId, reason: c.reason, createdAt: c.createdAt.toISOString() };
}
