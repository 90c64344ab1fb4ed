import { CohortDto, CohortMilestoneDto, EnrolmentDto, MilestoneDto, MilestoneEventDto, PhaseDto } from './dto/cohort.response.dto';
import { Cohort, CohortMilestone, CohortPhase } from './entities/cohort.entity';
import { Enrolment } from './entities/enrolment.entity';
import { Milestone, MilestoneEvent } from './entities/milestone.entity';
import { ProgrammeAction } from './entities/programme-action.entity';

export type PhaseView = PhaseDto;

export function toPhaseView(p: CohortPhase): PhaseView {
  return { position: p.position, name: p.name, startsOn: p.startsOn, endsOn: p.endsOn };
}

/** A cohort; with its phases when given them (a single cohort; lists leave them out). */
export function toCohortView(c: Cohort, phases?: CohortPhase[]): CohortDto & { phases?: PhaseDto[] } {
  return {
    id: c.id,
    programmeId: c.programmeId,
    name: c.name,
    status: c.status,
    timezone: c.timezone,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    currentPhase: c.currentPhase,
    reminderOffsetsDays: c.reminderOffsetsDays,
    equityStake: c.equityStakeBps !== null ? { bps: c.equityStakeBps, afterMonths: c.equityAfterMonths } : null,
    phases: phases?.map(toPhaseView),
    createdAt: c.createdAt.toISOString(),
  };
}

export function toCohortMilestoneView(m: CohortMilestone): CohortMilestoneDto {
  return { id: m.id, phasePosition: m.phasePosition, title: m.title, description: m.description, evidenceRequired: m.evidenceRequired, dueOn: m.dueOn };
}

/**
 * Overdue from local midnight after the due date while not approved (`dueAt` is that instant),
 * and only while the startup is still enrolled.
 */
export function isOverdue(m: Pick<Milestone, 'status' | 'dueAt' | 'droppedAt'>, now: Date, enrolmentActive = true): boolean {
  return enrolmentActive && m.status !== 'approved' && m.droppedAt === null && m.dueAt <= now;
}

export function toMilestoneView(m: Milestone, now: Date, enrolmentActive = true): MilestoneDto {
  return {
    id: m.id,
    enrolmentId: m.enrolmentId,
    cohortMilestoneId: m.cohortMilestoneId,
    phasePosition: m.phasePosition,
    title: m.title,
    description: m.description,
    evidenceRequired: m.evidenceRequired,
    dueOn: m.dueOn,
    status: m.status,
    overdue: isOverdue(m, now, enrolmentActive),
    dropped: m.droppedAt !== null,
  };
}

export function toEventView(e: MilestoneEvent): MilestoneEventDto {
  return {
    id: e.id,
    kind: e.kind,
    actorUserId: e.actorUserId,
    evidenceText: e.evidenceText,
    evidenceLinks: e.evidenceLinks,
    comment: e.comment,
    changes: e.changes,
    at: e.createdAt.toISOString(),
  };
}

export function toEnrolmentView(e: Enrolment): EnrolmentDto {
  return {
    id: e.id,
    cohortId: e.cohortId,
    startupId: e.startupId,
    applicationId: e.applicationId,
    status: e.status,
    currentPhase: e.currentPhase,
    incubationEndsAt: e.incubationEndsAt.toISOString(),
    endedAt: e.endedAt?.toISOString() ?? null,
    endReason: e.endReason,
  };
}

export function toActionView(a: ProgrammeAction) {
  return {
    id: a.id,
    kind: a.kind,
    enrolmentId: a.enrolmentId,
    startupId: a.startupId,
    dueAt: a.dueAt.toISOString(),
    stakeBps: a.stakeBps,
    status: a.status,
    resolution: a.resolution,
    reason: a.reason,
    effectiveOn: a.effectiveOn,
    resolvedBy: a.resolvedBy,
    resolvedAt: a.resolvedAt?.toISOString() ?? null,
  };
}
