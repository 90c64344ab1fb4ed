import { OptionalField, PageQueryDto, trimmed } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { ACTION_RESOLUTIONS, ActionResolution } from '../entities/programme-action.entity';
import { COHORT_STATUSES, CohortStatus } from '../entities/cohort.entity';
import { isCalendarDate } from '../schedule-rules';

/**
 * Years a cohort's dates may fall in. A schedule runs at most 50 phases of 1,000 months past its
 * start, so from 2200 it still ends before 9999 (a year of five digits is no 'YYYY-MM-DD' and
 * broke the schedule with a 500); dates before 1900 are typing mistakes, not history.
 */
export const MIN_CALENDAR_YEAR = 1900;
export const MAX_CALENDAR_YEAR = 2200;

/** A local calendar date, 'YYYY-MM-DD', that exists (no 2026-02-30), from 1900 to 2200. */
export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !isCalendarDate(value)) return false;
        const year = Number(value.slice(0, 4));
        return year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;
      },
      defaultMessage: (args) =>
        `${args?.property} must be a calendar date (YYYY-MM-DD) in the organization's timezone, from ${MIN_CALENDAR_YEAR} to ${MAX_CALENDAR_YEAR}`,
    },
  });

export const MAX_ENROL_BATCH = 10_000;

export class CreateCohortDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({ example: 'MCS Spring 2026' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  name: string;

  @ApiProperty({ example: '2026-03-02', description: "First day, in the organization's timezone" })
  @IsCalendarDate()
  startsOn: string;

  @ApiPropertyOptional({ type: 'integer', isArray: true, minimum: 1, maximum: 90, example: [7, 1], description: 'Days before a due date on which founders are reminded (default 7 and 1)' })
  @OptionalField() @IsArray() @ArrayMaxSize(5) @ArrayUnique() @IsInt({ each: true }) @Min(1, { each: true }) @Max(90, { each: true })
  reminderOffsetsDays?: number[];
}

export class CohortQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES, enumName: 'CohortStatus' }) @IsOptional() @IsIn(COHORT_STATUSES)
  status?: CohortStatus;
}

export class EnrolDto {
  @ApiProperty({ type: [String], format: 'uuid', description: `Startups to enrol (up to ${MAX_ENROL_BATCH})` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_ENROL_BATCH) @IsUUID('all', { each: true })
  startupIds: string[];
}

export class EndEnrolmentDto {
  @ApiProperty({ example: 'Founders took jobs elsewhere' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(2000)
  reason: string;
}

export class MilestoneInputDto {
  @ApiProperty({ example: 'Customer discovery: 20 interviews' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(5000)
  description?: string | null;

  @ApiProperty({ example: '2026-04-15' })
  @IsCalendarDate()
  dueOn: string;

  @ApiPropertyOptional({ default: true })
  @OptionalField() @IsBoolean()
  evidenceRequired?: boolean;
}

export class MilestoneChangesDto {
  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional() @Transform(trimmed) @IsString() @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ example: '2026-04-30', description: 'Reschedules: reminders and the overdue mark move with it' })
  @OptionalField() @IsCalendarDate()
  dueOn?: string;

  @ApiPropertyOptional()
  @OptionalField() @IsBoolean()
  evidenceRequired?: boolean;
}

export class SubmitEvidenceDto {
  @ApiProperty({ example: 'We interviewed 23 potential customers; notes attached.' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(20_000)
  text: string;

  @ApiPropertyOptional({ type: [String], example: ['https://docs.example.com/interviews'] })
  @OptionalField() @IsArray() @ArrayMaxSize(20) @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  links?: string[];
}

export const REVIEW_DECISIONS = ['approve', 'request_changes'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export class ReviewMilestoneDto {
  @ApiProperty({ enum: REVIEW_DECISIONS, enumName: 'MilestoneReviewDecision' })
  @IsIn(REVIEW_DECISIONS)
  decision: ReviewDecision;

  @ApiPropertyOptional({ description: 'Required when requesting changes' })
  @ValidateIf((o: ReviewMilestoneDto) => o.decision === 'request_changes' || o.comment !== undefined)
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(5000)
  comment?: string;
}

export class ActionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'resolved'], enumName: 'ProgrammeActionStatus' }) @IsOptional() @IsIn(['open', 'resolved'])
  status?: 'open' | 'resolved';
}

export class ResolveActionDto {
  @ApiProperty({ enum: ACTION_RESOLUTIONS, enumName: 'ActionResolution', description: 'graduated | extended | failed for a graduation review; confirmed | dismissed for an equity stake' })
  @IsIn(ACTION_RESOLUTIONS.filter((r) => r !== 'cancelled'))
  resolution: ActionResolution;

  @ApiProperty({ example: 'Reached 40 paying customers and a seed round' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(5000)
  reason: string;

  @ApiProperty({ example: '2026-12-01', description: 'When it takes effect' })
  @IsCalendarDate()
  effectiveOn: string;

  @ApiPropertyOptional({ example: '2027-06-30', description: 'For an extension: the new last day of incubation' })
  @ValidateIf((o: ResolveActionDto) => o.resolution === 'extended' || o.extendUntil !== undefined)
  @IsCalendarDate()
  extendUntil?: string;
}

export class CreateStartupDto {
  @ApiProperty({ example: 'Steppe Robotics' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(trimmed) @IsString() @MaxLength(100)
  sector?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Transform(trimmed) @IsString() @MaxLength(100)
  stage?: string | null;

  @ApiPropertyOptional({ enum: ['internal', 'external'], enumName: 'NewStartupOrigin', default: 'internal', description: 'internal: a corporate venture of the park itself' })
  @OptionalField() @IsIn(['internal', 'external'])
  origin?: 'internal' | 'external';
}

export class AddFounderDto {
  @ApiProperty({ example: 'founder@example.com', description: 'A member of the organization' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)) @IsString() @MaxLength(320)
  email: string;
}

