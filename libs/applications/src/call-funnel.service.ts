import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { CallsService } from '@hatchery/programmes';
import { CallFunnelDto } from './dto/funnel.response.dto';

type Counts = Omit<CallFunnelDto, 'callId' | 'firstRoundKey' | 'requiredReviews'>;

/**
 * One aggregate over the call's applications, each count a FILTER; the completed reviews of each
 * application in the first round come from a lateral count on the (organization, application,
 * round, reviewer) unique index. $1 organization, $2 call, $3 first round key, $4 reviews needed.
 */
const FUNNEL = `
  SELECT count(*)::int AS total,
         count(*) FILTER (WHERE a.status = 'draft')::int AS drafts,
         count(*) FILTER (WHERE a.submitted_at IS NOT NULL)::int AS submitted,
         count(*) FILTER (WHERE a.submitted_at IS NOT NULL AND r.done >= $4)::int AS reviewed,
         count(*) FILTER (WHERE a.round_key IS NOT NULL AND a.round_key IS DISTINCT FROM $3::text)::int AS shortlisted,
         count(*) FILTER (WHERE a.status IN ('accepted', 'rejected', 'waitlisted'))::int AS decided,
         count(*) FILTER (WHERE a.status = 'accepted')::int AS accepted,
         count(*) FILTER (WHERE a.status = 'rejected')::int AS rejected,
         count(*) FILTER (WHERE a.status = 'waitlisted')::int AS waitlisted,
         count(*) FILTER (WHERE a.status = 'withdrawn')::int AS withdrawn
    FROM applications a
    CROSS JOIN LATERAL (
      SELECT count(*) AS done FROM review_assignments ra
       WHERE ra.organization_id = a.organization_id AND ra.application_id = a.id AND ra.round_key = $3::text AND ra.status = 'submitted'
    ) r
   WHERE a.organization_id = $1 AND a.call_id = $2`;

/** The staff dashboard's funnel of a call. */
@Injectable()
export class CallFunnelService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly calls: CallsService,
  ) {}

  async funnel(callId: string): Promise<CallFunnelDto> {
    // Another organization's call is not found (404), as everywhere.
    const call = await this.calls.find(callId);
    const firstRoundKey = call.rounds[0]?.key ?? null;
    const [counts]: Counts[] = await this.txHost.tx.query(FUNNEL, [call.organizationId, call.id, firstRoundKey, call.reviewersPerApplication]);
    return { callId: call.id, firstRoundKey, requiredReviews: call.reviewersPerApplication, ...counts };
  }
}
