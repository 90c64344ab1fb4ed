import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { NotFoundError, RequestContext } from '@hatchery/core';
import { CallsService } from '@hatchery/programmes';
import { RankedApplicationDto } from './dto/application.response.dto';

export const RANKING_METHODS = ['weighted', 'zscore'] as const;
export type RankingMethod = (typeof RANKING_METHODS)[number];

export type RankedApplication = RankedApplicationDto;

/**
 * The ranking of one round, in one query. Tie-break, stated: more completed reviews first, then
 * earlier submission, then id. "zscore" ranks by each reviewer's scores normalized against their
 * own mean and spread, so a harsh and a lenient reviewer weigh the same.
 * MATERIALIZED: the planner cannot estimate the rows that row level security lets through and
 * would otherwise recompute the window once per application (quadratic; see bench/README.md).
 */
export const RANKING_SQL = (orderBy: 'score' | 'z_score') => `
  WITH rubric AS (
    SELECT key, weight FROM jsonb_to_recordset($4::jsonb) AS r(key text, weight float8)
  ), in_round AS (
    SELECT a.id FROM applications a
     WHERE a.organization_id = $1 AND a.call_id = $2 AND a.status <> 'withdrawn'
       AND (a.round_key = $3 OR EXISTS (SELECT 1 FROM review_assignments x WHERE x.organization_id = $1 AND x.application_id = a.id AND x.round_key = $3))
  ), per_review AS (
    SELECT ra.application_id, ra.reviewer_user_id, sum(rs.score * rb.weight) / sum(rb.weight) AS weighted
      FROM review_assignments ra
      JOIN in_round ir ON ir.id = ra.application_id
      JOIN review_scores rs ON rs.assignment_id = ra.id
      JOIN rubric rb ON rb.key = rs.criterion_key
     WHERE ra.organization_id = $1 AND ra.round_key = $3 AND ra.status = 'submitted'
     GROUP BY ra.id, ra.application_id, ra.reviewer_user_id
  ), normalized AS MATERIALIZED (
    SELECT application_id, weighted,
           coalesce((weighted - avg(weighted) OVER w) / nullif(stddev_pop(weighted) OVER w, 0), 0) AS z
      FROM per_review WINDOW w AS (PARTITION BY reviewer_user_id)
  )
  SELECT a.id, a.startup_name, a.sector, a.status, a.submitted_at,
         round(avg(n.weighted)::numeric, 4)::float8 AS score, round(avg(n.z)::numeric, 4)::float8 AS z_score, count(n.application_id)::int AS reviews
    FROM in_round ir
    JOIN applications a ON a.id = ir.id
    LEFT JOIN normalized n ON n.application_id = a.id
   GROUP BY a.id
   ORDER BY ${orderBy} DESC NULLS LAST, reviews DESC, a.submitted_at ASC NULLS LAST, a.id ASC`;

@Injectable()
export class RankingService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly calls: CallsService,
  ) {}

  async rank(callId: string, roundKey: string, method: RankingMethod): Promise<RankedApplication[]> {
    const call = await this.calls.find(callId);
    const round = call.rounds.find((r) => r.key === roundKey);
    if (!round) throw new NotFoundError('Round');
    const rows: { id: string; startup_name: string | null; sector: string | null; status: string; submitted_at: Date | null; score: number | null; z_score: number | null; reviews: number }[] =
      await this.txHost.tx.query(RANKING_SQL(method === 'zscore' ? 'z_score' : 'score'), [
        this.context.requireOrganizationId(),
        callId,
        roundKey,
        JSON.stringify(round.rubric.map((c) => ({ key: c.key, weight: c.weight }))),
      ]);
    return rows.map((row, i) => ({
      rank: i + 1,
      applicationId: row.id,
      startupName: row.startup_name,
      sector: row.sector,
      status: row.status,
      score: row.score,
      zScore: row.z_score,
      reviews: row.reviews,
      submittedAt: row.submitted_at?.toISOString() ?? null,
    }));
  }
}

/** CSV with a header; text cells that a spreadsheet would run as a formula are prefixed with '. */
export function rankingCsv(rows: RankedApplication[]): string {
  const cell = (value: unknown) => {
    let text = value === null || value === undefined ? '' : String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const header = ['rank', 'applicationId', 'startupName', 'sector', 'status', 'score', 'zScore', 'reviews', 'submittedAt'];
  const lines = rows.map((r) => [r.rank, r.applicationId, r.startupName, r.sector, r.status, r.score, r.zScore, r.reviews, r.submittedAt].map(cell).join(','));
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
