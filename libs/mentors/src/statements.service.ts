import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService, ConflictError, decodeCursor, formatMinor, minorUnitDigits, NotFoundError, toPage } from '@hatchery/core';
import { NotificationsService } from '@hatchery/notifications';
import { OrganizationsService } from '@hatchery/organizations';
import { StartupsService } from '@hatchery/startups';
import { MentorStatementQueryDto } from './dto/mentor-statements.dto';
import { MentorStatementDetailDto, MentorStatementDto, MentorStatementLineDto, MentorStatementPageDto, MentorStatementRunDto } from './dto/mentor-statements.response.dto';
import { MentorProfile } from './entities/mentor-profile.entity';
import { MentorStatement, MentorStatementLine } from './entities/mentor-statement.entity';
import { MentorContext } from './mentor-context';
import { statementCsv, statementPdf } from './statement-export';
import {
  ACCRUE_SUCCESS_FEES,
  INSERT_RUN,
  insertFeeLines,
  insertSessionLines,
  insertStatements,
  lockMonth,
  lockPaidSessions,
  MONTH_STATEMENT_TOTALS,
  OLDEST_UNPAID_MONTH,
  RUN_MONTHS,
  UNPRICED_SESSIONS,
} from './mentor-statements.sql';
import { addMonths, firstDay, lastEndedMonth, monthOf, monthsBetween, statementTotals } from './statement-rules';

const SUCCESSFUL = ['graduated_successful', 'exited'];

/**
 * Monthly mentor statements and success fees.
 *
 * A month's statements are issued after it ends in the organization's timezone (from local midnight
 * starting the 1st of the next month): one per mentor with something to pay, exactly once per mentor
 * and month. The run for an organization and month is a few set-based statements in one transaction
 * (mentor-statements.sql.ts), the first of which inserts the month's run row: a second run (another
 * worker, a job delivered twice, staff) waits for it and then does nothing. Statements, lines and
 * fees are insert-only (a trigger refuses UPDATE and DELETE), so an issued statement never changes:
 * a session approved after its month ran is paid by the next statement, as an adjustment.
 */
@Injectable()
export class MentorStatementsService {
  constructor(
    private readonly mentors: MentorContext,
    private readonly startups: StartupsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
  ) {}

  private get tx() {
    return this.mentors.tx;
  }

  // ---- issuing ----

  /**
   * Issues every month that has ended and not run yet, oldest first, up to `upTo` (default: the last
   * month that ended in the organization's timezone). The catch-up starts at the oldest unpaid item's
   * month, so a month missed while the worker was down is issued before the next one.
   */
  async issueDue(upTo?: string): Promise<MentorStatementRunDto> {
    const lastEnded = lastEndedMonth(await this.mentors.today());
    const target = upTo ?? lastEnded;
    if (target > lastEnded) throw new ConflictError('MONTH_NOT_ENDED', `${target} has not ended in the organization's timezone; the last month that ended is ${lastEnded}.`, { lastEndedMonth: lastEnded });
    const organizationId = this.mentors.organizationId;
    const [{ month: oldest }]: { month: string | null }[] = await this.tx.query(OLDEST_UNPAID_MONTH, [organizationId]);
    const from = oldest && oldest < target ? oldest : target;
    const ran = new Set((await this.tx.query(RUN_MONTHS, [organizationId, firstDay(from), firstDay(target)])).map((r: { month: string }) => r.month));
    const result: MentorStatementRunDto = { month: target, monthsRun: [], statementsIssued: 0, statementsInMonth: 0, unpricedSessions: 0 };
    for (const month of monthsBetween(from, target)) {
      if (ran.has(month)) continue;
      const issued = await this.runMonth(month);
      if (issued === null) continue;
      result.monthsRun.push(month);
      result.statementsIssued += issued;
    }
    result.statementsInMonth = await this.tx.getRepository(MentorStatement).countBy({ organizationId, month: firstDay(target) });
    result.unpricedSessions = (await this.tx.query(UNPRICED_SESSIONS, [organizationId, firstDay(addMonths(target, 1))]))[0].n;
    return result;
  }

