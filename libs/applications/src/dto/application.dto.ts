import { lowerTrimmed, OptionalField, trimmed } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsEmail, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { APPLICATION_STATUSES, ApplicationStatus, GENDERS, Stage, STAGES } from '../entities/application.entity';


export class FounderDto {
  @ApiProperty({ example: 'Oyun-Erdene B.' }) @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'oyun@example.org' })
  @Transform(lowerTrimmed)
  @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'CEO' }) @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  role: string;

  @ApiPropertyOptional({ enum: GENDERS, enumName: 'Gender', description: 'Optional, self-declared; only ever reported in aggregate' })
  @OptionalField() @IsIn(GENDERS)
  gender?: (typeof GENDERS)[number];

  @ApiPropertyOptional({ example: 1998, description: 'Optional, self-declared' })
  @OptionalField() @IsInt() @Min(1900) @Max(2100)
  birthYear?: number;

  @ApiPropertyOptional({ description: 'Optional, self-declared (e.g. a marginalized group)' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(100)
  group?: string;
}

/** Everything an applicant fills in; all optional while a draft, checked on submit. */
export class ApplicationFieldsDto {
  @ApiPropertyOptional({ example: 'AirSense' }) @OptionalField() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  startupName?: string;

  @ApiPropertyOptional({ example: 'cleantech' }) @OptionalField() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ enum: STAGES, enumName: 'Stage' }) @OptionalField() @IsIn(STAGES)
  stage?: Stage;

  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(10000)
  idea?: string;

  @ApiPropertyOptional({ example: 3 }) @OptionalField() @IsInt() @Min(1) @Max(10000)
  teamSize?: number;

  @ApiPropertyOptional() @OptionalField() @IsString() @MaxLength(10000)
  previousExperience?: string;

  @ApiPropertyOptional({ type: [FounderDto] }) @OptionalField() @ValidateNested({ each: true }) @Type(() => FounderDto) @ArrayMaxSize(20)
  founders?: FounderDto[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }] },
    description: 'Answers by question key; checked against the call\'s questions', example: { team_background: 'Two engineers…' } })
  @OptionalField() @IsObject()
  answers?: Record<string, unknown>;
}

export class ApplicationQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  limit = 20;

  @ApiPropertyOptional() @IsOptional() @IsString()
  cursor?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  callId?: string;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, enumName: 'ApplicationStatus' }) @IsOptional() @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ description: 'Searches the startup name and the idea' }) @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}
