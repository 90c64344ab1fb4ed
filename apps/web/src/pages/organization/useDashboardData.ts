import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';

type Call = Schemas['CallDto'];

/** The round a call's reviewers are working in: the first one not finalized. */
export function currentRound(call: Call) {
  return call.rounds.find((round) => !call.finalizedRounds.includes(round.key)) ?? null;
}

export function useCalls(slug: string, status: Schemas['CallStatus']) {
  return useQuery({
    queryKey: [slug, 'calls', { status }],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{slug}/calls', { params: { path: { slug }, query: { status, limit: 100 } } })),
  });
}

/** Calls in review (closed, not yet decided) with their current round's progress summed over reviewers. */
export function useCallsInReview(slug: string) {
  const calls = useCalls(slug, 'closed');
  const items = calls.data?.items ?? [];
  const progress = useQueries({
    queries: items.map((call) => {
      const round = currentRound(call);
      return {
        queryKey: [slug, 'calls', call.id, 'rounds', round?.key ?? null, 'progress'],
        enabled: round !== null,
        queryFn: () =>
          unwrap(api.GET('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/progress', { params: { path: { slug, callId: call.id, roundKey: round!.key } } })),
      };
    }),
  });
  const rows = items.map((call, index) => {
    const reviewers = progress[index]?.data;
    const sum = (pick: (row: Schemas['ReviewerProgressDto']) => number) => reviewers?.reduce((total, row) => total + pick(row), 0) ?? 0;
    return { call, round: currentRound(call), loading: progress[index]?.isPending && currentRound(call) !== null, assigned: sum((r) => r.assigned), done: sum((r) => r.done), pending: sum((r) => r.pending) };
  });
  return { query: calls, rows, pending: rows.reduce((total, row) => total + row.pending, 0) };
}
