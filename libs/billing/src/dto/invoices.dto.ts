import { PageQueryDto } from '@hatchery/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { INVOICE_KINDS, InvoiceKind } from '../entities/invoice.entity';

export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
export const PERIOD_MESSAGE = { message: 'must be a calendar month YYYY-MM' };

export class IssueInvoicesDto {
  @ApiProperty({ example: '2026-10', description: "A month that has ended in the organization's timezone (rent is billed in arrears); earlier months not yet invoiced are issued first" })
  @Matches(PERIOD, PERIOD_MESSAGE)
  period: string;
}

export class IssueLateInvoiceDto {
  @ApiProperty({ format: 'uuid', description: 'A lease the month’s run left out (it could not be priced then)' })
  @IsUUID()
  leaseId: string;

  @ApiProperty({ example: '2026-10', description: 'A month already invoiced' })
  @Matches(PERIOD, PERIOD_MESSAGE)
  period: string;
}

export const INVOICE_STATUSES = ['open', 'overdue', 'paid', 'credited', 'no_charge', 'credit_note'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export class InvoiceQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this startup's (a founder always sees only their startups')" })
  @IsOptional() @IsUUID()
  startupId?: string;

  @ApiPropertyOptional({ example: '2026-10', description: 'Only invoices for this month' })
  @IsOptional() @Matches(PERIOD, PERIOD_MESSAGE)
  period?: string;

  @ApiPropertyOptional({ enum: INVOICE_KINDS, enumName: 'InvoiceKind' })
  @IsOptional() @IsIn(INVOICE_KINDS)
  kind?: InvoiceKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the invoices of this lease' })
  @IsOptional() @IsUUID()
  leaseId?: string;
}

export class CreateCreditNoteDto {
  @ApiProperty({ type: 'integer', example: 25000, description: "Minor units in the invoice's currency; at most what is left of the invoice after earlier credit notes" })
  @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amountMinor: number;

  @ApiProperty({ example: 'Room closed for repairs 10–14 March' })
  @IsString() @MinLength(1) @MaxLength(500)
  reason: string;
}

export class UpdateBillingSettingsDto {
  @ApiPropertyOptional({ example: 'HUB', description: 'Invoice number prefix: 2 to 10 capital letters or digits' })
  @IsOptional() @Matches(/^[A-Z0-9]{2,10}$/, { message: 'must be 2 to 10 capital letters or digits' })
  invoicePrefix?: string;

  @ApiPropertyOptional({ type: 'integer', example: 14, description: 'Days from issue to due date (0 to 120)' })
  @IsOptional() @IsInt() @Min(0) @Max(120)
  paymentTermsDays?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-09', description: "The first month to invoice (null: the first lease's month). Months before it are never invoiced; it cannot move before a month already invoiced." })
  @IsOptional() @Matches(PERIOD, PERIOD_MESSAGE)
  firstPeriod?: string | null;
}

export const INVOICE_FORMATS = ['json', 'pdf'] as const;
export type InvoiceFormat = (typeof INVOICE_FORMATS)[number];

export class InvoiceFormatQueryDto {
  @ApiPropertyOptional({ enum: INVOICE_FORMATS, enumName: 'InvoiceFormat', default: 'json' })
  @IsOptional() @IsIn(INVOICE_FORMATS)
  format?: InvoiceFormat;
}
