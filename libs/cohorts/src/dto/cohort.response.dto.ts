import { ApiProperty } from '@nestjs/swagger';
import { StartupDto } from '@hatchery/startups';
import { COHORT_STATUSES, CohortStatus } from '../entities/cohort.entity';
import { ENROLMENT_STATUSES, EnrolmentStatus } from '../entities/enrolment.entity';
import { MILESTONE_EVENT_KINDS, MILESTONE_STATUSES, MilestoneEventKind, MilestoneStatus } from '../entities/milestone.entity';

export class PhaseDto {
  @ApiProperty({ type: 'integer', description: '0-based, in order' }) position: number;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date', description: "First day, in the organization's timezone" }) startsOn: string;
  @ApiProperty({ format: 'date', description: 'Last day' }) endsOn: string;
}

export class EquityStakeDto {
  @ApiProperty({ type: 'integer', description: 'Basis points' }) bps: number;
  @ApiProperty({ type: 'integer', nullable: true }) afterMonths: number | null;
}

export class CohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COHORT_STATUSES, enumName: 'CohortStatus' }) status: CohortStatus;
  @ApiProperty({ example: 'Asia/Ulaanbaatar' }) timezone: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Position of the running phase' }) currentPhase: number | null;
  @ApiProperty({ type: 'integer', isArray: true, example: [7, 1], description: 'Days before a due date that founders are reminded' }) reminderOffsetsDays: number[];
  @ApiProperty({ type: EquityStakeDto, nullable: true }) equityStake: EquityStakeDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CohortMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The phase it belongs to; null if added outside the template' }) phasePosition: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() evidenceRequired: boolean;
  @ApiProperty({ format: 'date' }) dueOn: string;
}

export class CohortDetailDto extends CohortDto {
  @ApiProperty({ type: [PhaseDto], description: "Dated in the organization's timezone" }) phases: PhaseDto[];
  @ApiProperty({ type: [CohortMilestoneDto] }) milestones: CohortMilestoneDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { active: 12, withdrawn: 1 }, description: 'Enrolments by status' })
  enrolments: Record<string, number>;
}

export class CohortPageDto {
  @ApiProperty({ type: [CohortDto] }) items: CohortDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class TimelinePhaseDto extends PhaseDto {
  @ApiProperty() current: boolean;
}

export class CohortTimelineDto {
  @ApiProperty({ type: CohortDto }) cohort: CohortDto;
  @ApiProperty({ format: 'date-time' }) now: string;
  @ApiProperty({ type: [TimelinePhaseDto] }) phases: TimelinePhaseDto[];
  @ApiProperty({ type: [CohortMilestoneDto] }) milestones: CohortMilestoneDto[];
}

export class EnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty({ enum: ENROLMENT_STATUSES, enumName: 'EnrolmentStatus' }) status: EnrolmentStatus;
  @ApiProperty({ type: 'integer', nullable: true }) currentPhase: number | null;
  @ApiProperty({ format: 'date-time' }) incubationEndsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
}

export class GridCellDto {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: MILESTONE_STATUSES, enumName: 'MilestoneStatus' }) status: MilestoneStatus;
  @ApiProperty({ description: 'From local midnight after the due date while not approved' }) overdue: boolean;
}

export class GridRowDto {
  @ApiProperty({ type: EnrolmentDto }) enrolment: EnrolmentDto;
  @ApiProperty({ type: String, nullable: true }) startupName: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/GridCellDto' }, description: "By the column's cohort milestone id" })
  cells: Record<string, GridCellDto>;
  @ApiProperty({ type: [GridCellDto], description: 'Milestones of this startup only' }) extra: GridCellDto[];
}

/** Startups × milestones: columns are the cohort's milestones, rows a page of enrolled startups. */
export class CohortGridDto {
  @ApiProperty({ type: [CohortMilestoneDto] }) columns: CohortMilestoneDto[];
  @ApiProperty({ type: [GridRowDto] }) rows: GridRowDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** One startup's copy of a milestone. */
export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "The cohort's milestone it copies; null for one added for this startup only" }) cohortMilestoneId: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) phasePosition: number | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() evidenceRequired: boolean;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: MILESTONE_STATUSES, enumName: 'MilestoneStatus' }) status: MilestoneStatus;
  @ApiProperty({ description: 'From local midnight after the due date while not approved' }) overdue: boolean;
  @ApiProperty() dropped: boolean;
}

export class MilestoneEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MILESTONE_EVENT_KINDS, enumName: 'MilestoneEventKind' }) kind: MilestoneEventKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for the calendar (overdue marks)' }) actorUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) evidenceText: string | null;
  @ApiProperty({ type: [String], nullable: true }) evidenceLinks: string[] | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The fields an edit or reschedule changed' }) changes: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class MilestoneDetailDto extends MilestoneDto {
  @ApiProperty({ type: [MilestoneEventDto], description: 'Every step, oldest first' }) history: MilestoneEventDto[];
}

export class EnrolmentResultDto {
  @ApiProperty({ type: 'integer' }) enrolled: number;
  @ApiProperty({ type: [EnrolmentDto], description: 'The enrolments made (up to 100)' }) enrolments: EnrolmentDto[];
}

export class TimelineCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COHORT_STATUSES, enumName: 'CohortStatus' }) status: CohortStatus;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: 'integer', nullable: true }) currentPhase: number | null;
}

export class TimelineEnrolmentDto {
  @ApiProperty({ type: EnrolmentDto }) enrolment: EnrolmentDto;
  @ApiProperty({ type: TimelineCohortDto }) cohort: TimelineCohortDto;
  @ApiProperty({ type: [PhaseDto] }) phases: PhaseDto[];
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
}

/** A startup's timeline: each enrolment with its cohort's phases and its milestones. */
export class StartupTimelineDto {
  @ApiProperty({ type: StartupDto }) startup: StartupDto;
  @ApiProperty({ format: 'date-time' }) now: string;
  @ApiProperty({ type: [TimelineEnrolmentDto] }) enrolments: TimelineEnrolmentDto[];
}
