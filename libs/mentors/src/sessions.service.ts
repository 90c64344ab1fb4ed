import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService, ConflictError, decodeCursor, DomainError, ForbiddenError, newId, NotFoundError, toPage } from '@hatchery/core';
import { StartupsService } from '@hatchery/startups';
import { ApproveMentorSessionDto, DisputeMentorSessionDto, LogMentorSessionDto, MentorSessionQueryDto, RejectMentorSessionDto, UpdateMentorSessionDto } from './dto/mentors.dto';
import { MentorSessionDto, MentorSessionPageDto } from './dto/mentors.response.dto';
import { MentorProfile } from './entities/mentor-profile.entity';
import { MentorSession } from './entities/mentor-session.entity';
import { MentorAssignmentsService } from './assignments.service';
import { MentorContext } from './mentor-context';
import { MAX_SESSION_MINUTES, nextSessionStatus, SESSION_TRANSITIONS, SessionAction, sessionEditable } from './mentor-rules';

/**
 * Mentoring sessions: a mentor logs one for a startup they were assigned to on that day, not in the
 * future (the organization's today), at most 12 hours; founders confirm or dispute it; staff approve
 * or reject it (mentor-rules.ts has the transitions). Every change of state happens under the
 * session's row lock, so two approvals at once make one. A session whose month's statement was
 * issued (`locked_at`) is no longer edited; one paid by a statement (`locked_statement_id`) no
 * longer changes at all: 409 SESSION_LOCKED.
 */
@Injectable()
export class MentorSessionsService {
  constructor(
    private readonly mentors: MentorContext,
    private readonly assignments: MentorAssignmentsService,
    private readonly startups: StartupsService,
    private readonly audit: AuditService,
  ) {}

  private get tx() {
    return this.mentors.tx;
  }

  private get sessions() {
    return this.tx.getRepository(MentorSession);
  }

  async log(input: LogMentorSessionDto): Promise<MentorSessionDto> {
    const profile = await this.mentors.myProfile();
    await this.check(input.sessionOn, input.minutes);
    const assignment = await this.assignments.coveringAssignment(profile, input.startupId, input.sessionOn);
    const attendees = await this.checkAttendees(input.startupId, input.attendeeUserIds ?? []);
    const id = newId();
    await this.sessions.insert({
      id,
      organizationId: profile.organizationId,
      profileId: profile.id,
      assignmentId: assignment.id,
      startupId: input.startupId,
      programmeId: assignment.programmeId,
      sessionOn: input.sessionOn,
      minutes: input.minutes,
      topic: input.topic,
      notes: input.notes ?? '',
      attendeeUserIds: attendees,
      status: 'logged',
      createdBy: this.mentors.userId,
    });
    await this.audit.record({ action: 'mentor-session.logged', entityType: 'mentor_session', entityId: id, after: { startupId: input.startupId, sessionOn: input.sessionOn, minutes: input.minutes, topic: input.topic, attendeeUserIds: attendees } });
    return this.view(id);
  }

