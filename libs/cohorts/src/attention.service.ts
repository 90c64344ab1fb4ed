import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock, decodeKeysetCursor, encodeKeysetCursor, RequestContext } from '@hatchery/core';
import { StartupsService } from '@hatchery/startups';
import { AttentionCountsDto, AttentionKind, AttentionPageDto, AttentionQueryDto } from './dto/attention.dto';

interface Row {
  kind: AttentionKind;
  id: string;
  due_at: Date;
  due_on: string;
  startup_id: string;
  cohort_id: string;
  cohort_name: string;
  milestone_title: string | null;
  milestone_status: string | null;
  action_kind: string | null;
}

/**
 * What needs staff across the organization: milestones past due and not submitted, evidence
 * waiting for review, and the open graduation reviews and equity stakes the calendar opened; only
 * for startups still enrolled. Ordered by urgency: the earliest due moment first (so the longest
 * overdue), then by id, paged with a (due moment, id) cursor.
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly startups: StartupsService,
    private readonly clock: Clock,
  ) {}

  async list(query: AttentionQueryDto): Promise<AttentionPageDto> {
    const now = this.clock.now();
    const organizationId = this.context.requireOrganizationId();
    // $1 organization, $2 now, $3 cohort filter (or null)
    const items = `
      SELECT CASE WHEN m.status = 'submitted' THEN 'evidence_to_review' ELSE 'overdue_milestone' END AS kind,
             m.id, m.due_at, m.due_on::text AS due_on, e.startup_id, m.cohort_id, m.title AS milestone_title, m.status AS milestone_status, NULL::text AS action_kind
        FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id
       WHERE m.organization_id = $1 AND e.status = 'active' AND m.dropped_at IS NULL
         AND (m.status = 'submitted' OR (m.status IN ('pending', 'changes_requested') AND m.due_at <= $2))
         AND ($3::uuid IS NULL OR m.cohort_id = $3)
      UNION ALL
      SELECT a.kind, a.id, a.due_at, local_date(a.due_at, c.timezone)::text, a.startup_id, e.cohort_id, NULL, NULL, a.kind
        FROM programme_actions a JOIN enrolments e ON e.id = a.enrolment_id JOIN cohorts c ON c.id = e.cohort_id
       WHERE a.organization_id = $1 AND a.status = 'open' AND e.status = 'active'
         AND ($3::uuid IS NULL OR e.cohort_id = $3)`;
    const cohortId = query.cohortId ?? null;
    const after = decodeKeysetCursor(query.cursor);
    const rows: Row[] = await this.txHost.tx.query(
      `SELECT i.*, c.name AS cohort_name FROM (${items}) i JOIN cohorts c ON c.id = i.cohort_id
        WHERE ($4::text IS NULL OR i.kind = $4)
          AND ($5::timestamptz IS NULL OR (i.due_at, i.id) > ($5::timestamptz, $6::uuid))
        ORDER BY i.due_at, i.id
        LIMIT $7`,
      [organizationId, now, cohortId, query.kind ?? null, after?.at ?? null, after?.id ?? null, query.limit + 1],
    );
    const totals: { kind: AttentionKind; n: number }[] = await this.txHost.tx.query(`SELECT kind, count(*)::int AS n FROM (${items}) i GROUP BY kind`, [organizationId, now, cohortId]);
    const count = (kind: AttentionKind) => totals.find((t) => t.kind === kind)?.n ?? 0;
    const counts: AttentionCountsDto = {
      overdueMilestones: count('overdue_milestone'),
      evidenceToReview: count('evidence_to_review'),
      graduationReviews: count('graduation_review'),
      equityStakes: count('equity_stake'),
      total: totals.reduce((sum, t) => sum + t.n, 0),
    };

    const page = rows.slice(0, query.limit);
    const names = await this.startups.names([...new Set(page.map((r) => r.startup_id))]);
    const last = page[page.length - 1];
    return {
      counts,
      items: page.map((r) => ({
        kind: r.kind,
        dueAt: r.due_at.toISOString(),
        dueOn: r.due_on,
        overdue: r.due_at <= now,
        startup: { id: r.startup_id, name: names.get(r.startup_id) ?? '' },
        cohort: { id: r.cohort_id, name: r.cohort_name },
        milestone: r.milestone_title !== null ? { id: r.id, title: r.milestone_title, status: r.milestone_status! } : null,
        action: r.action_kind !== null ? { id: r.id, kind: r.action_kind } : null,
      })),
      nextCursor: rows.length > query.limit ? encodeKeysetCursor(last.due_at, last.id) : null,
    };
  }
}