  /** One month's run; null when it had run already (the run row exists). Returns the statements issued. */
  private async runMonth(month: string): Promise<number | null> {
    const organizationId = this.mentors.organizationId;
    const now = this.mentors.now();
    const start = firstDay(month);
    const next = firstDay(addMonths(month, 1));
    const claimed: unknown[] = await this.tx.query(INSERT_RUN, [organizationId, start, now, this.mentors.userId]);
    if (claimed.length === 0) return null;
    const issued = ((await this.tx.query(insertStatements(), [organizationId, start, next, now])) as unknown[]).length;
    await this.tx.query(insertSessionLines(), [organizationId, start, next]);
    await this.tx.query(insertFeeLines(), [organizationId, start, next]);
    await this.tx.query(lockPaidSessions(), [organizationId, start, now]);
    await this.tx.query(lockMonth(), [organizationId, start, next, now]);
    await this.notifyMentors(month);
    await this.audit.record({ action: 'mentor-statements.issued', entityType: 'organization', entityId: organizationId, after: { month, statements: issued } });
    return issued;
  }

  /** Each mentor's statement in the app and by email, once (the notification's key is the statement). */
  private async notifyMentors(month: string): Promise<void> {
    const rows: { id: string; user_id: string; currency: string; total_minor: string }[] = await this.tx.query(MONTH_STATEMENT_TOTALS, [this.mentors.organizationId, firstDay(month)]);
    const byStatement = new Map<string, { userId: string; totals: string[] }>();
    for (const row of rows) {
      const entry = byStatement.get(row.id) ?? { userId: row.user_id, totals: [] };
      entry.totals.push(`${row.currency} ${formatMinor(BigInt(row.total_minor), minorUnitDigits(row.currency))}`);
      byStatement.set(row.id, entry);
    }
    await this.notifications.notify(
      [...byStatement].map(([id, { userId, totals }]) => ({
        userId,
        kind: 'mentor.statement-issued' as const,
        title: `Your mentoring statement for ${month}`,
        body: `Your statement for ${month} was issued: ${totals.join(', ')}. Download it as CSV or PDF from the statement's page.`,
        subject: { type: 'mentor-statement', id },
        dedupeKey: `mentor-statement.${id}`,
        email: true,
      })),
    );
  }

  // ---- success fees ----

  /**
   * A startup's outcome changed: when it turned successful (graduated_successful or exited), each
   * mentor assigned to it accrues their success fee, once per mentor and startup (a unique key: an
   * outcome flipped back and forth, or an event delivered twice, accrues nothing more). Returns how
   * many fees accrued now.
   */
  async outcomeChanged(startupId: string, status: string, on: string): Promise<number> {
    if (!SUCCESSFUL.includes(status)) return 0;
    const rows: { id: string; profile_id: string; amount_minor: string; currency: string }[] = await this.tx.query(ACCRUE_SUCCESS_FEES, [this.mentors.organizationId, startupId, on, status, this.mentors.now()]);
    for (const row of rows) {
      await this.audit.record({ action: 'mentor-success-fee.accrued', entityType: 'mentor_profile', entityId: row.profile_id, after: { successFeeId: row.id, startupId, status, on, amount: { amountMinor: Number(row.amount_minor), currency: row.currency } } });
    }
    return rows.length;
  }

  // ---- reading ----

  /** Staff: every statement; a mentor: their own. Newest first. */
  async list(query: MentorStatementQueryDto): Promise<MentorStatementPageDto> {
    const qb = this.tx.getRepository(MentorStatement).createQueryBuilder('st').where('st.organization_id = :org', { org: this.mentors.organizationId }).orderBy('st.id', 'DESC').limit(query.limit + 1);
    if (!this.mentors.isStaff()) qb.andWhere('st.profile_id = :mine', { mine: (await this.ownProfile())?.id ?? '00000000-0000-0000-0000-000000000000' });
    if (query.mentorProfileId) qb.andWhere('st.profile_id = :profileId', { profileId: query.mentorProfileId });
    if (query.month) qb.andWhere('st.month = :month', { month: firstDay(query.month) });
    const after = decodeCursor(query.cursor);
    if (after) qb.andWhere('st.id < :after', { after });
    const rows = await qb.getMany();
    const views = await this.views(rows.slice(0, query.limit));
    return toPage(rows, query.limit, (row) => views.get(row.id)!);
  }

