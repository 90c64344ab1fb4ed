import { OptionalField, PageQueryDto, trimmed } from '@hatchery/core';
import { MoneyDto } from '@hatchery/programmes';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PERIOD, PERIOD_MESSAGE } from './invoices.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = { message: 'must be a calendar date YYYY-MM-DD' };

export class PaymentAllocationInputDto {
  @ApiProperty({ format: 'uuid', description: "An invoice of the payment's startup, in the payment's currency" })
  @IsUUID()
  invoiceId: string;

  @ApiProperty({ type: 'integer', example: 25000, description: "Minor units; at most the invoice's open balance" })
  @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amountMinor: number;
}

export class RecordPaymentDto {
  @ApiProperty({ format: 'uuid', description: 'The startup that paid' })
  @IsUUID()
  startupId: string;

  @ApiProperty({ example: '2026-11-20', description: "The day the money arrived; not after today in the organization's timezone" })
  @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  receivedOn: string;

  @ApiProperty({ type: MoneyDto, description: 'More than 0' })
  @ValidateNested() @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiProperty({ example: 'TDB-20261120-004512', description: 'The bank transfer reference: once per organization (409 PAYMENT_DUPLICATE names the payment that has it)' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  bankReference: string;

  @ApiPropertyOptional({ example: 'Paid October and part of November' })
  @OptionalField() @Transform(trimmed) @IsString() @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({
    type: [PaymentAllocationInputDto],
    description: "Left out: the payment goes to the startup's open invoices in its currency, the one due first first (then issued first, then by number); the rest stays unallocated (credit balance). Given: exactly these (each invoice once), the rest unallocated.",
  })
  @OptionalField() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PaymentAllocationInputDto)
  allocations?: PaymentAllocationInputDto[];
}

export class AllocatePaymentDto {
  @ApiPropertyOptional({
    type: [PaymentAllocationInputDto],
    description: "Left out: the payment's unallocated amount goes to the startup's open invoices in its currency, oldest first. Given: exactly these (each invoice once).",
  })
  @OptionalField() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => PaymentAllocationInputDto)
  allocations?: PaymentAllocationInputDto[];
}

export class PaymentQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this startup's (a founder always sees only their startups')" })
  @IsOptional() @IsUUID()
  startupId?: string;
}

export class ArrearsQueryDto {
  @ApiPropertyOptional({ example: '2026-12-31', description: "The day the balances are taken on (default: today in the organization's timezone)" })
  @IsOptional() @Matches(DATE, DATE_MESSAGE) @IsISO8601({ strict: true }, DATE_MESSAGE)
  asOf?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this startup (a founder must give one of their startups)' })
  @IsOptional() @IsUUID()
  startupId?: string;
}

export class CreditBalanceQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this startup's (a founder always sees only their startups')" })
  @IsOptional() @IsUUID()
  startupId?: string;
}

export class RevenueQueryDto {
  @ApiPropertyOptional({ example: '2026-01', description: 'First month (default: 11 months before `to`)' })
  @IsOptional() @Matches(PERIOD, PERIOD_MESSAGE)
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: "Last month (default: this month in the organization's timezone); at most 120 months after `from`" })
  @IsOptional() @Matches(PERIOD, PERIOD_MESSAGE)
  to?: string;
}
