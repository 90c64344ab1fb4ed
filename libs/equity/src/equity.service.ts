import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EnrolmentsService } from '@hatchery/cohorts';
import { AuditService, Clock, ConflictError, decodeCursor, DomainError, newId, NotFoundError, Page, PageQueryDto, RequestContext, toPage, ValidationFailedError } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import { ProgrammesService } from '@hatchery/programmes';
import { StartupsService } from '@hatchery/startups';
import { CapTableQueryDto, CreateEntryDto, CreateHolderDto, CreateInvestmentDto, CreateProceedsDto, CreateShareClassDto, ReverseEntryDto } from './dto/equity.dto';
import { CapTableDto, CapTableRowDto, EquityEntryDto, HolderDto, InstrumentRowDto, InvestmentDto, PortfolioDto, PortfolioMoneyDto, ProceedsDto, ShareClassDto } from './dto/equity.response.dto';
import { Holder, ShareClass } from './entities/cap-table.entity';
import { fraction, largestRemainderBps, sharesForInvestment, sharesToReachStake } from './equity-math';
import { POSITIONS_SQL, INSTRUMENTS_SQL, PORTFOLIO_SQL } from './equity.sql';
import { applyEntry, checkEntry, CountedInstrument, EntryChange, EntryKind, HolderKind, Position, StakePolicy, totals } from './stake-rules';

/** A date far enough ahead to mean "every entry" (the ledger never holds a later one: entries are not future-dated). */
const END_OF_TIME = '9999-12-31';

interface PositionRow {
  holder_id: string;
  share_class_id: string;
  shares: string;
}

interface EntryRow {
  id: string;
  startup_id: string;
  kind: EntryKind;
  entry_date: string;
  share_class_id: string;
  from_holder_id: string | null;
  to_holder_id: string | null;
  shares: string;
  price_minor: string | null;
  price_currency: string | null;
  reverses_entry_id: string | null;
  converts_investment_id: string | null;
  override_reason: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Date;
}

const ENTRY_COLUMNS = `id, startup_id, kind, entry_date::text AS entry_date, share_class_id, from_holder_id, to_holder_id, shares::text AS shares, price_minor::text AS price_minor, price_currency, reverses_entry_id, converts_investment_id, override_reason, note, created_by, created_at`;

function toEntryView(r: EntryRow): EquityEntryDto {
  return {
    id: r.id,
    startupId: r.startup_id,
    kind: r.kind,
    date: r.entry_date,
    shareClassId: r.share_class_id,
    fromHolderId: r.from_holder_id,
    toHolderId: r.to_holder_id,
    shares: r.shares,
    pricePerShare: r.price_minor === null ? null : { amountMinor: Number(r.price_minor), currency: r.price_currency! },
    reversesEntryId: r.reverses_entry_id,
    convertsInvestmentId: r.converts_investment_id,
    overrideReason: r.override_reason,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  };
}

const toClassView = (c: ShareClass): ShareClassDto => ({ id: c.id, startupId: c.startupId, name: c.name, kind: c.kind, createdAt: c.createdAt.toISOString() });
const toHolderView = (h: Holder): HolderDto => ({ id: h.id, startupId: h.startupId, kind: h.kind, name: h.name, userId: h.userId, createdAt: h.createdAt.toISOString() });

/** The local calendar date of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

interface BookInput extends EntryChange {
  date: string;
  priceMinor: number | null;
  priceCurrency: string | null;
  reversesEntryId: string | null;
  /** The SAFE or note this issuance converts. */
  convertsInvestmentId?: string | null;
  overrideReason: string | null;
  note: string | null;
  /** The confirmed stake books past the range rules: it is the stake. */
  skipRange?: boolean;
}

/**
 * Cap tables as a ledger, the organization's stake rules, investments, write-offs, proceeds and the
 * portfolio. Every write for a startup first locks its `cap_tables` row, so entries for one startup
 * are checked one at a time against the ledger as it stands.
 */
