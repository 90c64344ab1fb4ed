import { MoneyResponseDto } from '@hatchery/programmes';
import { ApiProperty } from '@nestjs/swagger';
import { AGING_BUCKETS, AgingBucket } from '../payment-rules';

export class PaymentAllocationDto {
  @ApiProperty({ format: 'uuid' }) invoiceId: string;
  @ApiProperty({ example: 'HUB-2026-000123' }) invoiceNumber: string;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ description: 'Staff chose the invoice (else: oldest open first)' }) manual: boolean;
  @ApiProperty({ format: 'date-time' }) allocatedAt: string;
}

export class PaymentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty({ example: '2026-11-20' }) receivedOn: string;
  @ApiProperty({ type: MoneyResponseDto }) amount: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Set against invoices' }) allocated: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: "amount − allocated: the startup's credit balance from this payment" }) unallocated: MoneyResponseDto;
  @ApiProperty({ example: 'TDB-20261120-004512' }) bankReference: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PaymentDetailDto extends PaymentDto {
  @ApiProperty({ type: [PaymentAllocationDto], description: 'In the order they were made' }) allocations: PaymentAllocationDto[];
}

export class PaymentPageDto {
  @ApiProperty({ type: [PaymentDto], description: 'Newest first' }) items: PaymentDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class CreditBalanceDto {
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
  @ApiProperty({ type: MoneyResponseDto, description: "Payments' unallocated amounts in one currency" }) credit: MoneyResponseDto;
  @ApiProperty({ type: 'integer', description: 'Payments with something unallocated' }) payments: number;
}

export class CreditBalanceListDto {
  @ApiProperty({ type: [CreditBalanceDto], description: 'One per startup and currency with a credit, by startup name' }) items: CreditBalanceDto[];
}

/** Open balances in one currency, by days past due on the as-of date. */
export class ArrearsAmountsDto {
  @ApiProperty({ example: 'MNT' }) currency: string;
  @ApiProperty({ type: MoneyResponseDto, description: 'Open, due date not passed' }) notDue: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: '1 to 30 days past due' }) days0To30: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: '31 to 60 days past due' }) days31To60: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: '61 to 90 days past due' }) days61To90: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'More than 90 days past due' }) days90Plus: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'The four overdue buckets' }) overdue: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'notDue + overdue' }) outstanding: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Unallocated payments received by the as-of date (not netted against the buckets)' }) creditBalance: MoneyResponseDto;
  @ApiProperty({ type: 'integer' }) openInvoices: number;
  @ApiProperty({ type: 'integer' }) overdueInvoices: number;
}

export class ArrearsStartupDto extends ArrearsAmountsDto {
  @ApiProperty({ format: 'uuid' }) startupId: string;
  @ApiProperty() startupName: string;
}

export class ArrearsTotalDto extends ArrearsAmountsDto {
  @ApiProperty({ type: 'integer', description: 'Startups with an open balance or a credit in this currency' }) startups: number;
}

export class ArrearsInvoiceDto {
  @ApiProperty({ format: 'uuid' }) invoiceId: string;
  @ApiProperty({ example: 'HUB-2026-000123' }) number: string;
  @ApiProperty({ example: '2026-10' }) period: string;
  @ApiProperty({ example: '2026-11-01' }) issuedOn: string;
  @ApiProperty({ example: '2026-11-15' }) dueOn: string;
  @ApiProperty({ type: 'integer', description: 'as-of − due date (0 or less: not due)' }) daysOverdue: number;
  @ApiProperty({ enum: AGING_BUCKETS, enumName: 'AgingBucket' }) bucket: AgingBucket;
  @ApiProperty({ type: MoneyResponseDto, description: 'total − credit notes issued by the as-of date − payments received by then' }) balance: MoneyResponseDto;
}

export class ArrearsReportDto {
  @ApiProperty({ example: '2026-12-31' }) asOf: string;
  @ApiProperty({ type: [ArrearsStartupDto], description: 'Per startup and currency with an open balance or a credit, by startup name' }) startups: ArrearsStartupDto[];
  @ApiProperty({ type: [ArrearsTotalDto], description: 'Per currency over the startups shown (the organization, or the one startup asked for); currencies are never added together' }) totals: ArrearsTotalDto[];
  @ApiProperty({ type: [ArrearsInvoiceDto], description: 'With startupId: its invoices open on the as-of date, oldest due first; otherwise empty' }) invoices: ArrearsInvoiceDto[];
}

export const REVENUE_STREAMS = ['rent'] as const;
export type RevenueStream = (typeof REVENUE_STREAMS)[number];

export class RevenueRowDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ enum: REVENUE_STREAMS, enumName: 'RevenueStream' }) stream: RevenueStream;
  @ApiProperty({ example: 'MNT' }) currency: string;
  @ApiProperty({ type: MoneyResponseDto, description: 'Invoices for this month (billed in arrears)' }) invoiced: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Credit notes issued in this month' }) credited: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'invoiced − credited' }) netInvoiced: MoneyResponseDto;
  @ApiProperty({ type: MoneyResponseDto, description: 'Payments received in this month' }) collected: MoneyResponseDto;
  @ApiProperty({ type: 'integer', description: 'Invoices for this month' }) invoices: number;
}

export class RevenueReportDto {
  @ApiProperty({ example: '2026-01' }) from: string;
  @ApiProperty({ example: '2026-12' }) to: string;
  @ApiProperty({ type: [RevenueRowDto], description: 'Per month, stream and currency with anything invoiced, credited or collected; by month, then currency' }) rows: RevenueRowDto[];
}
