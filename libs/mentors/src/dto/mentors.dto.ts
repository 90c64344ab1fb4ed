import { lowerTrimmed, OptionalField, PageQueryDto, trimmed } from '@hatchery/core';
import { MoneyDto } from '@hatchery/programmes';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ASSIGNMENT_ROLES, AssignmentRole } from '../entities/mentor-assignment.entity';
import { MENTOR_KINDS, MentorKind } from '../entities/mentor-profile.entity';
import { SESSION_STATUSES, SessionStatus } from '../entities/mentor-session.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a calendar date YYYY-MM-DD' };
const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const TAG_MESSAGE = { message: 'a tag is a lowercase key: letters, digits and dashes, at most 40', each: true };

const tagList = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);

export class CreateMentorTagDto {
  @ApiProperty({ example: 'fintech', description: 'Lowercase key: letters, digits and dashes; a startup whose sector is the same word matches it' })
  @Transform(lowerTrimmed) @IsString() @Matches(TAG, { message: 'key must be lowercase letters, digits and dashes, at most 40' })
  key: string;

  @ApiProperty({ example: 'Fintech' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  label: string;
}

export class CreateMentorProfileDto {
  @ApiProperty({ format: 'uuid', description: 'A member of the organization with the mentor role' })
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: MENTOR_KINDS, enumName: 'MentorKind', description: 'lead: may lead a startup or advise it; expert: advises only' })
  @IsIn(MENTOR_KINDS)
  kind: MentorKind;

  @ApiProperty({ type: [String], example: ['fintech', 'go-to-market'], description: "Keys of the organization's mentor tags" })
  @Transform(tagList) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(TAG, TAG_MESSAGE)
  tags: string[];

  @ApiPropertyOptional({ example: 'Ex-CFO of a payments company; ten years of retail banking.' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(4000)
  bio?: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 3, description: 'How many startups at once' })
  @IsInt() @Min(1) @Max(100)
  capacity: number;
}

export class UpdateMentorProfileDto {
  @ApiPropertyOptional({ enum: MENTOR_KINDS, enumName: 'MentorKind', description: 'Staff only' })
  @OptionalField() @IsIn(MENTOR_KINDS)
  kind?: MentorKind;

  @ApiPropertyOptional({ type: [String], description: "Keys of the organization's mentor tags (staff, or the mentor)" })
  @OptionalField() @Transform(tagList) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(TAG, TAG_MESSAGE)
  tags?: string[];

  @ApiPropertyOptional({ description: 'Staff, or the mentor' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(4000)
  bio?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, description: 'Staff only' })
  @OptionalField() @IsInt() @Min(1) @Max(100)
  capacity?: number;

  @ApiPropertyOptional({ description: 'Staff only; an inactive mentor is neither suggested nor assigned' })
  @OptionalField() @IsBoolean()
  active?: boolean;
}

export class MentorProfileQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MENTOR_KINDS, enumName: 'MentorKind' })
  @IsOptional() @IsIn(MENTOR_KINDS)
  kind?: MentorKind;

  @ApiPropertyOptional({ example: 'fintech', description: 'Only mentors with this tag' })
  @IsOptional() @Transform(lowerTrimmed) @IsString() @Matches(TAG, { message: 'tag must be a tag key' })
  tag?: string;
}

export class CreateMentorRateDto {
  @ApiProperty({ type: MoneyDto, description: 'Per hour' })
  @ValidateNested() @Type(() => MoneyDto)
  rate: MoneyDto;