@Injectable()
export class EquityService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly startups: StartupsService,
    private readonly enrolments: EnrolmentsService,
    private readonly programmes: ProgrammesService,
    private readonly organizations: OrganizationsService,
  ) {}

  private get tx() {
    return this.txHost.tx;
  }

  private get org() {
    return this.context.requireOrganizationId();
  }

  // ---- cap table, classes, holders ----

  /** The startup (404 when it is another organization's, or a founder's other startup), its creation date and today, in the organization's time zone. */
  private async dates(startupId: string): Promise<{ startedOn: string; today: string }> {
    const startup = await this.startups.get(startupId);
    const { timezone } = await this.organizations.current();
    return { startedOn: localDate(new Date(startup.createdAt), timezone), today: localDate(this.clock.now(), timezone) };
  }

  /** Creates the cap table (and its organization holder) on first use, then locks it for this transaction. */
  private async lock(startupId: string): Promise<void> {
    const created: unknown[] = await this.tx.query(`INSERT INTO cap_tables (startup_id, organization_id) VALUES ($1, $2) ON CONFLICT (startup_id) DO NOTHING RETURNING startup_id`, [startupId, this.org]);
    if (created.length > 0) {
      const { name } = await this.organizations.current();
      await this.tx.query(`INSERT INTO holders (id, organization_id, startup_id, kind, name) VALUES ($1, $2, $3, 'organization', $4)`, [newId(), this.org, startupId, name]);
    }
    await this.tx.query(`SELECT 1 FROM cap_tables WHERE startup_id = $1 FOR UPDATE`, [startupId]);
  }

  async createShareClass(startupId: string, input: CreateShareClassDto): Promise<ShareClassDto> {
    await this.startups.get(startupId);
    await this.lock(startupId);
    const repo = this.tx.getRepository(ShareClass);
    if (await repo.existsBy({ organizationId: this.org, startupId, name: input.name })) throw new ConflictError('SHARE_CLASS_EXISTS', `This startup already has a class named ${input.name}.`);
    const id = newId();
    await repo.insert({ id, organizationId: this.org, startupId, name: input.name, kind: input.kind });
    const view = toClassView(await repo.findOneByOrFail({ id }));
    await this.audit.record({ action: 'equity.share-class-created', entityType: 'share_class', entityId: id, after: view });
    return view;
  }

  async listShareClasses(startupId: string): Promise<ShareClassDto[]> {
    await this.startups.get(startupId);
    return (await this.tx.getRepository(ShareClass).find({ where: { organizationId: this.org, startupId }, order: { createdAt: 'ASC', id: 'ASC' } })).map(toClassView);
  }

  async createHolder(startupId: string, input: CreateHolderDto): Promise<HolderDto> {
    await this.startups.get(startupId);
    if (input.userId && input.kind !== 'founder') throw new ValidationFailedError([{ field: 'userId', message: 'only a founder holder is linked to an account' }]);
    if (input.userId && !(await this.startups.isFounder(startupId, input.userId))) {
      throw new DomainError(400, 'NOT_A_FOUNDER', 'That person is not a founder of this startup.', { errors: [{ field: 'userId', message: 'must be a founder of this startup' }] });
    }
    await this.lock(startupId);
    const repo = this.tx.getRepository(Holder);
    if (input.userId && (await repo.existsBy({ organizationId: this.org, startupId, userId: input.userId }))) throw new ConflictError('HOLDER_EXISTS', 'This founder is a holder already.');
    const id = newId();
    await repo.insert({ id, organizationId: this.org, startupId, kind: input.kind, name: input.name, userId: input.userId ?? null });
    const view = toHolderView(await repo.findOneByOrFail({ id }));
    await this.audit.record({ action: 'equity.holder-created', entityType: 'holder', entityId: id, after: view });
    return view;
  }

  /** The cap table's holders, the organization first (it is created with the cap table). */
  async listHolders(startupId: string): Promise<HolderDto[]> {
    await this.startups.get(startupId);
    await this.lock(startupId);
    return (await this.holders(startupId)).map(toHolderView);
  }

  private async holders(startupId: string): Promise<Holder[]> {
    return this.tx.getRepository(Holder).find({ where: { organizationId: this.org, startupId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Every holder's shares of every class at the end of `asOf`, from the ledger, in one set-based query. */
  private async positionRows(startupId: string, asOf: string): Promise<PositionRow[]> {
    return this.tx.query(POSITIONS_SQL, [this.org, startupId, asOf]);
  }

  /** The startup's SAFEs and notes made by `asOf`, each with the issuance that converted it by then, if any. */
  private async instrumentRows(startupId: string, asOf: string) {
    const rows: {
      id: string; investor_holder_id: string; instrument: InstrumentRowDto['instrument']; amount_minor: string; currency: string; conversion_shares: string | null;
      converted_entry_id: string | null; converted_on: string | null;
    }[] = await this.tx.query(INSTRUMENTS_SQL, [this.org, startupId, asOf]);
    return rows;
  }

  /** The instruments counted in the fully diluted total: recorded conversion shares, not converted yet. */
  private async countedInstruments(startupId: string, kinds: Map<string, HolderKind>): Promise<CountedInstrument[]> {
    return (await this.instrumentRows(startupId, END_OF_TIME))
      .filter((i) => i.conversion_shares !== null && i.converted_entry_id === null)
      .map((i) => ({ investmentId: i.id, holderId: i.investor_holder_id, holderKind: kinds.get(i.investor_holder_id)!, shares: BigInt(i.conversion_shares!) }));
  }

  private async policy(startupId: string): Promise<StakePolicy> {
    const enrolments = await this.enrolments.forStartup(startupId);
    const latest = enrolments.filter((e) => e.status !== 'withdrawn').pop() ?? enrolments.pop();
    if (!latest) return { kind: 'none' };
    return (await this.programmes.get(latest.programmeId)).equityPolicy;
  }

  // ---- entries ----

  async createEntry(startupId: string, input: CreateEntryDto): Promise<EquityEntryDto> {
    const needsFrom = input.kind !== 'issuance';
    const needsTo = input.kind !== 'cancellation';
    const errors = [];
    if (needsFrom !== (input.fromHolderId !== undefined)) errors.push({ field: 'fromHolderId', message: needsFrom ? `required for a ${input.kind}` : 'not allowed for an issuance' });
    if (needsTo !== (input.toHolderId !== undefined)) errors.push({ field: 'toHolderId', message: needsTo ? `required for a ${input.kind}` : 'not allowed for a cancellation' });
    if (input.fromHolderId && input.fromHolderId === input.toHolderId) errors.push({ field: 'toHolderId', message: 'must differ from fromHolderId' });
    if (input.convertsInvestmentId !== undefined && input.kind !== 'issuance') errors.push({ field: 'convertsInvestmentId', message: 'only an issuance converts a SAFE or a note' });
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return this.book(startupId, {
      kind: input.kind,
      date: input.date,
      shareClassId: input.shareClassId,
      fromHolderId: input.fromHolderId ?? null,
      toHolderId: input.toHolderId ?? null,
      toHolderKind: null,
      shares: BigInt(input.shares),
      priceMinor: input.pricePerShare?.amountMinor ?? null,
      priceCurrency: input.pricePerShare?.currency ?? null,
      reversesEntryId: null,
      convertsInvestmentId: input.convertsInvestmentId ?? null,
      overrideReason: input.overrideReason ?? null,
      note: input.note ?? null,
    });
  }

  /** Undoes an entry with one of its own: an issuance by a cancellation, a cancellation by an issuance, a transfer by the transfer back. */
  async reverse(startupId: string, entryId: string, input: ReverseEntryDto): Promise<EquityEntryDto> {
    await this.startups.get(startupId);
    await this.lock(startupId);
    const [original]: EntryRow[] = await this.tx.query(`SELECT ${ENTRY_COLUMNS} FROM equity_entries WHERE organization_id = $1 AND startup_id = $2 AND id = $3`, [this.org, startupId, entryId]);
    if (!original) throw new NotFoundError('Entry');
    if (original.reverses_entry_id) throw new ConflictError('ENTRY_IS_REVERSAL', 'A reversal is not reversed; book a new entry instead.');
    const [done]: unknown[] = await this.tx.query(`SELECT 1 FROM equity_entries WHERE organization_id = $1 AND reverses_entry_id = $2`, [this.org, entryId]);
    if (done) throw new ConflictError('ENTRY_ALREADY_REVERSED', 'This entry has been reversed already.');
    if (original.converts_investment_id) {
      throw new ConflictError('CONVERSION_IS_FINAL', 'This issuance converted a SAFE or a note, which stays converted: correct its shares with an issuance or a cancellation.');
    }
    const kind: EntryKind = original.kind === 'issuance' ? 'cancellation' : original.kind === 'cancellation' ? 'issuance' : 'transfer';
    return this.book(startupId, {
      kind,
      date: input.date,
      shareClassId: original.share_class_id,
      fromHolderId: original.to_holder_id,
      toHolderId: original.from_holder_id,
      toHolderKind: null,
      shares: BigInt(original.shares),
      priceMinor: original.price_minor === null ? null : Number(original.price_minor),
      priceCurrency: original.price_currency,
      reversesEntryId: original.id,
      overrideReason: input.overrideReason ?? null,
      note: input.note,
    });
  }

  /**
   * Books one entry after every check, under the cap table's lock: the date (not before the
   * startup existed, not after today, not before the latest entry: the ledger is kept in date
   * order, so the state after this entry is the state from its date on), the class and holders
   * (this startup's), the balance, and the programme's stake rules.
   */
  private async book(startupId: string, input: BookInput): Promise<EquityEntryDto> {
    const { startedOn, today } = await this.dates(startupId);
    await this.lock(startupId);
    if (input.date < startedOn) {
      throw new DomainError(400, 'ENTRY_BEFORE_STARTUP', `The startup exists from ${startedOn}; an entry cannot be dated before it.`, { errors: [{ field: 'date', message: `must be ${startedOn} or later` }] });
    }
    if (input.date > today) throw new DomainError(400, 'ENTRY_IN_FUTURE', `Entries are booked when they happen: ${input.date} is after today (${today}).`, { errors: [{ field: 'date', message: `must be ${today} or earlier` }] });
    const [{ latest }]: { latest: string | null }[] = await this.tx.query(`SELECT max(entry_date)::text AS latest FROM equity_entries WHERE organization_id = $1 AND startup_id = $2`, [this.org, startupId]);
    if (latest && input.date < latest) {
      throw new ConflictError('ENTRY_OUT_OF_ORDER', `The cap table's latest entry is dated ${latest}; entries are booked in date order (correct an earlier one with a reversing entry).`, { errors: [{ field: 'date', message: `must be ${latest} or later` }] });
    }
    const shareClass = await this.tx.getRepository(ShareClass).findOneBy({ organizationId: this.org, startupId, id: input.shareClassId });
    if (!shareClass) throw new DomainError(400, 'UNKNOWN_SHARE_CLASS', 'No such share class in this cap table.', { errors: [{ field: 'shareClassId', message: 'must be a share class of this startup' }] });
    const holders = await this.holders(startupId);
    const kinds = new Map(holders.map((h) => [h.id, h.kind as HolderKind]));
    for (const [field, id] of [['fromHolderId', input.fromHolderId], ['toHolderId', input.toHolderId]] as const) {
      if (id && !kinds.has(id)) throw new DomainError(400, 'UNKNOWN_HOLDER', 'No such holder in this cap table.', { errors: [{ field, message: 'must be a holder of this startup' }] });
    }
    const entry: EntryChange = { ...input, toHolderKind: input.toHolderId ? kinds.get(input.toHolderId)! : null };
    const before: Position[] = (await this.positionRows(startupId, END_OF_TIME)).map((r) => ({ holderId: r.holder_id, holderKind: kinds.get(r.holder_id)!, shareClassId: r.share_class_id, shares: BigInt(r.shares) }));
    const instruments = await this.countedInstruments(startupId, kinds);
    let instrumentsAfter = instruments;
    if (input.convertsInvestmentId) {
      await this.checkConversion(startupId, input);
      instrumentsAfter = instruments.filter((i) => i.investmentId !== input.convertsInvestmentId);
    }
    let policy = await this.policy(startupId);
    if (input.skipRange && policy.kind === 'range') policy = { ...policy, minBps: 0, maxBps: 10000 };
    const verdict = checkEntry({ policy, before, after: applyEntry(before, entry, kinds), entry, instruments, instrumentsAfter, overrideReason: input.overrideReason });
    if (!verdict.ok) throw new ConflictError(verdict.code, verdict.message);
    const id = newId();
    await this.tx.query(
      `INSERT INTO equity_entries (id, organization_id, startup_id, kind, entry_date, share_class_id, from_holder_id, to_holder_id, shares, price_minor, price_currency, reverses_entry_id, converts_investment_id, override_reason, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        id, this.org, startupId, input.kind, input.date, input.shareClassId, input.fromHolderId, input.toHolderId, input.shares.toString(), input.priceMinor, input.priceCurrency, input.reversesEntryId,
        input.convertsInvestmentId ?? null, input.overrideReason, input.note, this.context.userId ?? null,
      ],
    );
    const [row]: EntryRow[] = await this.tx.query(`SELECT ${ENTRY_COLUMNS} FROM equity_entries WHERE id = $1`, [id]);
    const view = toEntryView(row);
    await this.audit.record({ action: input.reversesEntryId ? 'equity.entry-reversed' : `equity.${input.kind}`, entityType: 'equity_entry', entityId: id, after: view });
    return view;
  }

  /**
   * An issuance that converts a SAFE or a note (checked under the cap table's lock): the
   * investment is this startup's, a SAFE or a note, not converted yet, and the shares go to its
   * investor, not before the day it was made. The shares may differ from the recorded conversion
   * shares (those were an estimate until the round priced it).
   */
  private async checkConversion(startupId: string, input: BookInput): Promise<void> {
    const field = 'convertsInvestmentId';
    const [investment]: { instrument: string; investor_holder_id: string; invested_on: string; converted_by: string | null }[] = await this.tx.query(
      `SELECT i.instrument, i.investor_holder_id, i.invested_on::text AS invested_on, c.id AS converted_by
         FROM investments i LEFT JOIN equity_entries c ON c.converts_investment_id = i.id
        WHERE i.organization_id = $1 AND i.startup_id = $2 AND i.id = $3`,
      [this.org, startupId, input.convertsInvestmentId],
    );
    if (!investment) throw new DomainError(400, 'UNKNOWN_INVESTMENT', 'No such investment in this startup.', { errors: [{ field, message: 'must be an investment in this startup' }] });
    if (investment.instrument === 'equity') {
      throw new DomainError(400, 'NOT_CONVERTIBLE', 'An equity investment booked its shares when it was made; only a SAFE or a note converts.', { errors: [{ field, message: 'must be a SAFE or a convertible note' }] });
    }
    if (investment.converted_by) throw new ConflictError('INSTRUMENT_ALREADY_CONVERTED', `This ${investment.instrument.replace('_', ' ')} was converted by entry ${investment.converted_by}.`);
    if (input.toHolderId !== investment.investor_holder_id) {
      throw new DomainError(400, 'CONVERSION_HOLDER_MISMATCH', "A conversion issues the shares to the instrument's investor.", { errors: [{ field: 'toHolderId', message: `must be ${investment.investor_holder_id}` }] });
    }
    if (input.date < investment.invested_on) {
      throw new DomainError(400, 'CONVERSION_BEFORE_INVESTMENT', `The instrument was made on ${investment.invested_on}; it cannot convert before.`, { errors: [{ field: 'date', message: `must be ${investment.invested_on} or later` }] });
    }
  }

  async listEntries(startupId: string, page: PageQueryDto): Promise<Page<EquityEntryDto>> {
    await this.startups.get(startupId);
    const params: unknown[] = [this.org, startupId, page.limit + 1];
    const after = decodeCursor(page.cursor);
    if (after) params.push(after);
    const rows: EntryRow[] = await this.tx.query(
      `SELECT ${ENTRY_COLUMNS} FROM equity_entries WHERE organization_id = $1 AND startup_id = $2 ${after ? 'AND id < $4' : ''} ORDER BY id DESC LIMIT $3`,
      params,
    );
    return toPage(rows, page.limit, toEntryView);
  }

  // ---- the cap table ----

  /**
   * The cap table at the end of `asOf` (default today). Outstanding view: every holder but the
   * option pool. Fully diluted: the option pool's reserve too, and unconverted SAFEs and notes
   * counted at their recorded conversion shares (one without is listed, not counted).
   */
  async capTable(startupId: string, query: CapTableQueryDto): Promise<CapTableDto> {
    const { today } = await this.dates(startupId);
    const asOf = query.asOf ?? today;
    const view = query.view ?? 'outstanding';
    const fullyDiluted = view === 'fully-diluted';
    const [holders, classes, positions, instruments] = [await this.holders(startupId), await this.tx.getRepository(ShareClass).find({ where: { organizationId: this.org, startupId }, order: { createdAt: 'ASC', id: 'ASC' } }), await this.positionRows(startupId, asOf), fullyDiluted ? await this.instrumentRows(startupId, asOf) : []];
    const className = new Map(classes.map((c) => [c.id, c.name]));
    const holderById = new Map(holders.map((h) => [h.id, h]));
    const counted = new Map<string, bigint>();
    for (const i of instruments) if (i.conversion_shares !== null && i.converted_entry_id === null) counted.set(i.investor_holder_id, (counted.get(i.investor_holder_id) ?? 0n) + BigInt(i.conversion_shares));
    const rows = holders
      .filter((h) => fullyDiluted || h.kind !== 'option_pool')
      .map((h) => {
        const byClass = positions.filter((p) => p.holder_id === h.id).map((p) => ({ shareClassId: p.share_class_id, shareClassName: className.get(p.share_class_id) ?? '', shares: p.shares }));
        const held = byClass.reduce((sum, c) => sum + BigInt(c.shares), 0n);
        const instrumentShares = counted.get(h.id) ?? 0n;
        return { holder: h, byClass, instrumentShares, shares: held + instrumentShares };
      })
      .filter((r) => r.shares !== 0n);
    const total = rows.reduce((sum, r) => sum + r.shares, 0n);
    const bps = largestRemainderBps(rows.map((r) => r.shares));
    const organization = rows.find((r) => r.holder.kind === 'organization')?.shares ?? 0n;
    return {
      startupId,
      asOf,
      view,
      totalShares: total.toString(),
      rows: rows.map(
        (r, i): CapTableRowDto => ({
          holderId: r.holder.id,
          holderName: r.holder.name,
          holderKind: r.holder.kind,
          userId: r.holder.userId,
          shares: r.shares.toString(),
          byClass: r.byClass,
          instrumentShares: r.instrumentShares.toString(),
          fraction: fraction(r.shares, total),
          bps: bps[i],
        }),
      ),
      shareClasses: classes.map(toClassView),
      instruments: instruments.map((i) => ({
        investmentId: i.id,
        holderId: i.investor_holder_id,
        holderName: holderById.get(i.investor_holder_id)?.name ?? '',
        instrument: i.instrument,
        amount: { amountMinor: Number(i.amount_minor), currency: i.currency },
        conversionShares: i.conversion_shares,
        counted: i.conversion_shares !== null && i.converted_entry_id === null,
        conversionEntryId: i.converted_entry_id,
        convertedOn: i.converted_on,
      })),
      organizationStake: fraction(organization, total),
    };
  }

  // ---- the fixed stake ----

  /**
   * A confirmed stake action: issues to the organization exactly the shares that bring it to the
   * stake (x = floor((bps·T − 10000·O)/(10000 − bps)), T the outstanding total, O what it holds,
   * so never above the stake), in the first common class (a "Common" class is created when there
   * is none), dated the action's effective date or, if later, the latest entry's date or the
   * startup's first day. Once per action: the action id is the booking's primary key, checked
   * under the cap table's lock. Nothing is issued when the organization already holds the stake or
   * nobody else holds shares yet; the booking records which.
   */
  async bookConfirmedStake(input: { actionId: string; startupId: string; stakeBps: number; effectiveOn: string }): Promise<{ outcome: string; shares: string }> {
    const { startupId } = input;
    const { startedOn, today } = await this.dates(startupId);
    await this.lock(startupId);
    const [existing]: { outcome: string; shares: string }[] = await this.tx.query(`SELECT outcome, shares::text AS shares FROM stake_bookings WHERE action_id = $1`, [input.actionId]);
    if (existing) return existing;
    const holders = await this.holders(startupId);
    const kinds = new Map(holders.map((h) => [h.id, h.kind as HolderKind]));
    const positions = (await this.positionRows(startupId, END_OF_TIME)).map((r) => ({ holderId: r.holder_id, holderKind: kinds.get(r.holder_id)!, shareClassId: r.share_class_id, shares: BigInt(r.shares) }));
    const t = totals(positions);
    const shares = sharesToReachStake(input.stakeBps, t.organization, t.outstanding);
    let outcome = 'issued';
    let entryId: string | null = null;
    if (shares === 0n) {
      outcome = t.outstanding - t.organization === 0n ? 'nothing_to_dilute' : 'already_at_stake';
    } else {
      const [{ latest }]: { latest: string | null }[] = await this.tx.query(`SELECT max(entry_date)::text AS latest FROM equity_entries WHERE organization_id = $1 AND startup_id = $2`, [this.org, startupId]);
      const date = [input.effectiveOn, latest ?? startedOn, startedOn].sort().pop()!;
      const common = await this.commonClass(startupId);
      const entry = await this.book(startupId, {
        kind: 'issuance',
        date: date > today ? today : date,
        shareClassId: common.id,
        fromHolderId: null,
        toHolderId: holders.find((h) => h.kind === 'organization')!.id,
        toHolderKind: 'organization',
        shares,
        priceMinor: null,
        priceCurrency: null,
        reversesEntryId: null,
        overrideReason: null,
        note: `The programme's ${input.stakeBps / 100} % stake, confirmed (action ${input.actionId}).`,
        skipRange: true,
      });
      entryId = entry.id;
    }
    await this.tx.query(`INSERT INTO stake_bookings (action_id, organization_id, startup_id, stake_bps, shares, entry_id, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      input.actionId,
      this.org,
      startupId,
      input.stakeBps,
      shares.toString(),
      entryId,
      outcome,
    ]);
    await this.audit.record({ action: 'equity.stake-booked', entityType: 'stake_booking', entityId: input.actionId, after: { startupId, stakeBps: input.stakeBps, shares: shares.toString(), outcome, entryId } });
    return { outcome, shares: shares.toString() };
  }

  private async commonClass(startupId: string): Promise<ShareClass> {
    const repo = this.tx.getRepository(ShareClass);
    const found = await repo.findOne({ where: { organizationId: this.org, startupId, kind: 'common' }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (found) return found;
    const id = newId();
    await repo.insert({ id, organizationId: this.org, startupId, name: 'Common', kind: 'common' });
    await this.audit.record({ action: 'equity.share-class-created', entityType: 'share_class', entityId: id, after: { startupId, name: 'Common', kind: 'common' } });
    return repo.findOneByOrFail({ id });
  }

  // ---- investments, write-offs, proceeds ----

  /**
   * An investment. Equity books its issuance in the same transaction: the shares given, else
   * floor(amount × fully diluted shares before / pre-money valuation). A SAFE or a note books no
   * shares; with conversionShares it counts in the fully diluted view.
   */
  async createInvestment(startupId: string, input: CreateInvestmentDto): Promise<InvestmentDto> {
    if (input.amount.currency !== input.preMoneyValuation.currency) {
      throw new DomainError(400, 'CURRENCY_MISMATCH', 'The amount and the pre-money valuation must be in one currency.', { errors: [{ field: 'preMoneyValuation.currency', message: `must be ${input.amount.currency}` }] });
    }
    if (input.amount.amountMinor <= 0 || input.preMoneyValuation.amountMinor <= 0) {
      throw new ValidationFailedError([{ field: input.amount.amountMinor <= 0 ? 'amount.amountMinor' : 'preMoneyValuation.amountMinor', message: 'must be positive' }]);
    }
    const equity = input.instrument === 'equity';
    if (equity && input.conversionShares !== undefined) throw new ValidationFailedError([{ field: 'conversionShares', message: 'only for a SAFE or a convertible note' }]);
    if (!equity && (input.shares !== undefined || input.shareClassId !== undefined)) throw new ValidationFailedError([{ field: input.shares !== undefined ? 'shares' : 'shareClassId', message: 'only for an equity investment' }]);
    const { startedOn, today } = await this.dates(startupId);
    await this.lock(startupId);
    const holders = await this.holders(startupId);
    const investor = holders.find((h) => h.id === input.investorHolderId);
    if (!investor) throw new DomainError(400, 'UNKNOWN_HOLDER', 'No such holder in this cap table.', { errors: [{ field: 'investorHolderId', message: 'must be a holder of this startup' }] });
    if (investor.kind !== 'organization' && investor.kind !== 'investor') {
      throw new DomainError(400, 'INVALID_INVESTOR', 'An investor is the organization or an outside investor.', { errors: [{ field: 'investorHolderId', message: 'must be the organization or an investor holder' }] });
    }
    if (input.date < startedOn || input.date > today) throw new DomainError(400, 'INVESTMENT_DATE_INVALID', `The date must lie between ${startedOn} and today (${today}).`, { errors: [{ field: 'date', message: `from ${startedOn} to ${today}` }] });
    const id = newId();
    let entry: EquityEntryDto | null = null;
    if (equity) {
      const shareClass = input.shareClassId ? { id: input.shareClassId } : await this.commonClass(startupId);
      let shares: bigint;
      if (input.shares !== undefined) shares = BigInt(input.shares);
      else {
        const kinds = new Map(holders.map((h) => [h.id, h.kind as HolderKind]));
        const positions = (await this.positionRows(startupId, END_OF_TIME)).map((r) => ({ holderId: r.holder_id, holderKind: kinds.get(r.holder_id)!, shareClassId: r.share_class_id, shares: BigInt(r.shares) }));
        const counted = await this.countedInstruments(startupId, kinds);
        shares = sharesForInvestment(BigInt(input.amount.amountMinor), BigInt(input.preMoneyValuation.amountMinor), totals(positions, counted).fullyDiluted);
      }
      if (shares <= 0n) throw new ConflictError('INVESTMENT_BUYS_NO_SHARES', 'At this valuation the amount buys no whole share; give the shares.');
      const amount = BigInt(input.amount.amountMinor);
      const exactPrice = amount % shares === 0n ? Number(amount / shares) : null;
      entry = await this.book(startupId, {
        kind: 'issuance',
        date: input.date,
        shareClassId: shareClass.id,
        fromHolderId: null,
        toHolderId: investor.id,
        toHolderKind: investor.kind,
        shares,
        priceMinor: exactPrice,
        priceCurrency: exactPrice === null ? null : input.amount.currency,
        reversesEntryId: null,
        overrideReason: input.overrideReason ?? null,
        note: `Investment ${id}`,
      });
    } else if (input.conversionShares !== undefined && investor.kind === 'organization') {
      // A counted instrument of the organization's weighs on never-majority like shares would.
      const kinds = new Map(holders.map((h) => [h.id, h.kind as HolderKind]));
      const positions = (await this.positionRows(startupId, END_OF_TIME)).map((r) => ({ holderId: r.holder_id, holderKind: kinds.get(r.holder_id)!, shareClassId: r.share_class_id, shares: BigInt(r.shares) }));
      const counted = await this.countedInstruments(startupId, kinds);
      counted.push({ investmentId: id, holderId: investor.id, holderKind: 'organization', shares: BigInt(input.conversionShares) });
      const policy = await this.policy(startupId);
      const t = totals(positions, counted);
      if (policy.kind === 'range' && policy.neverMajority && t.organizationFullyDiluted > 0n && 2n * t.organizationFullyDiluted >= t.fullyDiluted) {
        throw new ConflictError('EQUITY_MAJORITY_FORBIDDEN', 'Counted at its conversion shares, the organization would hold 50 % or more of the fully diluted total.');
      }
    }
    await this.tx.query(
      `INSERT INTO investments (id, organization_id, startup_id, investor_holder_id, instrument, amount_minor, currency, pre_money_minor, invested_on, entry_id, conversion_shares, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [id, this.org, startupId, investor.id, input.instrument, input.amount.amountMinor, input.amount.currency, input.preMoneyValuation.amountMinor, input.date, entry?.id ?? null, input.conversionShares ?? null, this.context.userId ?? null],
    );
    const [view] = await this.investments(startupId, id);
    await this.audit.record({ action: 'equity.investment-created', entityType: 'investment', entityId: id, after: view });
    return view;
  }

  async listInvestments(startupId: string): Promise<InvestmentDto[]> {
    await this.startups.get(startupId);
    return this.investments(startupId);
  }

  private async investments(startupId: string, id?: string): Promise<InvestmentDto[]> {
    const rows: {
      id: string; startup_id: string; investor_holder_id: string; instrument: InvestmentDto['instrument']; amount_minor: string; currency: string; pre_money_minor: string; invested_on: string;
      entry_id: string | null; shares: string | null; conversion_shares: string | null; conversion_entry_id: string | null; written_off_minor: string | null; written_off_on: string | null; created_at: Date;
    }[] = await this.tx.query(
      `SELECT i.id, i.startup_id, i.investor_holder_id, i.instrument, i.amount_minor::text AS amount_minor, i.currency, i.pre_money_minor::text AS pre_money_minor, i.invested_on::text AS invested_on,
              i.entry_id, e.shares::text AS shares, i.conversion_shares::text AS conversion_shares, c.id AS conversion_entry_id, w.amount_minor::text AS written_off_minor, w.written_off_on::text AS written_off_on, i.created_at
         FROM investments i
         LEFT JOIN equity_entries e ON e.id = i.entry_id
         LEFT JOIN equity_entries c ON c.converts_investment_id = i.id
         LEFT JOIN write_offs w ON w.investment_id = i.id
        WHERE i.organization_id = $1 AND i.startup_id = $2 ${id ? 'AND i.id = $3' : ''}
        ORDER BY i.invested_on, i.id`,
      id ? [this.org, startupId, id] : [this.org, startupId],
    );
    return rows.map((r) => ({
      id: r.id,
      startupId: r.startup_id,
      investorHolderId: r.investor_holder_id,
      instrument: r.instrument,
      amount: { amountMinor: Number(r.amount_minor), currency: r.currency },
      preMoneyValuation: { amountMinor: Number(r.pre_money_minor), currency: r.currency },
      date: r.invested_on,
      entryId: r.entry_id,
      shares: r.shares,
      conversionShares: r.conversion_shares,
      conversionEntryId: r.conversion_entry_id,
      writtenOff: r.written_off_minor === null ? null : { amountMinor: Number(r.written_off_minor), currency: r.currency },
      writtenOffOn: r.written_off_on,
      createdAt: r.created_at.toISOString(),
    }));
  }

  /**
   * The startup failed: every investment the organization made in it is written off in full, once
   * (the write-off's unique key is the investment), dated the outcome's date. Returns how many.
   */
  async writeOff(startupId: string, on: string, reason: string): Promise<number> {
    const open: { id: string }[] = await this.tx.query(
      `SELECT i.id FROM investments i JOIN holders h ON h.id = i.investor_holder_id AND h.kind = 'organization'
        WHERE i.organization_id = $1 AND i.startup_id = $2 AND NOT EXISTS (SELECT 1 FROM write_offs w WHERE w.investment_id = i.id)`,
      [this.org, startupId],
    );
    if (open.length === 0) return 0;
    const written: { id: string; investment_id: string; amount_minor: string; currency: string }[] = await this.tx.query(
      `INSERT INTO write_offs (id, organization_id, startup_id, investment_id, amount_minor, currency, written_off_on, reason)
       SELECT x.id, i.organization_id, i.startup_id, i.id, i.amount_minor, i.currency, $3, $4
         FROM unnest($1::uuid[], $2::uuid[]) AS x(id, investment_id) JOIN investments i ON i.id = x.investment_id
       ON CONFLICT (investment_id) DO NOTHING
       RETURNING id, investment_id, amount_minor::text AS amount_minor, currency`,
      [open.map(() => newId()), open.map((o) => o.id), on, reason],
    );
    await this.audit.recordMany(
      written.map((w) => ({ action: 'equity.written-off', entityType: 'write_off', entityId: w.id, after: { startupId, investmentId: w.investment_id, amount: { amountMinor: Number(w.amount_minor), currency: w.currency }, on, reason } })),
    );
    return written.length;
  }

  /**
   * Money back from a startup, whatever its status: a secondary sale or a dividend before an exit
   * is real money returned, and the `exited` outcome cannot be set today (the graduation review
   * gives graduated, failed or extended; startups has no outcome route), so requiring it would
   * make proceeds impossible to record.
   */
  async recordProceeds(startupId: string, input: CreateProceedsDto): Promise<ProceedsDto> {
    if (input.amount.amountMinor <= 0) throw new ValidationFailedError([{ field: 'amount.amountMinor', message: 'must be positive' }]);
    const { startedOn, today } = await this.dates(startupId);
    if (input.date < startedOn || input.date > today) throw new DomainError(400, 'PROCEEDS_DATE_INVALID', `The date must lie between ${startedOn} and today (${today}).`, { errors: [{ field: 'date', message: `from ${startedOn} to ${today}` }] });
    await this.lock(startupId);
    const id = newId();
    await this.tx.query(`INSERT INTO proceeds (id, organization_id, startup_id, amount_minor, currency, received_on, note, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      id,
      this.org,
      startupId,
      input.amount.amountMinor,
      input.amount.currency,
      input.date,
      input.note ?? null,
      this.context.userId ?? null,
    ]);
    const [row]: { created_at: Date }[] = await this.tx.query(`SELECT created_at FROM proceeds WHERE id = $1`, [id]);
    const view: ProceedsDto = { id, startupId, amount: input.amount, date: input.date, note: input.note ?? null, createdAt: row.created_at.toISOString() };
    await this.audit.record({ action: 'equity.proceeds-recorded', entityType: 'proceeds', entityId: id, after: view });
    return view;
  }

  // ---- the portfolio ----

  /**
   * Every startup with a cap table: the organization's current stake (its outstanding shares over
   * the outstanding total, exact, and in basis points rounded down), and per currency what it
   * invested, wrote off and got back. One query for the figures and one for the names, whatever
   * the number of startups. Totals are per currency, never across.
   */
  async portfolio(): Promise<PortfolioDto> {
    const rows: { startup_id: string; organization: string; outstanding: string; money: { currency: string; invested: string; written: string; returned: string }[] }[] = await this.tx.query(
      PORTFOLIO_SQL,
      [this.org],
    );
    const names = await this.startups.names(rows.map((r) => r.startup_id));
    const totals = new Map<string, PortfolioMoneyDto>();
    const holdings = rows.map((r) => {
      const organization = BigInt(r.organization);
      const outstanding = BigInt(r.outstanding);
      const money = r.money.map((m) => ({ currency: m.currency, investedMinor: Number(m.invested), writtenOffMinor: Number(m.written), returnedMinor: Number(m.returned) }));
      for (const m of money) {
        const t = totals.get(m.currency) ?? { currency: m.currency, investedMinor: 0, writtenOffMinor: 0, returnedMinor: 0 };
        t.investedMinor += m.investedMinor;
        t.writtenOffMinor += m.writtenOffMinor;
        t.returnedMinor += m.returnedMinor;
        totals.set(m.currency, t);
      }
      return {
        startupId: r.startup_id,
        startupName: names.get(r.startup_id) ?? '',
        organizationShares: organization.toString(),
        outstandingShares: outstanding.toString(),
        stake: fraction(organization, outstanding),
        stakeBps: outstanding === 0n ? 0 : Number((organization * 10000n) / outstanding),
        money,
      };
    });
    holdings.sort((a, b) => a.startupName.localeCompare(b.startupName) || a.startupId.localeCompare(b.startupId));
    return { holdings, totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
  }
}
