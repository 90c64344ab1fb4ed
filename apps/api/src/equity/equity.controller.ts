import { Idempotent, IdPipe, PageQueryDto, ProblemResponseDto, Roles } from '@hatchery/core';
import {
  CapTableDto,
  capTableCsv,
  CapTableQueryDto,
  CreateEntryDto,
  CreateHolderDto,
  CreateInvestmentDto,
  CreateProceedsDto,
  CreateShareClassDto,
  EquityEntryDto,
  EquityEntryPageDto,
  EquityService,
  HolderDto,
  InvestmentDto,
  PortfolioDto,
  portfolioCsv,
  PortfolioQueryDto,
  ProceedsDto,
  ReverseEntryDto,
  ShareClassDto,
} from '@hatchery/equity';
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

const UTF8_BOM = '\uFEFF';
const CSV_SCHEMA = { type: 'string', description: 'CSV with a UTF-8 byte-order mark' } as const;
const ENTRY_CONFLICTS = 'INSUFFICIENT_SHARES, EQUITY_OUT_OF_RANGE, EQUITY_MAJORITY_FORBIDDEN, ENTRY_OUT_OF_ORDER';
const ENTRY_BAD_INPUT = 'VALIDATION_FAILED, ENTRY_BEFORE_STARTUP, ENTRY_IN_FUTURE, UNKNOWN_SHARE_CLASS, UNKNOWN_HOLDER';

/**
 * Cap tables, investments, proceeds and the portfolio. Owners and managers read and write;
 * founders read their own startup's cap table and nothing else here; reviewers and mentors nothing.
 */
@ApiTags('equity')
@ApiExtraModels(CapTableDto, PortfolioDto)
@Controller('organizations/:slug')
export class EquityController {
  constructor(private readonly equity: EquityService) {}