  @ApiProperty({ example: '2026-11-15', description: 'In force from this day on (included), until the next rate' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  effectiveFrom: string;
}

export class CreateFeeTermsDto {
  @ApiProperty({ type: MoneyDto, description: 'Per startup whose outcome turns successful' })
  @ValidateNested() @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only for startups of this programme; without it, the terms for every other programme' })
  @OptionalField() @IsUUID()
  programmeId?: string;
}

export class DeclareMentorConflictDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  startupId: string;

  @ApiProperty({ example: 'Former employer of the founder' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(1000)
  reason: string;
}

export class SetMentoringNeedsDto {
  @ApiProperty({ type: [String], example: ['go-to-market', 'fundraising'], description: "Keys of the organization's mentor tags" })
  @Transform(tagList) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @Matches(TAG, TAG_MESSAGE)
  tags: string[];
}

export class MentorSuggestionQueryDto {
  @ApiPropertyOptional({ example: 'fundraising,legal', description: "Comma-separated tag keys to match instead of the startup's stated needs" })
  @IsOptional() @IsString() @MaxLength(1000) @Matches(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, { message: 'needs must be comma-separated tag keys' })
  needs?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit = 20;
}

export class CreateMentorAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  mentorProfileId: string;

  @ApiProperty({ enum: ASSIGNMENT_ROLES, enumName: 'MentorAssignmentRole' })
  @IsIn(ASSIGNMENT_ROLES)
  role: AssignmentRole;

  @ApiProperty({ example: '2026-10-01' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  startsOn: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: 'The last day, included; open-ended without it' })
  @OptionalField() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The startup's active enrolment; may be left out when it has exactly one" })
  @OptionalField() @IsUUID()
  enrolmentId?: string;
}

export class UpdateMentorAssignmentDto {
  @ApiProperty({ example: '2026-12-31', description: 'The last day, included (ends or extends the assignment)' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn: string;
}

export class LogMentorSessionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  startupId: string;

  @ApiProperty({ example: '2026-11-20', description: "The day of the session, in the organization's timezone; not in the future" })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  sessionOn: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100000, example: 90, description: 'At most 720 (12 hours): more is 400 SESSION_TOO_LONG' })
  @IsInt() @Min(1) @Max(100_000)
  minutes: number;

  @ApiProperty({ example: 'Pricing for the pilot' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  topic: string;

  @ApiPropertyOptional({ example: 'Agreed to test two price points with the first three stores.' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(10000)
  notes?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "Founders of the startup who attended" })
  @OptionalField() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  attendeeUserIds?: string[];
}

export class UpdateMentorSessionDto {
  @ApiPropertyOptional({ example: '2026-11-20' })
  @OptionalField() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  sessionOn?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @OptionalField() @IsInt() @Min(1) @Max(100_000)
  minutes?: number;

  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  topic?: string;

  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(10000)
  notes?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @OptionalField() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  attendeeUserIds?: string[];
}

export class DisputeMentorSessionDto {
  @ApiProperty({ example: 'We met for 30 minutes, not 90.' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;
}

export class ApproveMentorSessionDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 720, description: 'The minutes that count, at most those logged; all of them by default' })
  @OptionalField() @IsInt() @Min(1) @Max(720)
  approvedMinutes?: number;

  @ApiPropertyOptional({ example: 'Checked with the founder: 60 minutes.' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(2000)
  comment?: string;
}

export class RejectMentorSessionDto {
  @ApiProperty({ example: 'The startup was not assigned to this mentor that week.' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;
}

export class MentorSessionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  startupId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  mentorProfileId?: string;

  @ApiPropertyOptional({ enum: SESSION_STATUSES, enumName: 'MentorSessionStatus' })
  @IsOptional() @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Sessions on or after this day' })
  @IsOptional() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Sessions on or before this day' })
  @IsOptional() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  to?: string;
}

export const HOURS_GROUPS = ['mentor', 'startup', 'programme'] as const;
export type HoursGroup = (typeof HOURS_GROUPS)[number];

export class MentorHoursQueryDto {
  @ApiProperty({ enum: HOURS_GROUPS, enumName: 'MentorHoursGroup' })
  @IsIn(HOURS_GROUPS)
  groupBy: HoursGroup;

  @ApiPropertyOptional({ example: '2026-01-01', description: "First day (default: the first day of the month eleven months before `to`'s)" })
  @IsOptional() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: "Last day (default: today in the organization's timezone)" })
  @IsOptional() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  to?: string;
}
