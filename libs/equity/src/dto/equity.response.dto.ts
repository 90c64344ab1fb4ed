import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { ENTRY_KINDS, HOLDER_KINDS, INSTRUMENTS, Instrument, SHARE_CLASS_KINDS, ShareClassKind } from '../entities/cap-table.entity';

/** Share counts are decimal strings everywhere in this API (they may exceed 2^53). */
const SHARES = { type: String, example: '1000', description: 'A whole number of shares, as a decimal string' } as const;

export class FractionDto {
  @ApiProperty({ example: '1', description: 'Decimal integer string' }) numerator: string;
  @ApiProperty({ example: '4', description: 'Decimal integer string' }) denominator: string;
}

export class ShareClassDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SHARE_CLASS_KINDS, enumName: 'ShareClassKind' }) kind: ShareClassKind;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class HolderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ enum: HOLDER_KINDS, enumName: 'HolderKind' }) kind: (typeof HOLDER_KINDS)[number];
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) userId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EquityEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ enum: ENTRY_KINDS, enumName: 'EquityEntryKind' }) kind: (typeof ENTRY_KINDS)[number];
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'uuid' }) shareClassId: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) fromHolderId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) toHolderId: string | null;
  @ApiProperty(SHARES) shares: string;
  @ApiProperty({ type: MoneyResponseDto, nullable: true }) pricePerShare: MoneyResponseDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The entry this one reverses' }) reversesEntryId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'An issuance that converts a SAFE or a note: the investment converted' }) convertsInvestmentId: string | null;
  @ApiProperty({ type: String, nullable: true }) overrideReason: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null when the system booked it (a confirmed stake)' }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EquityEntryPageDto {
  @ApiProperty({ type: [EquityEntryDto] }) items: EquityEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ClassSharesDto {
  @ApiProperty({ format: 'uuid' }) shareClassId: string;
  @ApiProperty() shareClassName: string;
  @ApiProperty(SHARES) shares: string;
}

export class CapTableRowDto {
  @ApiProperty({ format: 'uuid' }) holderId: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ enum: HOLDER_KINDS, enumName: 'HolderKind' }) holderKind: (typeof HOLDER_KINDS)[number];
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) userId: string | null;
  @ApiProperty({ ...SHARES, description: 'Shares held (fully diluted view: plus counted instrument shares)' }) shares: string;
  @ApiProperty({ type: [ClassSharesDto] }) byClass: ClassSharesDto[];
  @ApiProperty({ ...SHARES, description: 'Fully diluted view: shares of unconverted instruments counted for this holder' }) instrumentShares: string;
  @ApiProperty({ type: FractionDto, description: 'Exact share of the total' }) fraction: FractionDto;
  @ApiProperty({ type: 'integer', description: 'For display: basis points by the largest-remainder rule; the column sums to exactly 10000' }) bps: number;
}

export class InstrumentRowDto {
  @ApiProperty({ format: 'uuid' }) investmentId: string;
  @ApiProperty({ format: 'uuid' }) holderId: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ enum: INSTRUMENTS, enumName: 'Instrument' }) instrument: Instrument;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ type: String, nullable: true, description: 'Recorded conversion shares; null = listed but not counted' }) conversionShares: string | null;
  @ApiProperty({ description: 'Counted in the fully diluted total: it has conversion shares and was not converted by the as-of date' }) counted: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The issuance that converted it by the as-of date (then its shares are in the rows, and it is not counted)' }) conversionEntryId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) convertedOn: string | null;
}

export class CapTableDto {
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ format: 'date' }) asOf: string;
  @ApiProperty({ enum: ['outstanding', 'fully-diluted'], enumName: 'CapTableView' }) view: 'outstanding' | 'fully-diluted';
  @ApiProperty(SHARES) totalShares: string;
  @ApiProperty({ type: [CapTableRowDto] }) rows: CapTableRowDto[];
  @ApiProperty({ type: [ShareClassDto] }) shareClasses: ShareClassDto[];
  @ApiProperty({ type: [InstrumentRowDto], description: 'Fully diluted view: the SAFEs and notes made by the as-of date, converted or not (empty in the outstanding view)' }) instruments: InstrumentRowDto[];
  @ApiProperty({ type: FractionDto, description: "The organization's stake" }) organizationStake: FractionDto;
}

export class InvestmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ format: 'uuid' }) investorHolderId: string;
  @ApiProperty({ enum: INSTRUMENTS, enumName: 'Instrument' }) instrument: Instrument;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto }) preMoneyValuation: MoneyResponseDto;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'equity: the issuance booked with it' }) entryId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'equity: the shares issued' }) shares: string | null;
  @ApiProperty({ type: String, nullable: true }) conversionShares: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'A SAFE or note: the issuance that converted it' }) conversionEntryId: string | null;
  @ApiProperty({ type: MoneyResponseDto, nullable: true, description: 'Written off when the startup failed' }) writtenOff: MoneyResponseDto | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) writtenOffOn: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProceedsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PortfolioMoneyDto {
  @ApiProperty({ example: 'USD' }) currency: string;
  @ApiProperty({ type: 'integer', description: 'Minor units' }) investedMinor: number;
  @ApiProperty({ type: 'integer', description: 'Minor units' }) writtenOffMinor: number;
  @ApiProperty({ type: 'integer', description: 'Minor units' }) returnedMinor: number;
}

export class PortfolioHoldingDto {
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty(SHARES) organizationShares: string;
  @ApiProperty(SHARES) outstandingShares: string;
  @ApiProperty({ type: FractionDto }) stake: FractionDto;
  @ApiProperty({ type: 'integer', description: 'The stake in basis points, rounded down (never shown above the exact stake)' }) stakeBps: number;
  @ApiProperty({ type: [PortfolioMoneyDto], description: 'One row per currency; never summed across currencies' }) money: PortfolioMoneyDto[];
}

export class PortfolioDto {
  @ApiProperty({ type: [PortfolioHoldingDto] }) holdings: PortfolioHoldingDto[];
  @ApiProperty({ type: [PortfolioMoneyDto], description: 'Totals per currency' }) totals: PortfolioMoneyDto[];
}
