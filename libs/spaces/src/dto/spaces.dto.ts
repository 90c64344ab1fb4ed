import { OptionalField, trimmed } from '@hatchery/core';
import { MoneyDto } from '@hatchery/programmes';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNumber, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { RATE_BASES, RateBasis, SPACE_KINDS, SpaceKind } from '../entities/space.entity';
import { RENT_PLAN_KINDS, RentPlanKind } from '../entities/rent-plan.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a calendar date YYYY-MM-DD' };

export class CreateSiteDto {
  @ApiProperty({ example: 'IT Park, floor 2' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Chinggis Avenue 15, Ulaanbaatar' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(500)
  address?: string;
}

export class CreateSpaceDto {
  @ApiProperty({ format: 'uuid', description: 'The site the space is in' })
  @IsUUID()
  siteId: string;

  @ApiProperty({ example: 'Room 204' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiProperty({ enum: SPACE_KINDS, enumName: 'SpaceKind', description: 'desk_area is shared (leases take desks); every other kind is leased whole' })
  @IsIn(SPACE_KINDS)
  kind: SpaceKind;

  @ApiProperty({ example: 24.5, description: 'Square metres, more than 0, at most two decimals' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }) @Min(0.01) @Max(99_999_999)
  areaM2: number;

  @ApiProperty({ type: 'integer', example: 6, description: 'Desks (a desk area: the most its leases take on any day) or seats' })
  @IsInt() @Min(1) @Max(100_000)
  capacity: number;
}

export class CreateSpaceRateDto {
  @ApiProperty({ example: '2026-01-01', description: 'The rate holds from this date until the next rate of the space' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  effectiveFrom: string;

  @ApiProperty({ enum: RATE_BASES, enumName: 'RateBasis', description: 'per_month: for the whole space; per_m2_month: per square metre' })
  @IsIn(RATE_BASES)
  basis: RateBasis;

  @ApiProperty({ type: MoneyDto, description: 'Per month (or per m² per month); 0 or more' })
  @ValidateNested() @Type(() => MoneyDto)
  amount: MoneyDto;
}

export class RentPlanTermsInputDto {
  @ApiProperty({ example: '2026-01-01', description: 'These terms hold from this date until the next terms of the plan' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  effectiveFrom: string;

  @ApiPropertyOptional({ type: 'integer', example: 2500, description: 'share_of_market only: basis points of the space market rate (2500 = a quarter; up to 100000)' })
  @OptionalField() @IsInt() @Min(0) @Max(100_000)
  shareBps?: number;

  @ApiPropertyOptional({ type: MoneyDto, description: 'fixed only: the rent per month' })
  @OptionalField() @ValidateNested() @Type(() => MoneyDto)
  amount?: MoneyDto;
}

export class CreateRentPlanDto {
  @ApiProperty({ example: 'Post-incubation (60 % of market)' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiProperty({ enum: RENT_PLAN_KINDS, enumName: 'RentPlanKind' })
  @IsIn(RENT_PLAN_KINDS)
  kind: RentPlanKind;

  @ApiProperty({ type: 'integer', example: 30, description: 'A lease on this plan ends no earlier than today + this many days, unless staff give a reason' })
  @IsInt() @Min(0) @Max(3650)
  noticeDays: number;

  @ApiProperty({ type: RentPlanTermsInputDto, description: "The plan's first terms" })
  @ValidateNested() @Type(() => RentPlanTermsInputDto)
  terms: RentPlanTermsInputDto;
}

export class SetProgrammeRentPlansDto {
  @ApiProperty({ format: 'uuid', description: "The plan the programme's startups lease on while incubating" })
  @IsUUID()
  incubationPlanId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The plan a graduate moves to from the graduation date; null: the lease stays as it is' })
  @ValidateIf((_o, v) => v !== null) @IsUUID()
  postIncubationPlanId: string | null;
}

export class CreateLeaseDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  startupId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  spaceId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId: string;

  @ApiProperty({ example: '2026-02-01', description: 'First day of the lease' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  startsOn: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-07-31', description: 'Last day of the lease (included); left out or null: open-ended' })
  @ValidateIf((_o, v) => v !== undefined && v !== null) @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn?: string | null;

  @ApiPropertyOptional({ type: 'integer', example: 3, description: 'Desks taken: required for a desk area, refused for any other space' })
  @OptionalField() @IsInt() @Min(1) @Max(100_000)
  desks?: number;
}

export class EndLeaseDto {
  @ApiProperty({ example: '2026-06-30', description: 'The new last day (included); not before the start' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  endsOn: string;

  @ApiPropertyOptional({ example: 'Moved out early by agreement', description: "Required to end earlier than today + the plan's notice days" })
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(3) @MaxLength(1000)
  reason?: string;
}

export class LeaseQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalField() @IsUUID()
  startupId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalField() @IsUUID()
  spaceId?: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'Only leases running on this date' })
  @OptionalField() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  activeOn?: string;
}

export class OccupancyQueryDto {
  @ApiProperty({ example: '2026-03-01', description: 'The date occupancy is read for' })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  asOf: string;
}

export class SpaceQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @OptionalField() @IsUUID()
  siteId?: string;
}
