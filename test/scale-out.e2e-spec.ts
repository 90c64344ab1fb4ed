import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { addDays } from '@hatchery/cohorts';
import { cohorts } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { ApiProcess, RoundRobinHttp } from './support/api-process';
import { TestClock } from './support/clock';
import type { HttpClient, Response } from './support/http';
import { PgBouncer } from './support/pgbouncer';
import { openQueues, Queues, quiet } from './support/quiet';
import { RedisCluster } from './support/redis-cluster';
import { countRows, startSystem, System } from './support/system';
import { WorkerProcess } from './support/worker-process';

/**
 * Beyond one machine: two API and two worker processes, every one of them on PgBouncer in
 * transaction pooling mode (three server connections per role, so tenants share them) and on a
 * three-node Redis Cluster. Tenancy holds, and a call and a cohort run to the same effects as on
 * one process, none of them twice.
 */
// Four spawned processes load TypeScript while CI runs another suite beside this one on two cores.
jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const POOL_SIZE = 3;
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Instants in the organizations' timezone (Asia/Ulaanbaatar, UTC+8 all year). */
const local = (date: string, time = '00:00') => new Date(`${date}T${time}:00+08:00`);
const MINUTE = 60_000;

async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await sleep(50);
  }
}

/** Runs `tasks` with at most `width` in flight. */
async function parallel<T>(width: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]();
      }
    }),
  );
  return results;
}

interface Org {
  id: string;
  slug: string;
  name: string;
}

interface Tenant {
  org: Org;
  owner: SignedIn;
  manager: SignedIn;
  reviewer: SignedIn;
  programmeId: string;
  cohort: Awaited<ReturnType<typeof cohorts.create>>;
  callId: string;
  applicants: SignedIn[];
  applications: string[];
  /** Decision per application, by index. */
  decisions: ('accept' | 'reject' | 'waitlist')[];
}

