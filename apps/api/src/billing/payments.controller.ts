import {
  AllocatePaymentDto,
  ArrearsQueryDto,
  ArrearsReportDto,
  CreditBalanceListDto,
  CreditBalanceQueryDto,
  PaymentDetailDto,
  PaymentPageDto,
  PaymentQueryDto,
  PaymentsService,
  RecordPaymentDto,
  RevenueQueryDto,
  RevenueReportDto,
} from '@hatchery/billing';
import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

/**
 * Payments received from startups, their allocation to rent invoices (oldest first unless staff
 * choose), credit balances, arrears aging as of any day, and rent revenue per month.
 */
@ApiTags('billing')
@Controller('organizations/:slug')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Roles('owner', 'manager')
  @Post('payments')
  @Idempotent()
  @ApiOperation({
    summary: 'Record a payment from a startup',
    description:
      "Once per bank reference. Without allocations it goes to the startup's open invoices in its currency, the one due first first (then issued first, then by number); with allocations, exactly to those. What is left is the startup's credit balance.",
  })
  @ApiCreatedResponse({ type: PaymentDetailDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED (also: an amount of 0, a receivedOn after today in the organization’s timezone, an invoice twice)' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: the startup, or an allocation’s invoice, is not this organization’s or not the startup’s' })
  @ApiConflictResponse({
    type: ProblemResponseDto,
    description: 'PAYMENT_DUPLICATE (the bank reference is recorded: paymentId names it), CURRENCY_MISMATCH, ALLOCATION_EXCEEDS_BALANCE, ALLOCATION_EXCEEDS_PAYMENT, NOT_AN_INVOICE (a credit note)',
  })
  recordPayment(@Param('slug') _slug: string, @Body() body: RecordPaymentDto): Promise<PaymentDetailDto> {
    return this.payments.record(body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('payments')
  @ApiOperation({ summary: 'List payments', description: "Staff: every one (filter by startup); a founder: their startups'. Newest first." })
  @ApiOkResponse({ type: PaymentPageDto })
  listPayments(@Param('slug') _slug: string, @Query() query: PaymentQueryDto): Promise<PaymentPageDto> {
    return this.payments.list(query);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('payments/:paymentId')
  @ApiOperation({ summary: 'Get a payment with its allocations and what is unallocated', description: "Staff, or a founder of the payment's startup; anyone else gets 404." })
  @ApiOkResponse({ type: PaymentDetailDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto })
  getPayment(@Param('slug') _slug: string, @Param('paymentId', IdPipe) paymentId: string): Promise<PaymentDetailDto> {
    return this.payments.get(paymentId);
  }

  @Roles('owner', 'manager')
  @Post('payments/:paymentId/allocations')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    summary: "Allocate a payment's unallocated amount (its credit balance) to invoices",
    description: "Without allocations: to the startup's open invoices in its currency, oldest first (none open: nothing changes). With allocations: exactly those.",
  })
  @ApiOkResponse({ type: PaymentDetailDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: the payment, or an invoice that is not the payment’s startup’s' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CURRENCY_MISMATCH, ALLOCATION_EXCEEDS_BALANCE, ALLOCATION_EXCEEDS_PAYMENT (more than is unallocated), NOT_AN_INVOICE' })
  allocatePayment(@Param('slug') _slug: string, @Param('paymentId', IdPipe) paymentId: string, @Body() body: AllocatePaymentDto): Promise<PaymentDetailDto> {
    return this.payments.allocate(paymentId, body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('billing/credit-balances')
  @ApiOperation({ summary: 'Credit balances: unallocated payments per startup and currency', description: "Staff: every startup's; a founder: their startups'." })
  @ApiOkResponse({ type: CreditBalanceListDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: startupId is not this organization’s (or not the founder’s)' })
  creditBalances(@Param('slug') _slug: string, @Query() query: CreditBalanceQueryDto): Promise<CreditBalanceListDto> {
    return this.payments.creditBalances(query);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('billing/arrears')
  @ApiOperation({
    summary: 'Arrears aging as of a day',
    description:
      "Open balances on the as-of date (default today in the organization's timezone) by days past due: not due, 1–30, 31–60, 61–90, more than 90; per startup and currency and per currency, never added across currencies; with the credit balance. Staff: the organization or one startup; a founder: one of their startups (startupId required).",
  })
  @ApiOkResponse({ type: ArrearsReportDto })
  @ApiForbiddenResponse({ type: ProblemResponseDto, description: 'FORBIDDEN: a founder without startupId' })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: startupId is not this organization’s (or not the founder’s)' })
  arrears(@Param('slug') _slug: string, @Query() query: ArrearsQueryDto): Promise<ArrearsReportDto> {
    return this.payments.arrears(query);
  }

  @Roles('owner', 'manager')
  @Get('billing/revenue')
  @ApiOperation({
    summary: 'Rent revenue per month and currency',
    description: 'Invoiced (the invoices for the month), credited (credit notes issued in the month), net, and collected (payments received in the month), per currency; stream rent.',
  })
  @ApiOkResponse({ type: RevenueReportDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED: from after to, or more than 120 months' })
  revenue(@Param('slug') _slug: string, @Query() query: RevenueQueryDto): Promise<RevenueReportDto> {
    return this.payments.revenue(query);
  }
}