  @Roles('owner', 'manager', 'founder')
  @Get('startups/:startupId/cap-table')
  @ApiOperation({
    summary: "A startup's cap table as of a date (JSON, or CSV with format=csv)",
    description:
      'Derived from the ledger at the end of asOf (default today). view=fully-diluted adds the option pool and unconverted SAFEs and notes counted at their recorded conversion shares (listed, not counted, without). Exact fractions, and basis points by the largest-remainder rule (the column sums to 10000). Staff, or the startup\'s founders.',
  })
  @ApiOkResponse({ description: 'The cap table', content: { 'application/json': { schema: { $ref: getSchemaPath(CapTableDto) } }, 'text/csv': { schema: CSV_SCHEMA } } })
  async getCapTable(
    @Param('slug') _slug: string,
    @Param('startupId', IdPipe) startupId: string,
    @Query() query: CapTableQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CapTableDto | string> {
    const table = await this.equity.capTable(startupId, query);
    if (query.format !== 'csv') return table;
    reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="cap-table-${startupId}-${table.asOf}.csv"`);
    return UTF8_BOM + capTableCsv(table);
  }

  @Roles('owner', 'manager')
  @Get('startups/:startupId/share-classes')
  @ApiOperation({ summary: "A startup's share classes" })
  @ApiOkResponse({ type: [ShareClassDto] })
  listShareClasses(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<ShareClassDto[]> {
    return this.equity.listShareClasses(startupId);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/share-classes')
  @Idempotent()
  @ApiOperation({ summary: 'Add a share class (common or preferred)' })
  @ApiCreatedResponse({ type: ShareClassDto })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'SHARE_CLASS_EXISTS' })
  createShareClass(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateShareClassDto): Promise<ShareClassDto> {
    return this.equity.createShareClass(startupId, body);
  }

  @Roles('owner', 'manager')
  @Get('startups/:startupId/holders')
  @ApiOperation({ summary: "A cap table's holders", description: 'The organization itself is always one.' })
  @ApiOkResponse({ type: [HolderDto] })
  listHolders(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<HolderDto[]> {
    return this.equity.listHolders(startupId);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/holders')
  @Idempotent()
  @ApiOperation({ summary: 'Add a holder (a founder, an outside investor or an option pool)' })
  @ApiCreatedResponse({ type: HolderDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED, NOT_A_FOUNDER' })
  @ApiConflictResponse({ type: ProblemResponseDto, description: 'HOLDER_EXISTS' })
  createHolder(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateHolderDto): Promise<HolderDto> {
    return this.equity.createHolder(startupId, body);
  }

  @Roles('owner', 'manager')
  @Get('startups/:startupId/equity/entries')
  @ApiOperation({ summary: "A cap table's ledger", description: 'Newest first, a page at a time.' })
  @ApiOkResponse({ type: EquityEntryPageDto })
  listEquityEntries(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Query() query: PageQueryDto): Promise<EquityEntryPageDto> {
    return this.equity.listEntries(startupId, query);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/equity/entries')
  @Idempotent()
  @ApiOperation({ summary: 'Book a ledger entry (issuance, transfer, cancellation)', description: "Checked against the balance and the startup's programme stake rules. An issuance with convertsInvestmentId converts a SAFE or a note (once): from its date on the instrument is no longer counted in the fully diluted view." })
  @ApiCreatedResponse({ type: EquityEntryDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: `${ENTRY_BAD_INPUT}, UNKNOWN_INVESTMENT, NOT_CONVERTIBLE, CONVERSION_HOLDER_MISMATCH, CONVERSION_BEFORE_INVESTMENT` })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `${ENTRY_CONFLICTS}, INSTRUMENT_ALREADY_CONVERTED` })
  createEquityEntry(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateEntryDto): Promise<EquityEntryDto> {
    return this.equity.createEntry(startupId, body);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/equity/entries/:entryId/reversal')
  @Idempotent()
  @ApiOperation({ summary: 'Reverse an entry', description: 'Books the opposite entry (reversesEntryId); history is never changed. Once per entry.' })
  @ApiCreatedResponse({ type: EquityEntryDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: ENTRY_BAD_INPUT })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `ENTRY_ALREADY_REVERSED, ENTRY_IS_REVERSAL, CONVERSION_IS_FINAL, ${ENTRY_CONFLICTS}` })
  reverseEquityEntry(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Param('entryId', IdPipe) entryId: string, @Body() body: ReverseEntryDto): Promise<EquityEntryDto> {
    return this.equity.reverse(startupId, entryId, body);
  }

  @Roles('owner', 'manager')
  @Get('startups/:startupId/investments')
  @ApiOperation({ summary: "A startup's investments", description: 'With their write-offs.' })
  @ApiOkResponse({ type: [InvestmentDto] })
  listInvestments(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string): Promise<InvestmentDto[]> {
    return this.equity.listInvestments(startupId);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/investments')
  @Idempotent()
  @ApiOperation({ summary: 'Record an investment', description: 'An equity investment books its issuance in the same transaction.' })
  @ApiCreatedResponse({ type: InvestmentDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: `${ENTRY_BAD_INPUT}, CURRENCY_MISMATCH, INVALID_INVESTOR, INVESTMENT_DATE_INVALID` })
  @ApiConflictResponse({ type: ProblemResponseDto, description: `${ENTRY_CONFLICTS}, INVESTMENT_BUYS_NO_SHARES` })
  createInvestment(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateInvestmentDto): Promise<InvestmentDto> {
    return this.equity.createInvestment(startupId, body);
  }

  @Roles('owner', 'manager')
  @Post('startups/:startupId/proceeds')
  @Idempotent()
  @ApiOperation({
    summary: 'Record proceeds',
    description:
      "Money the organization got back from the startup: an exit, a sale of some of its shares, a dividend. Recorded whatever the startup's status: money returned before an exit is real, and no route sets the outcome exited yet.",
  })
  @ApiCreatedResponse({ type: ProceedsDto })
  @ApiBadRequestResponse({ type: ProblemResponseDto, description: 'VALIDATION_FAILED, PROCEEDS_DATE_INVALID' })
  recordProceeds(@Param('slug') _slug: string, @Param('startupId', IdPipe) startupId: string, @Body() body: CreateProceedsDto): Promise<ProceedsDto> {
    return this.equity.recordProceeds(startupId, body);
  }

  @Roles('owner', 'manager')
  @Get('portfolio')
  @ApiOperation({ summary: "The organization's portfolio (JSON, or CSV with format=csv)", description: 'Per startup: the stake, and per currency what was invested, written off and returned; never summed across currencies.' })
  @ApiOkResponse({ description: 'The portfolio', content: { 'application/json': { schema: { $ref: getSchemaPath(PortfolioDto) } }, 'text/csv': { schema: CSV_SCHEMA } } })
  async getPortfolio(@Param('slug') _slug: string, @Query() query: PortfolioQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PortfolioDto | string> {
    const portfolio = await this.equity.portfolio();
    if (query.format !== 'csv') return portfolio;
    reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="portfolio.csv"');
    return UTF8_BOM + portfolioCsv(portfolio);
  }
}
