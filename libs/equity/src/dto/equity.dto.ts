import { OptionalField, trimmed } from '@hatchery/core';
import { IsCalendarDate } from '@hatchery/cohorts';
import { MoneyDto } from '@hatchery/programmes';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ENTRY_KINDS, HOLDER_KINDS, INSTRUMENTS, Instrument, SHARE_CLASS_KINDS, ShareClassKind } from '../entities/cap-table.entity';

/** A share count: a positive integer up to 18 digits, sent as a string ("1000") or a safe JSON integer (1000). */
export const SHARES_PATTERN = /^[1-9][0-9]{0,17}$/;
const shareCount = ({ value }: { value: unknown }) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value);
const SHARES_MESSAGE = 'shares must be a positive whole number (a string of up to 18 digits, or a JSON integer)';

export class CreateShareClassDto {
  @ApiProperty({ example: 'Common' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(100)
  name: string;

  @ApiProperty({ enum: SHARE_CLASS_KINDS, enumName: 'ShareClassKind' })
  @IsIn(SHARE_CLASS_KINDS)
  kind: ShareClassKind;
}

export class CreateHolderDto {
  @ApiProperty({ enum: HOLDER_KINDS.filter((k) => k !== 'organization'), enumName: 'NewHolderKind', description: 'The organization is a holder of every cap table already' })
  @IsIn(HOLDER_KINDS.filter((k) => k !== 'organization'))
  kind: 'founder' | 'investor' | 'option_pool';

  @ApiProperty({ example: 'Steppe Ventures' })
  @Transform(trimmed) @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ format: 'uuid', description: "A founder's account: must be a founder of this startup" })
  @OptionalField() @IsUUID()
  userId?: string;
}

export class CreateEntryDto {
  @ApiProperty({ enum: ENTRY_KINDS, enumName: 'EquityEntryKind' })
  @IsIn(ENTRY_KINDS)
  kind: (typeof ENTRY_KINDS)[number];

  @ApiProperty({ example: '2026-03-02', description: 'Calendar date of the entry; not before the startup existed, nor before the latest entry, nor after today' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  shareClassId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'transfer, cancellation: who gives the shares up' })
  @OptionalField() @IsUUID()
  fromHolderId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'issuance, transfer: who receives them' })
  @OptionalField() @IsUUID()
  toHolderId?: string;

  @ApiProperty({ type: String, example: '1000', description: 'A positive whole number of shares (a string; a JSON integer is accepted too)' })
  @Transform(shareCount) @IsString({ message: SHARES_MESSAGE }) @Matches(SHARES_PATTERN, { message: SHARES_MESSAGE })
  shares: string;

  @ApiPropertyOptional({ type: MoneyDto, description: 'Price per share' })
  @OptionalField() @ValidateNested() @Type(() => MoneyDto)
  pricePerShare?: MoneyDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "issuance only: the SAFE or convertible note it converts (once per investment; the shares go to its investor). From the entry's date on the instrument is no longer counted in the fully diluted view.",
  })
  @OptionalField() @IsUUID()
  convertsInvestmentId?: string;

  @ApiPropertyOptional({ description: 'Staff booking an entry outside the stake range say why; kept on the entry (never overrides never-majority)' })
  @OptionalField() @Transform(trimmed) @IsString() @MinLength(5) @MaxLength(2000)
  overrideReason?: string;

  @ApiPropertyOptional() @OptionalField() @Transform(trimmed) @IsString() @MaxLength(2000)
  note?: string;
}

export class ReverseEntryDto {
  @ApiProperty({ example: '2026-03-05', description: 'The reversal is an entry of its own, with its own date' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: 'Booked to the wrong founder' })
  @Transform(trimmed) @IsString() @MinLength(5) @MaxLength(2000)
  note: string;

  @ApiPropertyOptional() @OptionalField() @Transform(trimmed) @IsString() @MinLength(5) @MaxLength(2000)
  overrideReason?: string;
}

export class CapTableQueryDto {
  @ApiPropertyOptional({ example: '2026-06-30', description: 'The cap table at the end of this day (default: today)' })
  @IsOptional() @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ enum: ['outstanding', 'fully-diluted'], enumName: 'CapTableView', default: 'outstanding' })
  @IsOptional() @IsIn(['outstanding', 'fully-diluted'])
  view?: 'outstanding' | 'fully-diluted';

  @ApiPropertyOptional({ enum: ['json', 'csv'], enumName: 'EquityExportFormat', default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class PortfolioQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'csv'], enumName: 'EquityExportFormat', default: 'json' })
  @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class CreateInvestmentDto {
  @ApiProperty({ format: 'uuid', description: 'The investor: the organization holder or an outside investor holder of this cap table' })
  @IsUUID()
  investorHolderId: string;

  @ApiProperty({ enum: INSTRUMENTS, enumName: 'Instrument' })
  @IsIn(INSTRUMENTS)
  instrument: Instrument;

  @ApiProperty({ type: MoneyDto })
  @ValidateNested() @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiProperty({ type: MoneyDto, description: 'Same currency as the amount' })
  @ValidateNested() @Type(() => MoneyDto)
  preMoneyValuation: MoneyDto;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'equity: the class issued (default: the first common class)' })
  @OptionalField() @IsUUID()
  shareClassId?: string;

  @ApiPropertyOptional({ type: String, example: '2500', description: 'equity: the shares bought; when absent, floor(amount × fully diluted shares before / pre-money valuation)' })
  @OptionalField() @Transform(shareCount) @IsString({ message: SHARES_MESSAGE }) @Matches(SHARES_PATTERN, { message: SHARES_MESSAGE })
  shares?: string;

  @ApiPropertyOptional({ type: String, example: '1200', description: 'safe, convertible_note: the shares it converts into, if agreed; then counted in the fully diluted view until an issuance converts it (convertsInvestmentId)' })
  @OptionalField() @Transform(shareCount) @IsString({ message: SHARES_MESSAGE }) @Matches(SHARES_PATTERN, { message: SHARES_MESSAGE })
  conversionShares?: string;

  @ApiPropertyOptional() @OptionalField() @Transform(trimmed) @IsString() @MinLength(5) @MaxLength(2000)
  overrideReason?: string;
}

export class CreateProceedsDto {
  @ApiProperty({ type: MoneyDto })
  @ValidateNested() @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiProperty({ example: '2027-01-15' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ example: 'Sale of our stake to the acquirer' }) @OptionalField() @Transform(trimmed) @IsString() @MaxLength(2000)
  note?: string;
}
