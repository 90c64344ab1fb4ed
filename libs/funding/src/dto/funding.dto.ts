import { OptionalField, PageQueryDto, trimmed } from '@hatchery/core';
import { MoneyDto } from '@hatchery/programmes';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { RATE_PATTERN } from '../money-rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a calendar date YYYY-MM-DD' };

export class TrancheInputDto {
  @ApiProperty({ type: 'integer', example: 400000, description: "Minor units, in the grant's currency" })
  @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amountMinor: number;

  @ApiPropertyOptional({ format: 'uuid', description: "A milestone of the grant's enrolment: payable once it is approved. Exactly one of milestoneId and dueOn." })
  @ValidateIf((o: TrancheInputDto) => o.dueOn === undefined || o.milestoneId !== undefined) @IsUUID('all', { message: 'give exactly one of milestoneId and dueOn' })
  milestoneId?: string;

  @ApiPropertyOptional({ example: '2026-09-01', description: "A date: payable from local midnight starting it (the cohort's timezone). Exactly one of milestoneId and dueOn." })
  @ValidateIf((o: TrancheInputDto) => o.milestoneId === undefined || o.dueOn !== undefined) @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  dueOn?: string;
}

export class CreateGrantDto {
  @ApiPropertyOptional({ format: 'uuid', description: "The startup's active enrolment the grant is given through; may be left out when it has exactly one" })
  @OptionalField() @IsUUID()
  enrolmentId?: string;

  @ApiProperty({ type: MoneyDto, description: "The award: within the programme's grant range, in its currency" })
  @ValidateNested() @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiProperty({ type: [TrancheInputDto], description: 'At least one; their amounts sum to the award exactly' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(24) @ValidateNested({ each: true }) @Type(() => TrancheInputDto)
  tranches: TrancheInputDto[];

  @ApiPropertyOptional({ example: 'Prototype and first pilot' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(500)
  purpose?: string;
}

export class DisburseTrancheDto {
  @ApiProperty({ example: '2026-05-04', description: 'The day the money left the account' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  disbursedOn: string;

  @ApiProperty({ example: 'TRX-2026-000184', description: "The bank's reference of the payment" })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  bankReference: string;
}

export class CreatePerkDto {
  @ApiProperty({ example: 'AWS Activate' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  partner: string;

  @ApiProperty({ example: 'Cloud credits for one year' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(2000)
  description: string;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested() @Type(() => MoneyDto)
  value: MoneyDto;

  @ApiPropertyOptional({ default: true })
  @OptionalField() @IsBoolean()
  active?: boolean;
}

export class UpdatePerkDto {
  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  partner?: string;

  @ApiPropertyOptional()
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Applies to later redemptions; earlier ones keep the value they had' })
  @OptionalField() @ValidateNested() @Type(() => MoneyDto)
  value?: MoneyDto;

  @ApiPropertyOptional()
  @OptionalField() @IsBoolean()
  active?: boolean;
}

export class PerkQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], enumName: 'BooleanText', description: 'Only active (or only inactive) perks' })
  @IsOptional() @IsIn(['true', 'false'])
  active?: 'true' | 'false';
}

export class RedeemPerkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  perkId: string;

  @ApiPropertyOptional({ format: 'uuid', description: "The startup's active enrolment whose programme cap it counts against; may be left out when it has exactly one" })
  @OptionalField() @IsUUID()
  enrolmentId?: string;

  @ApiPropertyOptional({ example: '0.7865', description: "Only for a perk in another currency than the cap: units of the cap's currency for one unit of the perk's, a decimal string (up to 12 decimals), kept exactly" })
  @OptionalField() @IsString() @Matches(RATE_PATTERN, { message: 'rate must be a positive decimal such as "1.2650"' })
  rate?: string;

  @ApiPropertyOptional({ example: 'Bank of England spot', description: 'Where the rate comes from; required with a rate' })
  @ValidateIf((o: RedeemPerkDto) => o.rate !== undefined || o.rateSource !== undefined) @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  rateSource?: string;

  @ApiPropertyOptional({ example: '2026-04-30', description: 'The date of the rate; required with a rate' })
  @ValidateIf((o: RedeemPerkDto) => o.rate !== undefined || o.rateOn !== undefined) @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  rateOn?: string;

  @ApiPropertyOptional({ example: 'Activated by the CTO' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(500)
  note?: string;
}

