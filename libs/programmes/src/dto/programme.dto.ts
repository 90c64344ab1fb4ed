import { OptionalField, trimmed, upperTrimmed } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EQUITY_KINDS, EquityKind, PROGRAMME_TYPES, ProgrammeType } from '../entities/programme.entity';

/**
 * Keys of criteria and questions. 'constructor' and 'prototype' are refused: they are object
 * internals that the request pipeline strips from bodies, so answers or scores under them
 * could never arrive.
 */
export const KEY_PATTERN = /^(?!(?:constructor|prototype)$)[a-z][a-z0-9_]{0,49}$/;
export const KEY_MESSAGE = { message: 'key must be lower case letters, digits or underscores, starting with a letter (not constructor or prototype)' };
const MAX_MINOR = Number.MAX_SAFE_INTEGER;

export class MilestoneTemplateDto {
  @ApiProperty({ example: 'Customer discovery interviews' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @OptionalField() @IsString() @MaxLength(5000)
  description?: string;

  @ApiProperty({ example: 14, description: 'Days after the phase starts' })
  @IsInt() @Min(0) @Max(3650)
  offsetDays: number;

  @ApiProperty({ example: true })
  @IsBoolean()
  evidenceRequired: boolean;
}

export class PhaseTemplateDto {
  @ApiProperty({ example: 'Onboarding and validation' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiProperty({ example: 1 })
  @IsInt() @Min(1, { message: 'durationValue must be positive' }) @Max(1000)
  durationValue: number;

  @ApiProperty({ enum: ['days', 'months'], enumName: 'DurationUnit', description: 'Calendar months are added as months (31 Jan + 1 month = end of February)' })
  @IsIn(['days', 'months'])
  durationUnit: 'days' | 'months';

  @ApiProperty({ type: [MilestoneTemplateDto] })
  @ValidateNested({ each: true }) @Type(() => MilestoneTemplateDto) @ArrayMaxSize(100)
  milestones: MilestoneTemplateDto[];
}

export class CriterionDto {
  @ApiProperty({ example: 'innovative_idea', description: 'Stable key: lower case, digits, underscores' })
  @Matches(KEY_PATTERN, KEY_MESSAGE)
  key: string;

  @ApiProperty({ example: 'Innovative idea' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  label: string;

  @ApiProperty({ example: 1, description: 'Relative weight, positive' })
  @IsNumber({ maxDecimalPlaces: 4 }) @IsPositive({ message: 'weight must be positive' }) @Max(1000)
  weight: number;

  @ApiPropertyOptional({ default: 1 })
  @OptionalField() @IsInt() @Min(0) @Max(100)
  scaleMin?: number;

  @ApiPropertyOptional({ default: 5 })
  @OptionalField() @IsInt() @Min(1) @Max(100)
  scaleMax?: number;
}

export class EquityPolicyDto {
  @ApiProperty({ enum: EQUITY_KINDS, enumName: 'EquityKind', description: 'none; a range (optionally never a majority); or a fixed stake after N months' })
  @IsIn(EQUITY_KINDS)
  kind: EquityKind;

  @ApiPropertyOptional({ example: 1500, description: 'Basis points (1500 = 15 %); kind range' })
  @ValidateIf((o: EquityPolicyDto) => o.kind === 'range') @IsInt() @Min(0) @Max(10000)
  minBps?: number;

  @ApiPropertyOptional({ example: 4900, description: 'Basis points; kind range' })
  @ValidateIf((o: EquityPolicyDto) => o.kind === 'range') @IsInt() @Min(0) @Max(10000)
  maxBps?: number;

  @ApiPropertyOptional({ description: "The operator's stake stays below 50 %; kind range" })
  @OptionalField() @IsBoolean()
  neverMajority?: boolean;

  @ApiPropertyOptional({ example: 1000, description: 'Basis points; kind fixed_after' })
  @ValidateIf((o: EquityPolicyDto) => o.kind === 'fixed_after') @IsInt() @Min(0) @Max(10000)
  bps?: number;

  @ApiPropertyOptional({ example: 6, description: 'Months of incubation before the stake is granted; kind fixed_after' })
  @ValidateIf((o: EquityPolicyDto) => o.kind === 'fixed_after') @IsInt() @Min(0) @Max(120)
  afterMonths?: number;
}

export class MoneyRangeDto {
  @ApiProperty({ example: 800000, description: 'Minor units (cents): 8,000.00' })
  @IsInt() @Min(0) @Max(MAX_MINOR)
  minAmountMinor: number;

  @ApiProperty({ example: 1000000 })
  @IsInt() @Min(0) @Max(MAX_MINOR)
  maxAmountMinor: number;

  @ApiProperty({ example: 'USD' })
  @Transform(upperTrimmed) @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code' })
  currency: string;
}

export class MoneyDto {
  @ApiProperty({ example: 3500000, description: 'Minor units' })
  @IsInt() @Min(0) @Max(MAX_MINOR)
  amountMinor: number;

  @ApiProperty({ example: 'GBP' })
  @Transform(upperTrimmed) @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code' })
  currency: string;
}

export class CreateProgrammeDto {
  @ApiProperty({ example: 'MCS Startup Programme' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PROGRAMME_TYPES, enumName: 'ProgrammeType' })
  @IsIn(PROGRAMME_TYPES)
  type: ProgrammeType;

  @ApiPropertyOptional()
  @OptionalField() @IsString() @MaxLength(10000)
  description?: string;

  @ApiProperty({ type: [PhaseTemplateDto], description: 'At least one phase, in order' })
  @ValidateNested({ each: true }) @Type(() => PhaseTemplateDto) @ArrayMinSize(1, { message: 'phases must have at least one phase' }) @ArrayMaxSize(50)
  phases: PhaseTemplateDto[];

  @ApiProperty({ type: [CriterionDto], description: 'Selection rubric: weighted criteria' })
  @ValidateNested({ each: true }) @Type(() => CriterionDto) @ArrayMinSize(1, { message: 'rubric must have at least one criterion' }) @ArrayMaxSize(30)
  rubric: CriterionDto[];

  @ApiProperty({ type: EquityPolicyDto })
  @ValidateNested() @Type(() => EquityPolicyDto)
  equityPolicy: EquityPolicyDto;

  @ApiPropertyOptional({ type: MoneyRangeDto, description: 'Grant amount range' })
  @OptionalField() @ValidateNested() @Type(() => MoneyRangeDto)
  grantPolicy?: MoneyRangeDto;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Yearly cap on partner perks' })
  @OptionalField() @ValidateNested() @Type(() => MoneyDto)
  perkCap?: MoneyDto;
}

/** Every field optional; nested lists are replaced whole. */
export class UpdateProgrammeDto {
  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_TYPES, enumName: 'ProgrammeType' })
  @OptionalField() @IsIn(PROGRAMME_TYPES)
  type?: ProgrammeType;

  @ApiPropertyOptional()
  @OptionalField() @IsString() @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ type: [PhaseTemplateDto] })
  @OptionalField() @ValidateNested({ each: true }) @Type(() => PhaseTemplateDto) @ArrayMinSize(1, { message: 'phases must have at least one phase' }) @ArrayMaxSize(50)
  phases?: PhaseTemplateDto[];

  @ApiPropertyOptional({ type: [CriterionDto] })
  @OptionalField() @ValidateNested({ each: true }) @Type(() => CriterionDto) @ArrayMinSize(1, { message: 'rubric must have at least one criterion' }) @ArrayMaxSize(30)
  rubric?: CriterionDto[];

  @ApiPropertyOptional({ type: EquityPolicyDto })
  @OptionalField() @ValidateNested() @Type(() => EquityPolicyDto)
  equityPolicy?: EquityPolicyDto;

  @ApiPropertyOptional({ type: MoneyRangeDto, nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MoneyRangeDto)
  grantPolicy?: MoneyRangeDto | null;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true })
  @IsOptional() @ValidateNested() @Type(() => MoneyDto)
  perkCap?: MoneyDto | null;
}