describe('scale-out: two APIs and two workers on PgBouncer (transaction pooling) and a Redis Cluster', () => {
  const pgbouncer = new PgBouncer({ users: ['hatchery_app', 'hatchery_system', 'hatchery_owner'], poolSize: POOL_SIZE });
  const redis = new RedisCluster();
  const clock = new TestClock('2027-02-01T00:00:00Z');
  const apis = [new ApiProcess(), new ApiProcess()];
  const workers = [new WorkerProcess(), new WorkerProcess()];
  let system: System;
  /** The system, with requests going to the two spawned APIs in turn. */
  let cluster: System;
  let http: RoundRobinHttp;
  let queues: Queues;
  let database: string;
  const tenants: Tenant[] = [];
  const started = Date.now();

  beforeAll(async () => {
    await redis.start();
    system = await startSystem({
      env: async (urls) => {
        database = new URL(urls.app).pathname.slice(1);
        pgbouncer.options.databases = [database];
        await pgbouncer.start();
        return {
          DATABASE_URL: pgbouncer.url(urls.app),
          DATABASE_SYSTEM_URL: pgbouncer.url(urls.system),
          DATABASE_ADMIN_URL: pgbouncer.url(urls.owner),
          REDIS_CLUSTER_NODES: redis.nodes,
          // Nothing may reach the single Redis: a wrong client fails instead of passing quietly.
          REDIS_URL: 'redis://127.0.0.1:1',
          CLOCK_FILE: clock.file,
        };
      },
    });
    await Promise.all([...apis, ...workers].map((p) => p.start(120_000)));
    http = new RoundRobinHttp(await Promise.all(apis.map((api) => api.url())));
    cluster = { ...system, http: http as unknown as HttpClient };
    queues = openQueues(system);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...apis, ...workers].map((p) => p.stop()));
    await queues?.milestones.close();
    await queues?.notifications.close();
    await queues?.events.close();
    await system?.close(); // deletes its keys on the cluster, so before the cluster stops
    await pgbouncer.stop();
    await redis.stop();
    clock.remove();
    delete process.env.REDIS_CLUSTER_NODES;
    console.log(`scale-out suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  it('runs every process through PgBouncer and on the cluster: nothing on the single Redis, keys under one hash tag', async () => {
    const pools = await pgbouncer.admin<{ database: string; user: string; pool_mode: string }>('SHOW POOLS');
    const ours = pools.filter((p) => p.database === database);
    expect(ours.map((p) => p.user).sort()).toEqual(expect.arrayContaining(['hatchery_app', 'hatchery_system']));
    expect(ours.every((p) => p.pool_mode === 'transaction')).toBe(true);
    // Login failures are counted per email and per IP in one MULTI: on a cluster only under one hash tag.
    const person = await users.create(cluster);
    for (let i = 0; i < 2; i++) expect((await http.post('/api/v1/auth/login', { email: person.email, password: 'wrong-password' })).status).toBe(401);
    expect((await http.post('/api/v1/auth/login', { email: person.email, password: person.password })).status).toBe(200);
    const keys = (await Promise.all(redis.ports.map((port) => redisKeys(port, `*${system.redisPrefix}*`)))).flat();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !key.startsWith(`{${system.redisPrefix}}:`) && !key.startsWith(`{${system.redisPrefix}}-bull:`))).toEqual([]);
    expect(keys.some((key) => key.startsWith(`{${system.redisPrefix}}:login-failures:ip:`))).toBe(true);
    expect(keys.some((key) => key.startsWith(`{${system.redisPrefix}}-bull:`))).toBe(true);
    // One slot, so one node holds them all.
    const perNode = await Promise.all(redis.ports.map((port) => redisKeys(port, `*${system.redisPrefix}*`)));
    expect(perNode.filter((k) => k.length > 0)).toHaveLength(1);
  });

  it('sets up two organizations, each with a programme, a cohort and an open call, through both APIs', async () => {
    for (let t = 0; t < 2; t++) {
      const owner = await users.create(cluster);
      const org = (await organizations.create(cluster, owner)) as unknown as Org;
      const [manager, reviewer] = await Promise.all([addMember(cluster, org.id, 'manager'), addMember(cluster, org.id, 'reviewer')]);
      const programme = await programmes.create(cluster, owner, org.slug, {
        phases: [{ name: 'Sprint', durationValue: 1, durationUnit: 'months', milestones: [{ title: 'Interviews', offsetDays: 10, evidenceRequired: true }, { title: 'Prototype', offsetDays: 20, evidenceRequired: true }] }],
      });
      const cohort = await cohorts.create(cluster, owner, org.slug, { programmeId: programme.id, startsOn: '2027-02-08' });
      const now = Date.now();
      const call = await calls.create(cluster, owner, org.slug, programme.id, {
        opensAt: new Date(now - MINUTE).toISOString(),
        closesAt: new Date(now + 30 * MINUTE).toISOString(),
        capacity: 2,
        reviewersPerApplication: 1,
      });
      const published = await cluster.http.post(`/api/v1/organizations/${org.slug}/calls/${call.id}/publish`, {}, owner.token);
      expect({ status: published.status, call: published.body.status }).toEqual({ status: 200, call: 'open' });
      const applicants = await Promise.all(Array.from({ length: t === 0 ? 4 : 3 }, () => users.create(cluster)));
      tenants.push({
        org, owner, manager, reviewer, programmeId: programme.id, cohort, callId: call.id, applicants, applications: [],
        decisions: t === 0 ? ['accept', 'reject', 'accept', 'waitlist'] : ['reject', 'accept', 'accept'],
      });
    }
    expect(tenants[0].cohort.milestones.map((m) => m.dueOn).sort()).toEqual(['2027-02-18', '2027-02-28']);
  });

  it('a concurrent mixed load of both organizations, through a 3-connection pool, shows each only its own rows', async () => {
    const [a, b] = tenants;
    type Op = { tenant: Tenant; method: 'GET' | 'POST'; url: (t: Tenant) => string; body?: () => unknown; creates?: 'programmes' | 'invitations' };
    const base = (t: Tenant) => `/api/v1/organizations/${t.org.slug}`;
    const ops: Op[] = [];
    for (let i = 0; i < 40; i++) {
      for (const tenant of [a, b]) {
        const kinds: Op[] = [
          { tenant, method: 'GET', url: (t) => `${base(t)}/programmes?limit=100` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/members` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/audit?limit=100` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/invitations` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/calls?limit=100` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/cohorts` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/programmes/${t.programmeId}` },
          { tenant, method: 'GET', url: (t) => `${base(t)}/cohorts/${t.cohort.id}` },
          { tenant, method: 'POST', url: (t) => `${base(t)}/programmes`, body: () => programmes.build(), creates: 'programmes' },
          { tenant, method: 'POST', url: (t) => `${base(t)}/invitations`, body: () => ({ email: users.build().email, role: 'mentor' }), creates: 'invitations' },
        ];
        ops.push(kinds[(i * 7 + (tenant === a ? 0 : 3)) % kinds.length]);
      }
    }
    const results = await parallel(
      16,
      ops.map((op) => async () => ({ op, response: await http.request(op.method, op.url(op.tenant), { token: op.tenant.owner.token, body: op.body?.() }) })),
    );
    expect(results.filter((r) => r.response.status >= 300).map((r) => `${r.op.method} ${r.op.url(r.op.tenant)}: ${r.response.status}`)).toEqual([]);

    // Every id that belongs to an organization, as the superuser sees it.
    const idsOf = async (t: Tenant) => {
      const { rows } = await system.db.query(
        `SELECT id::text FROM organizations WHERE id = $1
         UNION ALL SELECT id::text FROM programmes WHERE organization_id = $1
         UNION ALL SELECT id::text FROM invitations WHERE organization_id = $1
         UNION ALL SELECT id::text FROM audit_entries WHERE organization_id = $1
         UNION ALL SELECT id::text FROM calls WHERE organization_id = $1
         UNION ALL SELECT id::text FROM cohorts WHERE organization_id = $1
         UNION ALL SELECT id::text FROM memberships WHERE organization_id = $1
         UNION ALL SELECT user_id::text FROM memberships WHERE organization_id = $1`,
        [t.org.id],
      );
      return new Set(rows.map((r) => r.id as string));
    };
    const ids = new Map([[a, await idsOf(a)], [b, await idsOf(b)]]);
    const foreign = results.flatMap(({ op, response }) => {
      const other = ids.get(op.tenant === a ? b : a)!;
      const text = JSON.stringify(response.body);
      const leaked = (text.match(UUIDS) ?? []).filter((id) => other.has(id));
      const slug = (op.tenant === a ? b : a).org.slug;
      return [...leaked, ...(text.includes(slug) ? [slug] : [])].map((x) => `${op.method} ${op.url(op.tenant)}: ${x}`);
    });
    expect(foreign).toEqual([]);
    expect(results.filter((r) => r.op.method === 'GET').reduce((n, r) => n + JSON.stringify(r.response.body).length, 0)).toBeGreaterThan(10_000);

    // What each organization created carries its organization_id.
    for (const kind of ['programmes', 'invitations'] as const) {
      const created = results.filter((r) => r.op.creates === kind);
      expect(created.length).toBeGreaterThan(4);
      const { rows } = await system.db.query(`SELECT id::text, organization_id::text FROM ${kind} WHERE id = ANY($1::uuid[])`, [created.map((r) => r.response.body.id)]);
      const owner = new Map(rows.map((r) => [r.id, r.organization_id]));
      expect(created.map((r) => owner.get(r.response.body.id) === r.op.tenant.org.id)).toEqual(created.map(() => true));
    }

    // The pool was shared: more app clients than server connections, and never more servers than the pool.
    const clients = (await pgbouncer.admin<{ database: string; user: string }>('SHOW CLIENTS')).filter((c) => c.database === database && c.user === 'hatchery_app');
    const servers = (await pgbouncer.admin<{ database: string; user: string }>('SHOW SERVERS')).filter((s) => s.database === database && s.user === 'hatchery_app');
    expect(clients.length).toBeGreaterThan(POOL_SIZE);
    expect(servers.length).toBeLessThanOrEqual(POOL_SIZE);
    const backends = await system.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND usename = 'hatchery_app'`, [database]);
    expect(backends.rows[0].n).toBeLessThanOrEqual(POOL_SIZE);
    expect(http.served.every((n) => n > 20)).toBe(true);
  });

  it('leaves no tenant setting on a pooled server connection', async () => {
    const appUrl = pgbouncer.url(system.urls.app);
    const seen = await Promise.all(
      Array.from({ length: POOL_SIZE * 3 }, async () => {
        const client = new Client({ connectionString: appUrl });
        await client.connect();
        try {
          const { rows } = await client.query(
            `SELECT current_setting('app.organization_id', true) AS org, current_setting('app.user_id', true) AS usr, (SELECT count(*)::int FROM memberships) AS memberships, pg_sleep(0.05)::text AS slept`,
          );
          return rows[0];
        } finally {
          await client.end();
        }
      }),
    );
    expect(seen.filter((r) => (r.org ?? '') !== '' || (r.usr ?? '') !== '' || r.memberships !== 0)).toEqual([]);
  });

  it('runs each call to its decisions across both APIs and both workers: every decision emailed once', async () => {
    const url = (t: Tenant) => `/api/v1/organizations/${t.org.slug}`;
    // Applications of both organizations, interleaved.
    await parallel(
      6,
      tenants.flatMap((t) =>
        t.applicants.map((applicant, i) => async () => {
          const created = await http.post(
            `${url(t)}/calls/${t.callId}/applications`,
            {
              startupName: `Startup ${t.org.slug} ${i}`,
              sector: 'cleantech',
              stage: 'seed',
              idea: 'Air quality sensors.',
              teamSize: 1,
              founders: [{ name: `Founder ${i}`, email: applicant.email, role: 'CEO' }],
              answers: { team_background: 'Two engineers.', sector: 'Cleantech' },
            },
            applicant.token,
          );
          expect(created.status).toBe(201);
          t.applications[i] = created.body.id;
          expect((await http.post(`${url(t)}/applications/${created.body.id}/submit`, {}, applicant.token)).status).toBe(200);
        }),
      ),
    );
    // Close both calls now: the workers close them and start the review.
    for (const t of tenants) {
      const patched = await http.patch(`${url(t)}/calls/${t.callId}`, { closesAt: new Date(Date.now() + 1_500).toISOString() }, t.owner.token);
      expect(patched.status).toBe(200);
    }
    for (const t of tenants) {
      await eventually(`call of ${t.org.slug} closed and every application assigned`, async () => {
        const progress = await http.get(`${url(t)}/calls/${t.callId}/rounds/screening/progress`, t.owner.token);
        return progress.status === 200 && (progress.body as { assigned: number }[]).reduce((n, p) => n + p.assigned, 0) === t.applicants.length;
      });
    }
    // The reviewer scores, then the owner decides: acceptances join the cohort.
    await parallel(
      4,
      tenants.flatMap((t) =>
        t.applications.map((id) => async () => {
          const scores = { innovative_idea: 4, leadership: 3, team_composition: 4, previous_experience: 2 };
          const scored = await http.request('PUT', `${url(t)}/applications/${id}/reviews/screening`, { token: t.reviewer.token, body: { scores } });
          expect(scored.status).toBe(204);
        }),
      ),
    );
    await Promise.all(
      tenants.flatMap((t) =>
        (['accept', 'reject', 'waitlist'] as const).map(async (decision) => {
          const applicationIds = t.applications.filter((_, i) => t.decisions[i] === decision);
          if (applicationIds.length === 0) return;
          const body = { applicationIds, decision, ...(decision === 'accept' ? { cohortId: t.cohort.id } : {}) };
          const decided = await http.post(`${url(t)}/calls/${t.callId}/decisions`, body, t.owner.token);
          expect({ decision, status: decided.status, body: decided.status === 200 || decided.status === 201 ? 'ok' : decided.body }).toEqual({ decision, status: decided.status, body: 'ok' });
        }),
      ),
    );

    const subjects = { accept: 'accepted', reject: 'not accepted', waitlist: 'on the waiting list' };
    const total = tenants.reduce((n, t) => n + t.applicants.length, 0);
    await eventually('every decision emailed', async () => tenants.every((t) => t.applicants.every((p) => system.mailbox.messages.some((m) => m.to.includes(p.email)))));
    await quiet(system, queues);
    for (const t of tenants) {
      for (const [i, applicant] of t.applicants.entries()) {
        const mails = system.mailbox.messages.filter((m) => m.to.includes(applicant.email));
        expect(mails.map((m) => m.subject)).toEqual([`${t.org.name}: Startup ${t.org.slug} ${i} ${subjects[t.decisions[i]]}`]);
      }
      const accepted = t.decisions.filter((d) => d === 'accept').length;
      expect(await countRows(system, 'enrolments', 'cohort_id = $1', [t.cohort.id])).toBe(accepted);
      expect(await countRows(system, 'startups', 'organization_id = $1', [t.org.id])).toBe(accepted);
      expect(await countRows(system, 'applications', `call_id = $1 AND organization_id = $2 AND decision_emailed = status`, [t.callId, t.org.id])).toBe(t.applicants.length);
    }
    expect(system.mailbox.messages.filter((m) => / (accepted|not accepted|on the waiting list)$/.test(m.subject))).toHaveLength(total);
  });

  it('moves both cohorts through a month of clock moves: every reminder, overdue mark, review and email once, as on one process', async () => {
    // The calendar, worked out from the cohort's dates (the same for both organizations).
    const dues = tenants[0].cohort.milestones.map((m) => m.dueOn);
    const plan = {
      start: local('2027-02-08'),
      completes: local(addDays(tenants[0].cohort.endsOn, 1)),
      reminders: dues.flatMap((d) => [local(addDays(d, -7), '09:00'), local(addDays(d, -1), '09:00')]),
      overdues: dues.map((d) => local(addDays(d, 1))),
    };
    expect(plan.completes.toISOString()).toBe(local('2027-03-08').toISOString());
    const instants = [...new Set([plan.start, plan.completes, ...plan.reminders, ...plan.overdues].map((d) => d.getTime()))].sort((x, y) => x - y);
    const upTo = (dates: Date[], t: number) => dates.filter((d) => d.getTime() <= t).length;

    const state = async (t: Tenant) =>
      (
        await system.db.query(
          `SELECT c.status,
             (SELECT count(*) FROM milestone_reminders r JOIN milestones m ON m.id = r.milestone_id WHERE m.cohort_id = c.id)::int AS reminders,
             (SELECT count(*) FROM notifications n JOIN milestones m ON m.id::text = n.subject->>'id' WHERE n.kind = 'milestone.reminder' AND m.cohort_id = c.id)::int AS reminder_notifications,
             (SELECT count(*) FROM milestones WHERE cohort_id = c.id AND overdue_marked_at IS NOT NULL)::int AS overdue,
             (SELECT count(*) FROM milestone_events ev JOIN milestones m ON m.id = ev.milestone_id WHERE m.cohort_id = c.id AND ev.kind = 'overdue')::int AS overdue_events,
             (SELECT count(*) FROM notifications WHERE kind = 'milestone.overdue' AND subject->>'id' = c.id::text)::int AS escalations,
             (SELECT count(*) FROM programme_actions a JOIN enrolments e ON e.id = a.enrolment_id WHERE e.cohort_id = c.id AND a.kind = 'graduation_review')::int AS reviews,
             (SELECT count(*) FROM notifications WHERE kind = 'graduation.review-opened' AND subject->>'id' = c.id::text)::int AS review_notifications,
             (SELECT count(*) FROM audit_entries WHERE action = 'cohort.advanced' AND entity_id = c.id)::int AS advances
           FROM cohorts c WHERE c.id = $1`,
          [t.cohort.id],
        )
      ).rows[0];
    const expected = (t: Tenant, at: number) => {
      const startups = t.decisions.filter((d) => d === 'accept').length; // one founder each
      const staff = 2; // owner and manager
      const completed = plan.completes.getTime() <= at;
      const running = plan.start.getTime() <= at;
      return {
        status: completed ? 'completed' : running ? 'running' : 'planned',
        reminders: startups * upTo(plan.reminders, at),
        reminder_notifications: startups * upTo(plan.reminders, at),
        overdue: startups * upTo(plan.overdues, at),
        overdue_events: startups * upTo(plan.overdues, at),
        escalations: staff * upTo(plan.overdues, at),
        reviews: completed ? startups : 0,
        review_notifications: completed ? staff : 0,
        advances: (running ? 1 : 0) + (completed ? 1 : 0),
      };
    };
    const mails = (email: string, subject: RegExp) => system.mailbox.messages.filter((m) => m.to.includes(email) && subject.test(m.subject)).length;

    for (const at of instants) {
      clock.set(new Date(at + MINUTE));
      // The two workers' reconcilers notice the move (every 300 ms) and catch up what came due.
      for (const t of tenants) {
        await eventually(`${t.org.slug} at ${new Date(at).toISOString()}`, async () => JSON.stringify(await state(t)) === JSON.stringify(expected(t, at)));
      }
      await quiet(system, queues);
      for (const t of tenants) {
        const label = `${t.org.slug} at ${new Date(at).toISOString()}`;
        expect({ label, ...(await state(t)) }).toEqual({ label, ...expected(t, at) });
        const founders = t.applicants.filter((_, i) => t.decisions[i] === 'accept');
        for (const founder of founders) expect({ label, reminders: mails(founder.email, /^Reminder: /) }).toEqual({ label, reminders: upTo(plan.reminders, at) });
        for (const staff of [t.owner, t.manager]) {
          expect({ label, overdue: mails(staff.email, new RegExp(`overdue in ${t.cohort.name}$`)) }).toEqual({ label, overdue: upTo(plan.overdues, at) });
          expect({ label, reviews: mails(staff.email, /^Graduation review: /) }).toEqual({ label, reviews: plan.completes.getTime() <= at ? 1 : 0 });
        }
      }
    }

    // No effect twice: one email per notification (by its Message-ID), every notification sent once.
    const { rows: sent } = await system.db.query(`SELECT id::text FROM notifications WHERE email_status = 'sent'`);
    const byMessageId = new Map<string, number>();
    for (const m of system.mailbox.messages) if (m.messageId?.startsWith('<notification.')) byMessageId.set(m.messageId, (byMessageId.get(m.messageId) ?? 0) + 1);
    expect([...byMessageId.values()].filter((n) => n > 1)).toEqual([]);
    expect(byMessageId.size).toBe(sent.length);
    expect(sent.length).toBeGreaterThan(0);
    expect(await countRows(system, 'notifications', `email_status = 'pending'`)).toBe(0);
    const failed = (await queues.milestones.getFailedCount()) + (await queues.notifications.getFailedCount());
    expect(failed).toBe(0);
    for (const p of [...apis, ...workers]) expect(p.child!.exitCode).toBeNull();
  });

  it("answers 404 for the other organization's objects, through either API, and changes nothing", async () => {
    const [a, b] = tenants;
    const before = await countRows(system, 'audit_entries', 'organization_id = $1', [b.org.id]);
    const aOnB = (path: string) => `/api/v1/organizations/${a.org.slug}/${path}`;
    const intoB = (path: string) => `/api/v1/organizations/${b.org.slug}/${path}`;
    const missing = `/api/v1/organizations/no-such-${randomBytes(4).toString('hex')}`;
    const objectsOfB = [
      `programmes/${b.programmeId}`,
      `calls/${b.callId}`,
      `applications/${b.applications[0]}`,
      `cohorts/${b.cohort.id}`,
      `cohorts/${b.cohort.id}/grid`,
      `calls/${b.callId}/rounds/screening/progress`,
    ];
    const calls: { method: 'GET' | 'PATCH' | 'POST'; url: string; body?: unknown }[] = [
      // B's objects under A's own slug: A's tenancy finds nothing.
      ...objectsOfB.map((path) => ({ method: 'GET' as const, url: aOnB(path) })),
      { method: 'PATCH', url: aOnB(`programmes/${b.programmeId}`), body: { name: 'Taken over' } },
      { method: 'PATCH', url: aOnB(`calls/${b.callId}`), body: { title: 'Taken over' } },
      { method: 'POST', url: aOnB(`calls/${b.callId}/decisions`), body: { applicationIds: [b.applications[0]], decision: 'accept' } },
      // B's slug: A's owner is not a member.
      { method: 'GET', url: intoB('members') },
      { method: 'GET', url: intoB('audit') },
      { method: 'GET', url: intoB(`programmes/${b.programmeId}`) },
      { method: 'PATCH', url: intoB(`calls/${b.callId}`), body: { title: 'Taken over' } },
    ];
    for (const call of calls) {
      for (let round = 0; round < 2; round++) {
        const response: Response = await http.request(call.method, call.url, { token: a.owner.token, body: call.body });
        expect({ call: `${call.method} ${call.url}`, status: response.status, code: response.body?.code }).toEqual({ call: `${call.method} ${call.url}`, status: 404, code: 'NOT_FOUND' });
      }
    }
    const nowhere = await http.get(`${missing}/members`, a.owner.token);
    expect({ status: nowhere.status, code: nowhere.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await countRows(system, 'audit_entries', 'organization_id = $1', [b.org.id])).toBe(before);
    expect(await countRows(system, 'programmes', `organization_id = $1 AND name = 'Taken over'`, [b.org.id])).toBe(0);
    expect(await countRows(system, 'calls', `organization_id = $1 AND title = 'Taken over'`, [b.org.id])).toBe(0);
  });

  it('stops a worker and an API on SIGTERM cleanly: the shared cluster connection closes after the jobs and queues', async () => {
    for (const p of [workers[1], apis[1]]) {
      const exit = await p.stop();
      expect({ exit, clean: exit.code === 0 || (exit.code === null && exit.signal === 'SIGTERM') }).toEqual({ exit, clean: true });
      expect(p.output).not.toMatch(/error|connection is closed/i);
    }
    // The other pair carries on.
    expect((await fetch(`${await apis[0].url()}/health`)).status).toBe(200);
  });
});

/** Keys matching `pattern` on one cluster node. */
async function redisKeys(port: number, pattern: string): Promise<string[]> {
  const { default: Redis } = await import('ioredis');
  const node = new Redis({ host: '127.0.0.1', port, lazyConnect: true });
  try {
    await node.connect();
    return await node.keys(pattern);
  } finally {
    node.disconnect();
  }
}
