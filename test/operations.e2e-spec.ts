import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { createApi } from '../apps/api/src/bootstrap';
import { createWorker } from '../apps/worker/src/bootstrap';
import { MetricsServer, OutboxRedelivery, OutboxRelay, Tenancy } from '@hatchery/core';
import { maskSecretUrl } from '../libs/core/src/http/log-serializers';
import { NotificationsService } from '@hatchery/notifications';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';
import { TcpProxy } from './support/tcp-proxy';
import { until } from './support/wait';

const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

async function scrape(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/plain/);
  return response.text();
}

/** The value of one sample line, e.g. `name{a="b"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Deletes every Redis key of this test file (queues, jobs, rate limits): a Redis that lost its data. */
async function wipeRedis(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `*${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

describe('operations: request ids, metrics, health, CORS, shutdown, secrets in logs, redelivery after a Redis wipe', () => {
  let system: System;
  let owner: SignedIn;
  let org: { id: string; slug: string };

  beforeAll(async () => {
    system = await startSystem({ worker: true, env: { CORS_ORIGINS: 'https://app.hatchery.example,http://localhost:5173' } });
    owner = await users.create(system);
    org = await organizations.create(system, owner);
  });
  afterAll(() => system.close());

  describe('request ids', () => {
    it('makes one (a UUIDv7) when none is given, and returns it as X-Request-Id and in problems', async () => {
      const response = await system.http.get('/api/v1/auth/me');
      expect(response.status).toBe(401);
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(response.body.requestId).toBe(response.headers['x-request-id']);
    });

    it("keeps a caller's valid X-Request-Id, and replaces one that could forge a log line", async () => {
      const kept = await system.http.request('GET', '/api/v1/auth/me', { headers: { 'x-request-id': 'edge-7f3a9c21.0001' } });
      expect(kept.headers['x-request-id']).toBe('edge-7f3a9c21.0001');
      expect(kept.body.requestId).toBe('edge-7f3a9c21.0001');
      const replaced = await system.http.request('GET', '/api/v1/auth/me', { headers: { 'x-request-id': 'bad id" level=fatal' } });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    });

    it('follows the request into the outbox, the job, what the job writes, and the jobs it causes', async () => {
      const programme = await programmes.create(system, owner, org.slug);
      const call = await calls.create(system, owner, org.slug, programme.id, { opensAt: at(-HOUR), closesAt: at(1_500) });
      const requestId = 'trace-publish-0001';
      const published = await system.http.request('POST', `/api/v1/organizations/${org.slug}/calls/${call.id}/publish`, { token: owner.token, headers: { 'x-request-id': requestId } });
      expect(published.status).toBe(200);
      const { rows: outbox } = await system.db.query(`SELECT job_name, request_id FROM outbox_messages WHERE payload->>'callId' = $1`, [call.id]);
      expect(outbox.sort((a, b) => a.job_name.localeCompare(b.job_name))).toEqual([
        { job_name: 'call.close', request_id: requestId },
        { job_name: 'call.open', request_id: requestId },
      ]);

      // The worker closes the call (its audit entry carries the id) and queues the review's start with it.
      await until('the call to close and its review to start', async () => (await countRows(system, 'outbox_messages', `job_name = 'call.start-review' AND payload->>'callId' = $1 AND completed_at IS NOT NULL`, [call.id])) === 1);
      const { rows: audit } = await system.db.query(`SELECT action, request_id FROM audit_entries WHERE entity_id = $1 ORDER BY id`, [call.id]);
      expect(audit).toEqual([
        { action: 'call.created', request_id: expect.any(String) },
        { action: 'call.published', request_id: requestId },
        { action: 'call.opened', request_id: requestId },
        { action: 'call.closed', request_id: requestId },
      ]);
      const { rows: caused } = await system.db.query(`SELECT request_id FROM outbox_messages WHERE job_name = 'call.start-review' AND payload->>'callId' = $1`, [call.id]);
      expect(caused).toEqual([{ request_id: requestId }]);
      const queue = system.worker!.get<Queue>(getQueueToken('selection'), { strict: false });
      expect((await queue.getJob(`call.start-review.${call.id}`))?.data).toEqual({ organizationId: org.id, callId: call.id, requestId });
    });
  });

  describe('health', () => {
    it('answers liveness and readiness separately on the api', async () => {
      expect((await system.http.get('/health/live')).body).toEqual({ status: 'ok' });
      const ready = await system.http.get('/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.info).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
    });

    it('a worker that lost Redis is alive but not ready, and ready again when Redis is back', async () => {
      const proxy = new TcpProxy(Number(new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379').port || 6379));
      await proxy.start();
      const saved = process.env.REDIS_URL;
      process.env.REDIS_URL = `redis://127.0.0.1:${proxy.port}`;
      const worker = await createWorker({ logs: false });
      process.env.REDIS_URL = saved;
      try {
        await worker.init();
        const http = worker.getHttpAdapter().getInstance();
        expect((await http.inject({ url: '/health/ready' })).statusCode).toBe(200);
        await proxy.stop();
        const live = await http.inject({ url: '/health/live' });
        expect([live.statusCode, live.json()]).toEqual([200, { status: 'ok' }]);
        const ready = await http.inject({ url: '/health/ready' });
        expect(ready.statusCode).toBe(503);
        expect(ready.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', detail: 'Unavailable: redis.' });
        await proxy.start();
        await until('the worker to be ready again', async () => (await http.inject({ url: '/health/ready' })).statusCode === 200);
      } finally {
        if (!proxy.running) await proxy.start();
        await worker.close();
        await proxy.stop();
      }
    });
  });

  describe('metrics', () => {
    it('are served on their own loopback listener, not on the public port', async () => {
      expect((await system.http.get('/metrics')).status).toBe(404);
      expect((await system.http.get('/api/v1/metrics')).status).toBe(404);
    });

    it('show a request by route pattern, a job by name, queue depth, pool use, outbox lag and emails', async () => {
      const apiMetrics = await system.api.get(MetricsServer).listen(0, '127.0.0.1');
      const workerMetrics = await system.worker!.get(MetricsServer).listen(0, '127.0.0.1');
      expect(apiMetrics).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);

      expect((await system.http.get(`/api/v1/organizations/${org.slug}`, owner.token)).status).toBe(200);
      const invited = await system.http.post(`/api/v1/organizations/${org.slug}/invitations`, { email: `metrics-${Date.now()}@example.org`, role: 'mentor' }, owner.token);
      expect(invited.status).toBe(201);
      await system.mailbox.waitFor(invited.body.email);
      await until('the invitation job to be marked done', async () => (await countRows(system, 'outbox_messages', `job_name = 'invitation.send' AND completed_at IS NULL`)) === 0);

      const api = await scrape(apiMetrics);
      expect(sample(api, 'hatchery_http_request_duration_seconds_count{method="GET",route="/api/v1/organizations/:slug",status="200"}')).toBeGreaterThanOrEqual(1);
      expect(api).not.toContain(org.slug); // routes are patterns, not URLs
      expect(sample(api, 'hatchery_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);

      const worker = await scrape(workerMetrics);
      expect(sample(worker, 'hatchery_job_duration_seconds_count{job="invitation.send",outcome="completed"}')).toBeGreaterThanOrEqual(1);
      expect(sample(worker, 'hatchery_emails_total{outcome="sent"}')).toBeGreaterThanOrEqual(1);
      expect(sample(worker, 'hatchery_queue_jobs{queue="notifications",state="waiting"}')).toBe(0);
      expect(sample(worker, 'hatchery_outbox_lag_seconds')).toBe(0);
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string, app: NestFastifyApplication = system.api) =>
      app.getHttpAdapter().getInstance().inject({
        method: 'OPTIONS',
        url: '/api/v1/auth/login',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });

    it('answers a preflight from a listed origin, with credentials', async () => {
      const response = await preflight('https://app.hatchery.example');
      expect(response.statusCode).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('https://app.hatchery.example');
      expect(response.headers['access-control-allow-credentials']).toBe('true');
      expect(String(response.headers['access-control-allow-methods'])).toContain('POST');
      const actual = await system.http.request('GET', '/api/v1/auth/me', { headers: { origin: 'http://localhost:5173' } });
      expect(actual.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(String(actual.headers['access-control-expose-headers'])).toContain('x-request-id');
    });

    it('gives an unlisted origin no CORS headers (the browser blocks it), and none at all by default', async () => {
      const response = await preflight('https://evil.example');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();

      const saved = process.env.CORS_ORIGINS;
      delete process.env.CORS_ORIGINS;
      const plain = await createApi({ logs: false });
      process.env.CORS_ORIGINS = saved;
      try {
        await plain.init();
        const none = await preflight('https://app.hatchery.example', plain);
        expect(none.headers['access-control-allow-origin']).toBeUndefined();
      } finally {
        await plain.close();
      }
    });
  });

  describe('shutdown', () => {
    it('finishes a request in flight, then closes idle keep-alive connections, instead of waiting for clients', async () => {
      const api = await createApi({ logs: false });
      await api.listen({ port: 0, host: '127.0.0.1' });
      const { port } = api.getHttpAdapter().getInstance().server.address() as AddressInfo;
      const agent = new Agent({ keepAlive: true, keepAliveMsecs: 60_000, maxSockets: 4 });
      const get = (path: string, headers: Record<string, string> = {}) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
            let body = '';
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          });
          req.on('error', reject);
          req.end();
        });
      try {
        // An idle keep-alive connection…
        expect((await get('/health/live')).status).toBe(200);
        // …and a request held in flight by a row lock on the organization.
        const locker = new Client({ connectionString: system.urls.inspect });
        await locker.connect();
        await locker.query('BEGIN');
        await locker.query('SELECT 1 FROM organizations WHERE id = $1 FOR UPDATE', [org.id]);
        const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
          const req = httpRequest(
            { host: '127.0.0.1', port, path: `/api/v1/organizations/${org.slug}`, method: 'PATCH', agent, headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' } },
            (res) => {
              let body = '';
              res.on('data', (chunk) => (body += chunk));
              res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on('error', reject);
          req.end(JSON.stringify({ name: 'Renamed during shutdown' }));
        });
        await until('the request to wait on the lock', async () => {
          const { rows } = await system.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
          return rows[0].n > 0;
        });
        const closed = api.close().then(() => 'closed');
        await locker.query('COMMIT');
        await locker.end();
        const done = await inFlight;
        expect(done.status).toBe(200);
        expect(JSON.parse(done.body).name).toBe('Renamed during shutdown');
        // Bounded: the idle connection does not hold the close (the agent would keep it for a minute).
        const outcome = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 8_000).unref())]);
        expect(outcome).toBe('closed');
      } finally {
        agent.destroy();
      }
    });
  });

  describe('secrets in logs', () => {
    it('masks every route whose path carries a token, found in the OpenAPI document', async () => {
      const document = (await system.http.get('/api/docs-json')).body as { paths: Record<string, unknown> };
      const secretPaths = Object.keys(document.paths).filter((path) => path.includes('{token}'));
      expect(secretPaths.length).toBeGreaterThanOrEqual(2);
      for (const path of secretPaths) {
        const url = path.replace(/\{token\}/g, 'S3cr3t-T0ken_value').replace(/\{[^}]+\}/g, 'x');
        expect([path, maskSecretUrl(url)]).toEqual([path, expect.not.stringContaining('S3cr3t')]);
      }
    });
  });

  describe('redelivery: Postgres is the truth when Redis loses a job', () => {
    it('an email waiting to retry (SMTP down) when Redis is wiped is sent once when the mail server is back', async () => {
      const founder = await addMember(system, org.id, 'founder');
      system.mailbox.offline = true;
      const sentBefore = system.mailbox.messages.length;

      const email = `redelivery-${Date.now()}@example.org`;
      const invited = await system.http.post(`/api/v1/organizations/${org.slug}/invitations`, { email, role: 'reviewer' }, owner.token);
      expect(invited.status).toBe(201);
      const tenancy = system.api.get(Tenancy);
      await tenancy.runInOrganization(org.id, () =>
        system.api.get(NotificationsService).notify([
          { userId: founder.id, kind: 'milestone.reminder', title: 'Due soon', body: 'Pitch deck due', subject: { type: 'milestone', id: org.id }, dedupeKey: `redelivery-${Date.now()}`, email: true },
        ]),
      );
      const { rows: notification } = await system.db.query<{ id: string }>(`SELECT id FROM notifications WHERE user_id = $1`, [founder.id]);
      expect(notification).toHaveLength(1);

      const queue = system.worker!.get<Queue>(getQueueToken('notifications'), { strict: false });
      const jobIds = [`invitation.send.${invited.body.id}`, `notification.email.${notification[0].id}`];
      await until('both emails to fail once and wait to retry', async () => {
        const jobs = await Promise.all(jobIds.map((id) => queue.getJob(id)));
        return jobs.every((job) => job !== undefined && job.attemptsMade >= 1);
      });
      await wipeRedis(system.redisPrefix);
      expect(await Promise.all(jobIds.map((id) => queue.getJobState(id)))).toEqual(['unknown', 'unknown']);

      system.mailbox.offline = false;
      const report = await system.worker!.get(OutboxRedelivery).sweep();
      expect(report.redelivered).toBe(2);
      await system.mailbox.waitFor(email);
      await system.mailbox.waitFor(founder.email);
      await until('the notification to be marked sent', async () => (await countRows(system, 'notifications', `id = $1 AND email_status = 'sent'`, [notification[0].id])) === 1);
      await until('both outbox rows to be done', async () => (await countRows(system, 'outbox_messages', `job_id = ANY($1) AND completed_at IS NULL`, [jobIds])) === 0);

      // Once: a second sweep finds nothing to do, and each person got one email.
      expect(await system.worker!.get(OutboxRedelivery).sweep()).toMatchObject({ redelivered: 0 });
      const received = system.mailbox.messages.slice(sentBefore);
      expect(received.filter((m) => m.to.includes(email))).toHaveLength(1);
      expect(received.filter((m) => m.to.includes(founder.email))).toHaveLength(1);
    });

    it('marks a row done when its job finished but the mark was lost, without running it again', async () => {
      const email = `lost-mark-${Date.now()}@example.org`;
      const invited = await system.http.post(`/api/v1/organizations/${org.slug}/invitations`, { email, role: 'mentor' }, owner.token);
      await system.mailbox.waitFor(email);
      const jobIdOf = `invitation.send.${invited.body.id}`;
      await until('the row to be marked done', async () => (await countRows(system, 'outbox_messages', `job_id = $1 AND completed_at IS NOT NULL`, [jobIdOf])) === 1);
      await system.db.query(`UPDATE outbox_messages SET completed_at = NULL WHERE job_id = $1`, [jobIdOf]);

      const report = await system.worker!.get(OutboxRedelivery).sweep();
      expect(report).toMatchObject({ redelivered: 0 });
      expect(report.completed).toBeGreaterThanOrEqual(1);
      expect(await countRows(system, 'outbox_messages', `job_id = $1 AND completed_at IS NOT NULL`, [jobIdOf])).toBe(1);
      expect(system.mailbox.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    });
  });

  // Last: it stops the worker's relay.
  describe('outbox lag', () => {
    it('shows the age of the oldest row the relay has not moved', async () => {
      const url = await system.api.get(MetricsServer).listen(0, '127.0.0.1');
      await system.worker!.get(OutboxRelay).onApplicationShutdown();
      await system.db.query(
        `INSERT INTO outbox_messages (id, organization_id, job_name, job_id, payload, created_at) VALUES (gen_random_uuid(), $1, 'invitation.send', 'lag-probe', '{}', now() - interval '90 seconds')`,
        [org.id],
      );
      expect(sample(await scrape(url), 'hatchery_outbox_lag_seconds')).toBeGreaterThanOrEqual(90);
    });
  });
});