  /** The mentor edits their own session while it is logged and its month is open. */
  async update(id: string, input: UpdateMentorSessionDto): Promise<MentorSessionDto> {
    const profile = await this.mentors.myProfile();
    const session = await this.find(id, true);
    if (session.profileId !== profile.id) throw new NotFoundError('Mentor session');
    if (session.lockedAt || session.lockedStatementId) throw this.locked(session);
    if (!sessionEditable(session.status)) throw new ConflictError('SESSION_NOT_EDITABLE', `The session is ${session.status}; only a logged session is edited.`, { sessionStatus: session.status });
    const sessionOn = input.sessionOn ?? session.sessionOn;
    const minutes = input.minutes ?? session.minutes;
    await this.check(sessionOn, minutes);
    const assignment = input.sessionOn !== undefined ? await this.assignments.coveringAssignment(profile, session.startupId, sessionOn) : null;
    const attendees = await this.checkAttendees(session.startupId, input.attendeeUserIds ?? session.attendeeUserIds);
    const set: Partial<MentorSession> = {};
    if (input.sessionOn !== undefined) Object.assign(set, { sessionOn, assignmentId: assignment!.id, programmeId: assignment!.programmeId });
    if (input.minutes !== undefined) set.minutes = minutes;
    if (input.topic !== undefined) set.topic = input.topic;
    if (input.notes !== undefined) set.notes = input.notes;
    if (input.attendeeUserIds !== undefined) set.attendeeUserIds = attendees;
    if (Object.keys(set).length > 0) {
      await this.sessions.update({ id }, set);
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, session[k as keyof MentorSession]]));
      await this.audit.record({ action: 'mentor-session.edited', entityType: 'mentor_session', entityId: id, before, after: set });
    }
    return this.view(id);
  }

  confirm(id: string): Promise<MentorSessionDto> {
    return this.transition(id, 'confirm', {});
  }

  dispute(id: string, input: DisputeMentorSessionDto): Promise<MentorSessionDto> {
    return this.transition(id, 'dispute', { reason: input.reason });
  }

  approve(id: string, input: ApproveMentorSessionDto): Promise<MentorSessionDto> {
    return this.transition(id, 'approve', { approvedMinutes: input.approvedMinutes, comment: input.comment });
  }

  reject(id: string, input: RejectMentorSessionDto): Promise<MentorSessionDto> {
    return this.transition(id, 'reject', { comment: input.reason });
  }

  /** Staff: every session; a mentor: their own; a founder: their startups'. Newest first. */
  async list(query: MentorSessionQueryDto): Promise<MentorSessionPageDto> {
    const qb = this.sessions.createQueryBuilder('s').where('s.organization_id = :org', { org: this.mentors.organizationId }).orderBy('s.id', 'DESC').limit(query.limit + 1);
    await this.scope(qb);
    if (query.startupId) qb.andWhere('s.startup_id = :startupId', { startupId: query.startupId });
    if (query.mentorProfileId) qb.andWhere('s.profile_id = :profileId', { profileId: query.mentorProfileId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.from) qb.andWhere('s.session_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('s.session_on <= :to', { to: query.to });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('s.id < :after', { after });
    const rows = await qb.getMany();
    const views = await this.views(rows.slice(0, query.limit));
    return toPage(rows, query.limit, (row) => views.get(row.id)!);
  }

  async get(id: string): Promise<MentorSessionDto> {
    await this.visible(id);
    return this.view(id);
  }

  // ---- rules ----

  /** Refusals shared by logging and editing: the length and the day. */
  private async check(sessionOn: string, minutes: number): Promise<void> {
    if (minutes > MAX_SESSION_MINUTES) {
      throw new DomainError(400, 'SESSION_TOO_LONG', `A session lasts at most ${MAX_SESSION_MINUTES} minutes (12 hours).`, { errors: [{ field: 'minutes', message: `must be at most ${MAX_SESSION_MINUTES}` }] });
    }
    const today = await this.mentors.today();
    if (sessionOn > today) {
      throw new DomainError(400, 'SESSION_IN_FUTURE', `A session is logged once it has happened; today is ${today} in the organization's timezone.`, { errors: [{ field: 'sessionOn', message: `must not be after ${today}` }] });
    }
  }

  /** Attendees are founders of the startup; returns them deduplicated. */
  private async checkAttendees(startupId: string, attendees: string[]): Promise<string[]> {
    const unique = [...new Set(attendees)];
    if (unique.length > 0) {
      const founders = (await this.startups.foundersOf([startupId])).get(startupId) ?? [];
      const strangers = unique.filter((u) => !founders.includes(u));
      if (strangers.length > 0) {
        throw new DomainError(400, 'ATTENDEE_NOT_FOUNDER', "Attendees are the startup's founders.", { errors: [{ field: 'attendeeUserIds', message: `not founders of the startup: ${strangers.join(', ')}` }] });
      }
    }
    return unique;
  }

  /** One state change, under the session's row lock (a second concurrent one sees the first's result). */
  private async transition(id: string, action: SessionAction, details: { reason?: string; approvedMinutes?: number; comment?: string }): Promise<MentorSessionDto> {
    const rule = SESSION_TRANSITIONS[action];
    const session = await this.visible(id, true);
    if (rule.actor === 'founder' && !(await this.isFounderOf(session.startupId))) throw new ForbiddenError('Only a founder of the startup confirms or disputes its sessions.');
    if (session.lockedStatementId) throw this.locked(session);
    const to = nextSessionStatus(session.status, action);
    if (!to) throw new ConflictError('SESSION_TRANSITION_NOT_ALLOWED', `A ${session.status} session cannot be ${rule.to}.`, { sessionStatus: session.status, action });
    const now = this.mentors.now();
    const set: Partial<MentorSession> = { status: to };
    if (rule.actor === 'founder') Object.assign(set, { founderUserId: this.mentors.userId, founderRespondedAt: now });
    if (action === 'dispute') set.disputeReason = details.reason!;
    if (rule.actor === 'staff') Object.assign(set, { reviewedBy: this.mentors.userId, reviewedAt: now, reviewComment: details.comment ?? null });
    if (action === 'approve') {
      const minutes = details.approvedMinutes ?? session.minutes;
      if (minutes > session.minutes) {
        throw new DomainError(400, 'APPROVED_MINUTES_TOO_MANY', `At most the ${session.minutes} minutes logged can be approved.`, { errors: [{ field: 'approvedMinutes', message: `must be at most ${session.minutes}` }] });
      }
      set.approvedMinutes = minutes;
    }
    await this.sessions.update({ id }, set);
    await this.audit.record({
      action: `mentor-session.${to}`,
      entityType: 'mentor_session',
      entityId: id,
      before: { status: session.status },
      after: { status: to, ...(details.reason ? { disputeReason: details.reason } : {}), ...(set.approvedMinutes ? { approvedMinutes: set.approvedMinutes } : {}), ...(details.comment ? { reviewComment: details.comment } : {}) },
    });
    return this.view(id);
  }

  private locked(session: MentorSession): DomainError {
    return new ConflictError('SESSION_LOCKED', `The statement for ${session.sessionOn.slice(0, 7)} was issued: this session is locked; a correction is an adjustment in an open month.`, { lockedStatementId: session.lockedStatementId });
  }

  // ---- who sees what ----

  private async isFounderOf(startupId: string): Promise<boolean> {
    return this.mentors.userId !== null && (await this.startups.isFounder(startupId, this.mentors.userId));
  }

  private async scope(qb: ReturnType<MentorSessionsService['sessions']['createQueryBuilder']>): Promise<void> {
    if (this.mentors.isStaff()) return;
    if (this.mentors.role === 'mentor') {
      const profile = await this.tx.getRepository(MentorProfile).findOneBy({ organizationId: this.mentors.organizationId, userId: this.mentors.userId! });
      qb.andWhere('s.profile_id = :mine', { mine: profile?.id ?? '00000000-0000-0000-0000-000000000000' });
      return;
    }
    const startupIds = this.mentors.userId ? await this.startups.startupIdsOf(this.mentors.userId) : [];
    qb.andWhere('s.startup_id = ANY(:startupIds)', { startupIds });
  }

  /** Staff any; the mentor their own; a founder their startup's; otherwise 404. */
  private async visible(id: string, lock = false): Promise<MentorSession> {
    const session = await this.find(id, lock);
    if (this.mentors.isStaff()) return session;
    if (this.mentors.role === 'mentor') {
      const profile = await this.tx.getRepository(MentorProfile).findOneBy({ organizationId: this.mentors.organizationId, userId: this.mentors.userId! });
      if (profile?.id === session.profileId) return session;
    } else if (await this.isFounderOf(session.startupId)) {
      return session;
    }
    throw new NotFoundError('Mentor session');
  }

  private async find(id: string, lock = false): Promise<MentorSession> {
    const session = await this.sessions.findOne({ where: { organizationId: this.mentors.organizationId, id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!session) throw new NotFoundError('Mentor session');
    return session;
  }

  private async view(id: string): Promise<MentorSessionDto> {
    return (await this.views([await this.sessions.findOneByOrFail({ id })])).get(id)!;
  }

  private async views(rows: MentorSession[]): Promise<Map<string, MentorSessionDto>> {
    if (rows.length === 0) return new Map();
    const profiles = new Map((await this.tx.getRepository(MentorProfile).findBy({ organizationId: this.mentors.organizationId, id: In([...new Set(rows.map((r) => r.profileId))]) })).map((p) => [p.id, p]));
    const people = await this.mentors.people([...profiles.values()].map((p) => p.userId));
    const names = await this.startups.names([...new Set(rows.map((r) => r.startupId))]);
    return new Map(
      rows.map((s) => [
        s.id,
        {
          id: s.id,
          mentorProfileId: s.profileId,
          mentorName: people.get(profiles.get(s.profileId)?.userId ?? '')?.name ?? '',
          assignmentId: s.assignmentId,
          startupId: s.startupId,
          startupName: names.get(s.startupId) ?? '',
          programmeId: s.programmeId,
          sessionOn: s.sessionOn,
          minutes: s.minutes,
          approvedMinutes: s.approvedMinutes,
          topic: s.topic,
          notes: s.notes,
          attendeeUserIds: s.attendeeUserIds,
          status: s.status,
          disputeReason: s.disputeReason,
          founderRespondedAt: s.founderRespondedAt?.toISOString() ?? null,
          reviewComment: s.reviewComment,
          reviewedAt: s.reviewedAt?.toISOString() ?? null,
          locked: s.lockedAt !== null || s.lockedStatementId !== null,
          lockedStatementId: s.lockedStatementId,
          editable: s.status === 'logged' && s.lockedAt === null && s.lockedStatementId === null,
          createdAt: s.createdAt.toISOString(),
          updatedAt: s.updatedAt.toISOString(),
        },
      ]),
    );
  }
}
