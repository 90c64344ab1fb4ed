import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { INVOICE_KINDS, InvoiceKind } from '../entities/invoice.entity';
import { INVOICE_STATUSES, InvoiceStatus } from './invoices.dto';

export class InvoiceRunDto {
  @ApiProperty({ example: '2026-10' }) period: string;
  @ApiProperty({ type: [String], example: ['2026-10'], description: 'Periods this call issued (none: they had been issued already)' }) periodsRun: string[];
  @ApiProperty({ type: 'integer', description: 'Invoices this call issued' }) invoicesIssued: number;
  @ApiProperty({ type: 'integer', description: 'Invoices of the period, issued now or before' }) invoicesInPeriod: number;
  @ApiProperty({ type: [String], description: 'Leases this call could not price (no market rate or plan terms in force, or two currencies in one month): not invoiced' }) unpricedLeaseIds: string[];
}

export class InvoiceLineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Room 201, Incubation (free)' }) description: string;
  @ApiProperty({ example: '2026-10-01' }) startsOn: string;
  @ApiProperty({ example: '2026-10-15' }) endsOn: string;
  @ApiProperty({ type: 'integer', example: 15 }) days: number;
  @ApiProperty({ type: 'integer', example: 31 }) daysInMonth: number;
  @ApiProperty({ enum: ['free', 'share_of_market', 'fixed'], enumName: 'InvoiceLinePlanKind' }) planKind: 'free' | 'share_of_market' | 'fixed';
  @ApiProperty({ type: 'integer', nullable: true, example: 2500 }) shareBps: number | null;
  @ApiProperty({ type: String, nullable: true, example: '1000000.0000', description: 'The market rate for the leased part per month, exact, in minor units (null: no rate in force)' }) marketMonth: string | null;
  @ApiProperty({ example: '250000.0000', description: "The plan's price per month, exact, in minor units" }) priceMonth: string;
  @ApiProperty({ type: MoneyResponseDto, description: 'price × days / days in month, rounded half up to the minor unit' }) amount: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'The same days at the market rate, rounded the same way' }) market: MoneyResponseDto;
}

export class InvoiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INVOICE_KINDS, enumName: 'InvoiceKind' }) kind: InvoiceKind;
  @ApiProperty({ example: 'HUB-2026-000123' }) number: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leaseId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-10', description: 'The month billed (null: a credit note)' }) period: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A credit note: the invoice it credits' }) creditsInvoiceId: string | null;
  @ApiProperty({ type: String, nullable: true }) creditsInvoiceNumber: string | null;
  @ApiProperty({ type: MoneyResponseDto, description: 'The sum of the lines (a credit note: its amount)' }) total: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'The same days at market rates; market − total is the in-kind support (a free plan: all of it)' }) market: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Credit notes against it' }) credited: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Payments allocated to it' }) paid: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'total − credited − paid' }) balance: MoneyResponseDto;
  @ApiProperty({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus', description: 'no_charge: a zero invoice (in-kind support on record); overdue: a balance after the due date (organization timezone)' }) status: InvoiceStatus;
  @ApiProperty({ example: '2026-11-01' }) issuedOn: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-15' }) dueOn: string | null;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ type: String, nullable: true, description: "A credit note's reason" }) reason: string | null;
}

export class InvoiceAllocationDto {
  @ApiProperty({ format: 'uuid' }) paymentId: string;
  @ApiProperty() bankReference: string;
  @ApiProperty({ example: '2026-11-10' }) receivedOn: string;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ description: 'Staff chose this invoice (else: oldest open first)' }) manual: boolean;
}

export class InvoiceDetailDto extends InvoiceDto {
  @ApiProperty({ type: [InvoiceLineDto], description: 'By first day' }) lines: InvoiceLineDto[];
  @ApiProperty({ type: [InvoiceDto], description: 'Credit notes against this invoice' }) creditNotes: InvoiceDto[];
  @ApiProperty({ type: [InvoiceAllocationDto] }) allocations: InvoiceAllocationDto[];
}

export class InvoicePageDto {
  @ApiProperty({ type: [InvoiceDto], description: 'Newest first' }) items: InvoiceDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class BillingSettingsDto {
  @ApiProperty({ example: 'HUB' }) invoicePrefix: string;
  @ApiProperty({ type: 'integer', example: 14 }) paymentTermsDays: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-09', description: "The first month invoiced (null: the first lease's month)" }) firstPeriod: string | null;
}
