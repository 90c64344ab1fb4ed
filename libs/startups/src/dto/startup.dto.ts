import { PageQueryDto, trimmed } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { STARTUP_ORIGINS, STARTUP_STATUSES, StartupOrigin, StartupStatus } from '../entities/startup.entity';

export class StartupQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STARTUP_STATUSES, enumName: 'StartupStatus' })
  @IsOptional() @IsIn(STARTUP_STATUSES)
  status?: StartupStatus;

  @ApiPropertyOptional({ example: 'seed', description: 'Exact stage, case-insensitive (idea, pre-seed, seed, reinvestment, IPO…)' })
  @IsOptional() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  stage?: string;

  @ApiPropertyOptional({ example: 'robot', description: 'Part of the name or the sector, case-insensitive' })
  @IsOptional() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  q?: string;
}

/** A startup as lists show it. */
export class StartupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Steppe Robotics' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'Cleantech' }) sector: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'seed' }) stage: string | null;
  @ApiProperty({ enum: STARTUP_ORIGINS, enumName: 'StartupOrigin' }) origin: StartupOrigin;
  @ApiProperty({ enum: STARTUP_STATUSES, enumName: 'StartupStatus' }) status: StartupStatus;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The accepted application it came from' }) applicationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it reached its last outcome' }) outcomeReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'When its last outcome took effect' }) outcomeOn: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class StartupPageDto {
  @ApiProperty({ type: [StartupDto] }) items: StartupDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page; null on the last' }) nextCursor: string | null;
}

export class StartupFounderDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'Saraa Bat' }) name: string;
  @ApiProperty({ example: 'saraa@example.org' }) email: string;
  @ApiProperty({ format: 'date-time', description: 'When they became a founder of it' }) since: string;
}

/** One change of status (an outcome): from the audit log, oldest first. */
export class StartupOutcomeDto {
  @ApiProperty({ enum: STARTUP_STATUSES, enumName: 'StartupStatus' }) status: StartupStatus;
  @ApiProperty({ nullable: true, enum: STARTUP_STATUSES, enumName: 'StartupStatus', description: 'null for the first entry' }) previousStatus: StartupStatus | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'When it took effect (as staff stated it)' }) on: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded' }) at: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Who recorded it; null for the system' }) byUserId: string | null;
}

/** A startup's enrolment in a cohort, with the cohort's name and the enrolment's phase. */
export class StartupCohortDto {
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ example: 'Spring 2026' }) cohortName: string;
  @ApiProperty({ example: 'running', description: "The cohort's status" }) cohortStatus: string;
  @ApiProperty({ enum: ['active', 'withdrawn', 'graduated', 'failed'], enumName: 'EnrolmentStatus', description: "The enrolment's status" }) status: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Position of the current phase' }) currentPhase: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Market entry', description: 'Name of the current phase' }) currentPhaseName: string | null;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ format: 'date-time' }) incubationEndsAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) endedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
}

/** A startup with its founders, outcome history and cohorts. */
export class StartupProfileDto extends StartupDto {
  @ApiProperty({ type: [StartupFounderDto] }) founders: StartupFounderDto[];
  @ApiProperty({ type: [StartupOutcomeDto] }) outcomeHistory: StartupOutcomeDto[];
  @ApiProperty({ type: [StartupCohortDto], description: 'Its enrolments, newest first' }) cohorts: StartupCohortDto[];
}
