import {
  BillingSettingsDto,
  CreateCreditNoteDto,
  InvoiceDetailDto,
  InvoiceDto,
  InvoiceFormatQueryDto,
  InvoicePageDto,
  InvoiceQueryDto,
  InvoiceRunDto,
  InvoicesService,
  IssueInvoicesDto,
  IssueLateInvoiceDto,
  UpdateBillingSettingsDto,
} from '@hatchery/billing';
import { Idempotent, IdPipe, ProblemResponseDto, Roles } from '@hatchery/core';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

/**
 * Rent invoices: issued by the worker after each month ends (or by staff with run), one per lease
 * and month, never edited (a correction is a credit note); readable by owners and managers and by
 * the founders of the invoiced startup.
 */
@ApiTags('billing')
@ApiExtraModels(InvoiceDetailDto)
@Controller('organizations/:slug')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Roles('owner', 'manager', 'founder')
  @Get('invoices')
  @ApiOperation({ summary: 'List invoices and credit notes', description: "Staff: every one (filter by startup, lease, month, kind); a founder: their startups'. Newest first." })
  @ApiOkResponse({ type: InvoicePageDto })
  listInvoices(@Param('slug') _slug: string, @Query() query: InvoiceQueryDto): Promise<InvoicePageDto> {
    return this.invoices.list(query);
  }

  @Roles('owner', 'manager')
  @Post('invoices/run')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    summary: "Issue a month's rent invoices now",
    description: "For a month that has ended in the organization's timezone (rent is billed in arrears), and any earlier month not yet issued. A month issued already issues nothing (invoicesIssued 0): it is locked.",
  })
  @ApiOkResponse({ type: InvoiceRunDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'PERIOD_NOT_ENDED' })
  runInvoices(@Param('slug') _slug: string, @Body() body: IssueInvoicesDto): Promise<InvoiceRunDto> {
    return this.invoices.issueDue(body.period);
  }

  @Roles('owner', 'manager')
  @Post('invoices/late')
  @Idempotent()
  @ApiOperation({
    summary: "Invoice a lease its month's run left out",
    description: "For a month already invoiced, a lease the run could not price then (no market rate or plan terms in force; the run's result names them): once the rate or terms are added, this issues its invoice, numbered like the rest.",
  })
  @ApiCreatedResponse({ type: InvoiceDetailDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto, description: 'NOT_FOUND: the lease is not this organization’s' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'PERIOD_NOT_INVOICED (the month-end run will do it), INVOICE_EXISTS, LEASE_UNPRICED (still no rate or terms in force), LEASE_NOT_IN_PERIOD' })
  issueLateInvoice(@Param('slug') _slug: string, @Body() body: IssueLateInvoiceDto): Promise<InvoiceDetailDto> {
    return this.invoices.issueLate(body);
  }

  @Roles('owner', 'manager', 'founder')
  @Get('invoices/:invoiceId')
  @ApiOperation({
    summary: 'Get an invoice or credit note (JSON with its lines, or a PDF with format=pdf)',
    description: "Staff, or a founder of the invoiced startup; anyone else gets 404. Lines: a segment of the month per plan terms and market rate, prorated by day; a free plan's line is zero with its market value (in-kind support).",
  })
  @ApiOkResponse({
    description: 'The invoice',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(InvoiceDetailDto) } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiNotFoundResponse({ type: ProblemResponseDto })
  async getInvoice(
    @Param('slug') _slug: string,
    @Param('invoiceId', IdPipe) invoiceId: string,
    @Query() query: InvoiceFormatQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvoiceDetailDto | Buffer> {
    if (!query.format || query.format === 'json') return this.invoices.get(invoiceId);
    const file = await this.invoices.pdf(invoiceId);
    reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }

  @Roles('owner', 'manager')
  @Post('invoices/:invoiceId/credit-notes')
  @Idempotent()
  @ApiOperation({ summary: 'Credit an invoice', description: 'An issued invoice is never edited: a credit note, with a reason, lowers its balance. Numbered in its own series (HUB-CN-2026-000001).' })
  @ApiCreatedResponse({ type: InvoiceDto })
  @ApiNotFoundResponse({ type: ProblemResponseDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'CREDIT_EXCEEDS_BALANCE (more than the invoice has open), NOT_AN_INVOICE (a credit note)' })
  creditInvoice(@Param('slug') _slug: string, @Param('invoiceId', IdPipe) invoiceId: string, @Body() body: CreateCreditNoteDto): Promise<InvoiceDto> {
    return this.invoices.creditNote(invoiceId, body);
  }

  @Roles('owner', 'manager')
  @Get('billing/settings')
  @ApiOperation({ summary: 'Billing settings: the invoice number prefix and payment terms' })
  @ApiOkResponse({ type: BillingSettingsDto })
  getBillingSettings(@Param('slug') _slug: string): Promise<BillingSettingsDto> {
    return this.invoices.settings();
  }

  @Roles('owner')
  @Put('billing/settings')
  @ApiOperation({ summary: 'Change the invoice number prefix or payment terms', description: 'Applies to invoices issued from now on; numbering per year goes on without a gap.' })
  @ApiOkResponse({ type: BillingSettingsDto })
  updateBillingSettings(@Param('slug') _slug: string, @Body() body: UpdateBillingSettingsDto): Promise<BillingSettingsDto> {
    return this.invoices.updateSettings(body);
  }
}