  /** Its lines and totals: staff, or the statement's mentor (anyone else 404). */
  async get(id: string): Promise<MentorStatementDetailDto> {
    const statement = await this.tx.getRepository(MentorStatement).findOneBy({ organizationId: this.mentors.organizationId, id });
    if (!statement) throw new NotFoundError('Mentor statement');
    if (!this.mentors.isStaff() && (await this.ownProfile())?.id !== statement.profileId) throw new NotFoundError('Mentor statement');
    const view = (await this.views([statement])).get(id)!;
    const lines = await this.tx.getRepository(MentorStatementLine).findBy({ organizationId: statement.organizationId, statementId: id });
    const names = await this.startups.names([...new Set(lines.map((l) => l.startupId))]);
    const order = { session: 0, adjustment: 1, success_fee: 2 };
    lines.sort((a, b) => order[a.kind] - order[b.kind] || (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0) || (a.id < b.id ? -1 : 1));
    return {
      ...view,
      lines: lines.map(
        (l): MentorStatementLineDto => ({
          id: l.id,
          kind: l.kind,
          sessionId: l.sessionId,
          successFeeId: l.successFeeId,
          startupId: l.startupId,
          startupName: names.get(l.startupId) ?? '',
          occurredOn: l.occurredOn,
          minutes: l.minutes,
          rate: l.rateMinor === null ? null : { amountMinor: l.rateMinor, currency: l.currency },
          rateEffectiveFrom: l.rateEffectiveFrom,
          amount: { amountMinor: l.amountMinor, currency: l.currency },
          description: l.description,
        }),
      ),
    };
  }

  /** The statement as a file: CSV (UTF-8 with a byte-order mark, like the other CSVs) or PDF. Same access as get. */
  async download(id: string, format: 'csv' | 'pdf'): Promise<{ contentType: string; filename: string; body: string | Buffer }> {
    const statement = await this.get(id);
    const filename = `mentor-statement-${statement.month}-${statement.id}.${format}`;
    if (format === 'csv') return { contentType: 'text/csv; charset=utf-8', filename, body: '\uFEFF' + statementCsv(statement) };
    const { name } = await this.organizations.publicProfile();
    return { contentType: 'application/pdf', filename, body: await statementPdf(statement, name) };
  }

  private ownProfile(): Promise<MentorProfile | null> {
    if (!this.mentors.userId) return Promise.resolve(null);
    return this.tx.getRepository(MentorProfile).findOneBy({ organizationId: this.mentors.organizationId, userId: this.mentors.userId });
  }

  /** Views with the mentor's name and totals per currency, in three queries for any number. */
  private async views(rows: MentorStatement[]): Promise<Map<string, MentorStatementDto>> {
    if (rows.length === 0) return new Map();
    const organizationId = this.mentors.organizationId;
    const profiles = new Map((await this.tx.getRepository(MentorProfile).findBy({ organizationId, id: In([...new Set(rows.map((r) => r.profileId))]) })).map((p) => [p.id, p]));
    const people = await this.mentors.people([...profiles.values()].map((p) => p.userId));
    const sums: { statement_id: string; kind: 'session' | 'adjustment' | 'success_fee'; currency: string; amount_minor: string; minutes: number }[] = await this.tx.query(
      `SELECT statement_id, kind, currency, sum(amount_minor)::text AS amount_minor, COALESCE(sum(minutes), 0)::int AS minutes
         FROM mentor_statement_lines WHERE organization_id = $1 AND statement_id = ANY($2::uuid[]) GROUP BY 1, 2, 3`,
      [organizationId, rows.map((r) => r.id)],
    );
    return new Map(
      rows.map((st) => [
        st.id,
        {
          id: st.id,
          mentorProfileId: st.profileId,
          mentorName: people.get(profiles.get(st.profileId)?.userId ?? '')?.name ?? '',
          month: monthOf(st.month),
          issuedAt: st.issuedAt.toISOString(),
          totals: statementTotals(sums.filter((s) => s.statement_id === st.id).map((s) => ({ kind: s.kind, currency: s.currency, amountMinor: BigInt(s.amount_minor), minutes: s.minutes }))).map((t) => ({
            currency: t.currency,
            sessionsMinor: Number(t.sessionsMinor),
            adjustmentsMinor: Number(t.adjustmentsMinor),
            successFeesMinor: Number(t.successFeesMinor),
            totalMinor: Number(t.totalMinor),
            minutes: t.minutes,
          })),
        },
      ]),
    );
  }
}
