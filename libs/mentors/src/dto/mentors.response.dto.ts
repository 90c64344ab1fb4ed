import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { ASSIGNMENT_ROLES, AssignmentRole } from '../entities/mentor-assignment.entity';
import { MENTOR_KINDS, MentorKind } from '../entities/mentor-profile.entity';
import { SESSION_STATUSES, SessionStatus } from '../entities/mentor-session.entity';
import { HOURS_GROUPS, HoursGroup } from './mentors.dto';

export class MentorTagDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'fintech' }) key: string;
  @ApiProperty({ example: 'Fintech' }) label: string;
}

export class MentorTagListDto {
  @ApiProperty({ type: [MentorTagDto], description: 'By key' }) items: MentorTagDto[];
}

export class MentorRateDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MoneyResponseDto, description: 'Per hour' }) rate: MoneyResponseDto;
  @ApiProperty({ example: '2026-11-15', description: 'In force from this day (included)' }) effectiveFrom: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-01-31', description: "Its last day (the day before the next rate's); null while in force" }) effectiveTo: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MentorFeeTermsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: the terms for every programme without terms of its own' }) programmeId: string | null;
  @ApiProperty({ type: MoneyResponseDto, description: 'Per startup whose outcome turns successful' }) amount: MoneyResponseDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MentorConflictDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) mentorProfileId: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MentorProfileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MENTOR_KINDS, enumName: 'MentorKind' }) kind: MentorKind;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty() bio: string;
  @ApiProperty({ type: 'integer', description: 'Startups at once' }) capacity: number;
  @ApiProperty({ type: 'integer', description: "Assignments running today (the organization's timezone)" }) activeAssignments: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: MentorRateDto, nullable: true, description: 'The hourly rate in force today' }) currentRate: MentorRateDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MentorProfileDetailDto extends MentorProfileDto {
  @ApiProperty({ type: [MentorRateDto], description: 'Every rate ever set, oldest first' }) rates: MentorRateDto[];
  @ApiProperty({ type: [MentorFeeTermsDto] }) feeTerms: MentorFeeTermsDto[];
  @ApiProperty({ type: [MentorConflictDto] }) conflicts: MentorConflictDto[];
}

export class MentorProfilePageDto {
  @ApiProperty({ type: [MentorProfileDto] }) items: MentorProfileDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MentoringNeedsDto {
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
}

export class MentorSuggestionDto {
  @ApiProperty({ format: 'uuid' }) mentorProfileId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MENTOR_KINDS, enumName: 'MentorKind' }) kind: MentorKind;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String], description: "The mentor's tags among the startup's sector and needs" }) matchedTags: string[];
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: 'integer', description: 'capacity − assignments running today' }) freeCapacity: number;
}

export class MentorSuggestionListDto {
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ type: [String], description: "What was matched: the startup's sector (as a tag key) and its needs" }) matchedAgainst: string[];
  @ApiProperty({ type: [MentorSuggestionDto], description: 'Most matched tags first, then most free capacity' }) items: MentorSuggestionDto[];
}

export class MentorAssignmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) mentorProfileId: string;
  @ApiProperty({ format: 'uuid' }) mentorUserId: string;
  @ApiProperty() mentorName: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ enum: ASSIGNMENT_ROLES, enumName: 'MentorAssignmentRole' }) role: AssignmentRole;
  @ApiProperty({ example: '2026-10-01' }) startsOn: string;
  @ApiProperty({ type: String, nullable: true, description: 'The last day, included' }) endsOn: string | null;
  @ApiProperty({ description: "Runs today (the organization's timezone)" }) current: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MentorAssignmentListDto {
  @ApiProperty({ type: [MentorAssignmentDto], description: 'Latest start first' }) items: MentorAssignmentDto[];
}

export class MentorSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) mentorProfileId: string;
  @ApiProperty() mentorName: string;
  @ApiProperty({ format: 'uuid' }) assignmentId: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ example: '2026-11-20' }) sessionOn: string;
  @ApiProperty({ type: 'integer' }) minutes: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The minutes that count, once approved' }) approvedMinutes: number | null;
  @ApiProperty() topic: string;
  @ApiProperty() notes: string;
  @ApiProperty({ type: [String], format: 'uuid' }) attendeeUserIds: string[];
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'MentorSessionStatus' }) status: SessionStatus;
  @ApiProperty({ type: String, nullable: true }) disputeReason: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) founderRespondedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The rejection's reason or the approval's comment" }) reviewComment: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ description: "Its month's statement was issued: no more edits" }) locked: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The statement that paid it' }) lockedStatementId: string | null;
  @ApiProperty({ description: 'The mentor may still edit it (logged, not locked)' }) editable: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MentorSessionPageDto {
  @ApiProperty({ type: [MentorSessionDto], description: 'Latest session day first' }) items: MentorSessionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MentorHoursRowDto {
  @ApiProperty({ example: '2026-11', description: 'Calendar month of the sessions' }) month: string;
  @ApiProperty({ format: 'uuid', description: 'The mentor profile, startup or programme' }) id: string;
  @ApiProperty({ description: "The mentor's, startup's or programme's name" }) name: string;
  @ApiProperty({ type: 'integer', description: 'Approved minutes' }) minutes: number;
  @ApiProperty({ type: 'integer', description: 'Approved sessions' }) sessions: number;
}

export class MentorHoursDto {
  @ApiProperty({ enum: HOURS_GROUPS, enumName: 'MentorHoursGroup' }) groupBy: HoursGroup;
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
  @ApiProperty({ type: [MentorHoursRowDto], description: 'By month, then by minutes (most first)' }) rows: MentorHoursRowDto[];
}
