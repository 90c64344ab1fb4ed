import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService, ConflictError, DomainError, NotFoundError, newId, ValidationFailedError } from '@hatchery/core';
import { Enrolment, EnrolmentsService, MilestonesService, StartupTimelineDto } from '@hatchery/cohorts';
import { StartupsService } from '@hatchery/startups';
import { CreateMentorAssignmentDto, MentorSuggestionQueryDto, UpdateMentorAssignmentDto } from './dto/mentors.dto';
import { MentorAssignmentDto, MentorAssignmentListDto, MentorSuggestionListDto } from './dto/mentors.response.dto';
import { MentorAssignment } from './entities/mentor-assignment.entity';
import { MentorConflict, MentorProfile } from './entities/mentor-profile.entity';
import { MentorContext } from './mentor-context';
import { MentorProfilesService, pgError } from './profiles.service';
import { PEAK_ASSIGNMENTS, SUGGESTIONS } from './mentors.sql';

/** A startup's sector as a tag key: `Health Tech` → `health-tech`. */
export function sectorTag(sector: string | null): string | null {
  const key = (sector ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return key || null;
}

/**
 * Matching and assignment. Suggestions rank a startup's possible mentors (one query); staff assign
 * a lead (at most one per startup on any day: an exclusion constraint, 409 LEAD_ALREADY_ASSIGNED)
 * and experts, within each mentor's capacity (checked under the profile's row lock, 409
 * MENTOR_AT_CAPACITY), never a founder of the startup nor a mentor who declared a conflict (409
 * MENTOR_CONFLICT).
 */
@Injectable()
export class MentorAssignmentsService {
  constructor(
    private readonly mentors: MentorContext,
    private readonly profiles: MentorProfilesService,
    private readonly startups: StartupsService,
    private readonly enrolments: EnrolmentsService,
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
  ) {}

  private get tx() {
    return this.mentors.tx;
  }

  async suggestions(startupId: string, query: MentorSuggestionQueryDto): Promise<MentorSuggestionListDto> {
    const startup = await this.startups.get(startupId);
    const needs = query.needs !== undefined ? query.needs.split(',') : await this.profiles.needsOf(startupId);
    const sector = sectorTag(startup.sector);
    const wanted = [...new Set([...(sector ? [sector] : []), ...needs])];
    const founders = (await this.startups.foundersOf([startupId])).get(startupId) ?? [];
    const rows: { id: string; user_id: string; kind: MentorProfile['kind']; tags: string[]; capacity: number; matched: string[]; free: number }[] = await this.tx.query(SUGGESTIONS, [
      this.mentors.organizationId,
      startupId,
      wanted,
      founders,
      await this.mentors.today(),
      query.limit,
    ]);
    const people = await this.mentors.people(rows.map((r) => r.user_id));
    return {
      startupId,
      matchedAgainst: wanted,
      items: rows.map((r) => ({ mentorProfileId: r.id, userId: r.user_id, name: people.get(r.user_id)?.name ?? '', kind: r.kind, tags: r.tags, matchedTags: r.matched, capacity: r.capacity, freeCapacity: r.free })),
    };
  }

  async assign(startupId: string, input: CreateMentorAssignmentDto): Promise<MentorAssignmentDto> {
    const startup = await this.startups.get(startupId);
    if (input.endsOn !== undefined && input.endsOn < input.startsOn) throw new ValidationFailedError([{ field: 'endsOn', message: 'must not be before startsOn' }]);
    // The profile's row lock: two assignments of one mentor are counted one after the other.
    const profile = await this.mentors.profile(input.mentorProfileId, true);
    if (!profile.active) throw new ConflictError('MENTOR_INACTIVE', 'The mentor is not active.');
    if (input.role === 'lead' && profile.kind !== 'lead') throw new ConflictError('MENTOR_NOT_LEAD', 'An expert mentor advises; only a lead mentor can lead a startup.');
    const enrolment = await this.activeEnrolment(startupId, input.enrolmentId);
    await this.assertNoConflict(profile, startupId);
    await this.assertCapacity(profile, input.startsOn, input.endsOn ?? null, null);
    const id = newId();
    await this.insertOrExplain(() =>
      this.tx.getRepository(MentorAssignment).insert({
        id,
        organizationId: profile.organizationId,
        profileId: profile.id,
        startupId,
        enrolmentId: enrolment.id,
        programmeId: enrolment.programmeId,
        role: input.role,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        createdBy: this.mentors.userId,
      }),
    );
    await this.audit.record({ action: 'mentor-assignment.created', entityType: 'startup', entityId: startupId, after: { assignmentId: id, mentorProfileId: profile.id, role: input.role, startsOn: input.startsOn, endsOn: input.endsOn ?? null } });
    return (await this.views([await this.find(id)], new Map([[startupId, startup.name]])))[0];
  }

  /** Ends (or extends) an assignment: not before its start, nor before a session logged under it (409 SESSIONS_AFTER_END). */
  async setEnd(id: string, input: UpdateMentorAssignmentDto): Promise<MentorAssignmentDto> {
    const before = await this.find(id);
    const profile = await this.mentors.profile(before.profileId, true);
    const assignment = await this.find(id, true);
    if (input.endsOn < assignment.startsOn) throw new ValidationFailedError([{ field: 'endsOn', message: `must not be before the start, ${assignment.startsOn}` }]);
    const [last]: { last: string | null }[] = await this.tx.query(`SELECT max(session_on)::text AS last FROM mentor_sessions WHERE organization_id = $1 AND assignment_id = $2 AND status <> 'rejected'`, [assignment.organizationId, id]);
    if (last.last && last.last > input.endsOn) throw new ConflictError('SESSIONS_AFTER_END', `Sessions were logged under this assignment up to ${last.last}.`, { lastSessionOn: last.last });
    if (assignment.endsOn === null || input.endsOn > assignment.endsOn) await this.assertCapacity(profile, assignment.startsOn, input.endsOn, id);
    await this.insertOrExplain(() => this.tx.getRepository(MentorAssignment).update({ id }, { endsOn: input.endsOn }));
    await this.audit.record({ action: 'mentor-assignment.ended', entityType: 'startup', entityId: assignment.startupId, before: { assignmentId: id, endsOn: assignment.endsOn }, after: { assignmentId: id, endsOn: input.endsOn } });
    return (await this.views([await this.find(id)]))[0];
  }

  /** Staff, or a founder of the startup. */
  async listForStartup(startupId: string): Promise<MentorAssignmentListDto> {
    const startup = await this.startups.get(startupId);
    const rows = await this.tx.getRepository(MentorAssignment).find({ where: { organizationId: this.mentors.organizationId, startupId }, order: { startsOn: 'DESC', id: 'DESC' } });
    return { items: await this.views(rows, new Map([[startupId, startup.name]])) };
  }

  /** The caller's own assignments (a mentor), latest first. */
  async mine(): Promise<MentorAssignmentListDto> {
    const profile = await this.mentors.myProfile();
    const rows = await this.tx.getRepository(MentorAssignment).find({ where: { organizationId: profile.organizationId, profileId: profile.id }, order: { startsOn: 'DESC', id: 'DESC' } });
    return { items: await this.views(rows) };
  }

  /**
   * A startup's timeline for a mentor who is or was assigned to it (any assignment that has started);
   * another startup is 404, as for anyone who may not see it.
   */
  async mentoredTimeline(startupId: string): Promise<StartupTimelineDto> {
    const profile = await this.mentors.myProfile();
    const today = await this.mentors.today();
    const assigned = await this.tx
      .getRepository(MentorAssignment)
      .createQueryBuilder('a')
      .where('a.organization_id = :org AND a.profile_id = :profile AND a.startup_id = :startup AND a.starts_on <= :today', { org: profile.organizationId, profile: profile.id, startup: startupId, today })
      .getExists();
    if (!assigned) throw new NotFoundError('Startup');
    return this.milestones.startupTimeline(startupId, { accessCheckedBy: 'mentors' });
  }

  /** The caller's assignment to the startup that covers `on`; 409 when there is none. */
  async coveringAssignment(profile: MentorProfile, startupId: string, on: string): Promise<MentorAssignment> {
    const all = await this.tx.getRepository(MentorAssignment).find({ where: { organizationId: profile.organizationId, profileId: profile.id, startupId } });
    if (all.length === 0) throw new ConflictError('MENTOR_NOT_ASSIGNED', 'You are not assigned to this startup.');
    const covering = all.find((a) => a.startsOn <= on && (a.endsOn === null || a.endsOn >= on));
    if (!covering) {
      throw new ConflictError('SESSION_OUTSIDE_ASSIGNMENT', `You were not assigned to this startup on ${on}.`, { assignments: all.map((a) => ({ startsOn: a.startsOn, endsOn: a.endsOn })) });
    }
    return covering;
  }

  private async activeEnrolment(startupId: string, enrolmentId: string | undefined): Promise<Enrolment> {
    const all = await this.enrolments.forStartup(startupId);
    if (enrolmentId) {
      const named = all.find((e) => e.id === enrolmentId);
      if (!named) throw new NotFoundError('Enrolment');
      if (named.status !== 'active') throw new ConflictError('STARTUP_NOT_ENROLLED', `The enrolment is ${named.status}.`);
      return named;
    }
    const active = all.filter((e) => e.status === 'active');
    if (active.length === 0) throw new ConflictError('STARTUP_NOT_ENROLLED', 'The startup has no active enrolment in a cohort.');
    if (active.length > 1) throw new DomainError(400, 'ENROLMENT_REQUIRED', 'The startup is active in several programmes; name the enrolment.', { errors: [{ field: 'enrolmentId', message: 'required when the startup has several active enrolments' }] });
    return active[0];
  }

  private async assertNoConflict(profile: MentorProfile, startupId: string): Promise<void> {
    const founders = (await this.startups.foundersOf([startupId])).get(startupId) ?? [];
    if (founders.includes(profile.userId)) throw new ConflictError('MENTOR_CONFLICT', 'The mentor is a founder of this startup.', { reason: 'founder' });
    const declared = await this.tx.getRepository(MentorConflict).findOneBy({ organizationId: profile.organizationId, profileId: profile.id, startupId });
    if (declared) throw new ConflictError('MENTOR_CONFLICT', `The mentor declared a conflict with this startup: ${declared.reason}`, { reason: 'declared' });
  }

  private async assertCapacity(profile: MentorProfile, from: string, to: string | null, excluding: string | null): Promise<void> {
    const [row]: { peak: number }[] = await this.tx.query(PEAK_ASSIGNMENTS, [profile.organizationId, profile.id, from, to, excluding]);
    if (row.peak + 1 > profile.capacity) {
      throw new ConflictError('MENTOR_AT_CAPACITY', `The mentor takes ${profile.capacity} startup(s) at once and would have ${row.peak + 1} in this period.`, { capacity: profile.capacity, assigned: row.peak });
    }
  }

  /** The exclusion constraints, as the client's codes (they hold when two requests race). */
  private async insertOrExplain(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const { constraint } = pgError(error);
      if (constraint === 'ex_mentor_assignments_one_lead') throw new ConflictError('LEAD_ALREADY_ASSIGNED', 'The startup has a lead mentor in this period; end that assignment first.');
      if (constraint === 'ex_mentor_assignments_once') throw new ConflictError('ALREADY_ASSIGNED', 'The mentor is assigned to this startup in this period already.');
      throw error;
    }
  }

  private async find(id: string, lock = false): Promise<MentorAssignment> {
    const row = await this.tx.getRepository(MentorAssignment).findOne({ where: { organizationId: this.mentors.organizationId, id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!row) throw new NotFoundError('Mentor assignment');
    return row;
  }

  async views(rows: MentorAssignment[], knownNames = new Map<string, string>()): Promise<MentorAssignmentDto[]> {
    if (rows.length === 0) return [];
    const today = await this.mentors.today();
    const profiles = new Map((await this.tx.getRepository(MentorProfile).findBy({ organizationId: this.mentors.organizationId, id: In([...new Set(rows.map((r) => r.profileId))]) })).map((p) => [p.id, p]));
    const people = await this.mentors.people([...profiles.values()].map((p) => p.userId));
    const missing = [...new Set(rows.map((r) => r.startupId))].filter((s) => !knownNames.has(s));
    const names = new Map([...knownNames, ...(await this.startups.names(missing))]);
    return rows.map((a) => {
      const userId = profiles.get(a.profileId)?.userId ?? '';
      return {
        id: a.id,
        mentorProfileId: a.profileId,
        mentorUserId: userId,
        mentorName: people.get(userId)?.name ?? '',
        startupId: a.startupId,
        startupName: names.get(a.startupId) ?? '',
        enrolmentId: a.enrolmentId,
        programmeId: a.programmeId,
        role: a.role,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        current: a.startsOn <= today && (a.endsOn === null || a.endsOn >= today),
        createdAt: a.createdAt.toISOString(),
      };
    });
  }
}
