import { OptionalField, trimmed } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { QUESTION_TYPES, QuestionType } from '../entities/call.entity';
import { CriterionDto, KEY_MESSAGE, KEY_PATTERN } from './programme.dto';

/** An instant must say its offset: "2026-03-01T09:00:00+08:00" or "…Z", never a bare local time. */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const instant = (field: string) => [
  IsISO8601({ strict: true }, { message: `${field} must be an ISO 8601 date-time` }),
  Matches(WITH_OFFSET, { message: `${field} must include a UTC offset (Z or ±hh:mm)` }),
];
const applyAll = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class QuestionDto {
  @ApiProperty({ example: 'team_background' })
  @Matches(KEY_PATTERN, KEY_MESSAGE)
  key: string;

  @ApiProperty({ example: "Tell us about your team's background" })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(500)
  label: string;

  @ApiProperty({ enum: QUESTION_TYPES, enumName: 'QuestionType' })
  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @ApiProperty()
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ description: 'Text answers' }) @OptionalField() @IsInt() @Min(0) @Max(100000)
  minLength?: number;

  @ApiPropertyOptional({ description: 'Text answers' }) @OptionalField() @IsInt() @Min(1) @Max(100000)
  maxLength?: number;

  // Without @IsNumber any text became NaN here, which was stored as null: the bound silently vanished.
  @ApiPropertyOptional({ description: 'Number answers' }) @OptionalField() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @ApiPropertyOptional({ description: 'Number answers' }) @OptionalField() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;

  @ApiPropertyOptional({ type: [String], description: 'Choice questions: the options' })
  @OptionalField() @IsString({ each: true }) @ArrayMaxSize(100)
  options?: string[];
}

export class RoundDto {
  @ApiProperty({ example: 'screening' })
  @Matches(KEY_PATTERN, KEY_MESSAGE)
  key: string;

  @ApiProperty({ example: 'Screening' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: [CriterionDto], description: "Defaults to the programme's rubric" })
  @OptionalField() @ValidateNested({ each: true }) @Type(() => CriterionDto) @ArrayMinSize(1) @ArrayMaxSize(30)
  rubric?: CriterionDto[];

  @ApiPropertyOptional({ example: 20, description: 'How many go on to the next round' })
  @OptionalField() @IsInt() @Min(1) @Max(100000)
  shortlistSize?: number;
}

export class CreateCallDto {
  @ApiProperty({ example: 'HUB Annual Incubation 2023' })
  @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ example: 'Pollution and traffic' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(500)
  theme?: string;

  @ApiProperty({ example: '2026-03-01T09:00:00+08:00' })
  @applyAll(instant('opensAt'))
  opensAt: string;

  @ApiProperty({ example: '2026-03-31T23:59:59+08:00' })
  @applyAll(instant('closesAt'))
  closesAt: string;

  @ApiProperty({ example: 10, description: 'Places to fill (1 for a single space)' })
  @IsInt() @Min(1) @Max(100000)
  capacity: number;

  @ApiProperty({ type: [QuestionDto] })
  @ValidateNested({ each: true }) @Type(() => QuestionDto) @ArrayMaxSize(100)
  questions: QuestionDto[];

  @ApiProperty({ example: 3 })
  @IsInt() @Min(1) @Max(20)
  reviewersPerApplication: number;

  @ApiProperty()
  @IsBoolean()
  blindReview: boolean;

  @ApiPropertyOptional({ type: [RoundDto], description: 'Defaults to one screening round with the programme rubric' })
  @OptionalField() @ValidateNested({ each: true }) @Type(() => RoundDto) @ArrayMinSize(1) @ArrayMaxSize(10)
  rounds?: RoundDto[];
}

export class UpdateCallDto {
  @ApiPropertyOptional() @OptionalField() @Transform(trimmed) @IsString() @MinLength(2) @MaxLength(200)
  title?: string;

  @ApiPropertyOptional() @OptionalField() @Transform(trimmed) @IsString() @MaxLength(500)
  theme?: string;

  @ApiPropertyOptional() @OptionalField() @applyAll(instant('opensAt'))
  opensAt?: string;

  @ApiPropertyOptional() @OptionalField() @applyAll(instant('closesAt'))
  closesAt?: string;

  @ApiPropertyOptional() @OptionalField() @IsInt() @Min(1) @Max(100000)
  capacity?: number;

  @ApiPropertyOptional({ type: [QuestionDto], description: 'Frozen once the call opens' })
  @OptionalField() @ValidateNested({ each: true }) @Type(() => QuestionDto) @ArrayMaxSize(100)
  questions?: QuestionDto[];

  @ApiPropertyOptional() @OptionalField() @IsInt() @Min(1) @Max(20)
  reviewersPerApplication?: number;

  @ApiPropertyOptional() @OptionalField() @IsBoolean()
  blindReview?: boolean;

  @ApiPropertyOptional({ type: [RoundDto], description: 'Frozen once the call opens' })
  @OptionalField() @ValidateNested({ each: true }) @Type(() => RoundDto) @ArrayMinSize(1) @ArrayMaxSize(10)
  rounds?: RoundDto[];
}
