/**
 * A client developer's first program against the generated client (test/openapi.e2e-spec.ts
 * type-checks it against openapi-typescript's output for the committed openapi.json). It only
 * type-checks: it must read response fields, so an operation without a typed response fails it.
 * Not part of the project's tsconfig (./schema exists only in the test's temp directory).
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Startup = components['schemas']['StartupDto'];

export async function tour(baseUrl: string, programmeId: string, callId: string, startupId: string): Promise<string[]> {
  const client = createClient<paths>({ baseUrl });
  const seen: string[] = [];

  const login = await client.POST('/api/v1/auth/login', { body: { email: 'owner@ubhub.example', password: 'hatchery-demo-2026' } });
  if (!login.data) throw new Error(login.error.code);
  const expiresIn: number = login.data.expiresIn;
  const headers = { authorization: `${login.data.tokenType} ${login.data.accessToken}` };

  const mine = await client.GET('/api/v1/organizations', { headers });
  const slug: string = mine.data![0].slug;
  const timezone: string = mine.data![0].timezone;
  const replyTo: string | null = mine.data![0].emailReplyTo;

  const applications = await client.GET('/api/v1/organizations/{slug}/applications', {
    headers,
    params: { path: { slug }, query: { status: 'submitted', callId, sector: 'cleantech', q: 'air', limit: 20 } },
  });
  const page = applications.data!;
  const status: 'draft' | 'submitted' | string = page.items[0].status;
  const cursor: string | null = page.nextCursor;
  seen.push(page.items[0].id, page.items[0].startupName ?? '', status, cursor ?? '');

  const ranking = await client.GET('/api/v1/organizations/{slug}/calls/{callId}/rounds/{roundKey}/ranking', {
    headers,
    params: { path: { slug, callId, roundKey: 'screening' }, query: { method: 'zscore' } },
  });
  // The same route answers CSV with format=csv: the client narrows to the JSON rows.
  if (!Array.isArray(ranking.data)) throw new Error('expected JSON rows');
  const top = ranking.data[0];
  const score: number | null = top.score;
  const rank: number = top.rank;
  seen.push(top.applicationId, String(score), String(rank));

  const created = await client.POST('/api/v1/organizations/{slug}/cohorts', {
    headers,
    params: { path: { slug } },
    body: { programmeId, name: 'Spring 2026', startsOn: '2026-03-02', reminderOffsetsDays: [7, 1] },
  });
  const cohort = created.data!;
  const offsets: number[] = cohort.reminderOffsetsDays;
  const firstPhase: string = cohort.phases[0].startsOn;
  seen.push(cohort.id, firstPhase, String(offsets[0]));

  const grid = await client.GET('/api/v1/organizations/{slug}/cohorts/{cohortId}/grid', {
    headers,
    params: { path: { slug, cohortId: cohort.id }, query: { limit: 50 } },
  });
  const row = grid.data!.rows[0];
  const cell = row.cells[grid.data!.columns[0].id];
  const overdue: boolean = cell.overdue;
  seen.push(row.enrolment.startupId, row.startupName ?? '', cell.status, String(overdue), row.extra[0]?.dueOn ?? '', grid.data!.nextCursor ?? '');

  const timeline = await client.GET('/api/v1/organizations/{slug}/startups/{startupId}/timeline', { headers, params: { path: { slug, startupId } } });
  const enrolment = timeline.data!.enrolments[0];
  seen.push(enrolment.cohort.name, enrolment.milestones[0].dueOn, enrolment.phases[0].name);

  const startups = await client.GET('/api/v1/organizations/{slug}/startups', { headers, params: { path: { slug }, query: { limit: 10 } } });
  const first: Startup = startups.data!.items[0];
  seen.push(first.name);

  const notifications = await client.GET('/api/v1/me/notifications', { headers, params: { query: { unread: true, limit: 10 } } });
  const unread: number = notifications.data!.unread;
  const read: boolean = notifications.data!.items[0].read;
  seen.push(notifications.data!.items[0].title, String(unread), String(read), String(expiresIn), timezone, replyTo ?? '');

  return seen;
}
