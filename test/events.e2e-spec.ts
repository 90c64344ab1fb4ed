import { getQueueToken } from '@nestjs/bullmq';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { Job, Queue } from 'bullmq';
import { AuditService, defineJobs, DomainEvents, EventBus, EventMeta, EventSubscriber, EventSubscriberProvider, JobDispatcher, JobHandler, JobHandlerProvider, OutboxRedelivery, Tenancy } from '@hatchery/core';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { organizations } from './factories/organizations';
import { users } from './factories/users';
import { countRows, deleteRedisKeys, startSystem, System } from './support/system';
import { until } from './support/wait';

declare module '@hatchery/core' {
  interface DomainEvents {
    'test.happened': { label: string };
  }
}

/** What the subscribers did, across every worker in this process (each has its own instances). */
const calls = { steady: [] as string[], flaky: [] as string[] };
const flaky = { failuresLeft: 0 };

/** Completes every time; its effect (an audit row) is in its delivery's transaction. */
@EventSubscriberProvider()
class SteadySubscriber implements EventSubscriber<'test.happened'> {
  readonly event = 'test.happened' as const;
  readonly name = 'tests.steady';
  constructor(private readonly audit: AuditService) {}

  async handle({ label }: DomainEvents['test.happened'], { eventId }: EventMeta): Promise<void> {
    calls.steady.push(label);
    await this.audit.record({ action: 'test.steady', entityType: 'event', entityId: eventId, after: { label } });
  }
}

/** Fails `flaky.failuresLeft` times, after writing its effect (which the failure rolls back). */
@EventSubscriberProvider()
class FlakySubscriber implements EventSubscriber<'test.happened'> {
  readonly event = 'test.happened' as const;
  readonly name = 'tests.flaky';
  constructor(private readonly audit: AuditService) {}

  async handle({ label }: DomainEvents['test.happened'], { eventId }: EventMeta): Promise<void> {
    calls.flaky.push(label);
    await this.audit.record({ action: 'test.flaky', entityType: 'event', entityId: eventId, after: { label } });
    if (flaky.failuresLeft > 0) {
      flaky.failuresLeft -= 1;
      throw new Error('flaky subscriber fails');
    }
  }
}

/** A second handler for a job that has one (SendInvitationHandler). */
@JobHandlerProvider()
class SecondInvitationHandler implements JobHandler<'invitation.send'> {
  readonly jobName = 'invitation.send' as const;
  async handle(): Promise<void> {}
}

/** The real worker module, plus this file's two subscribers (found like any domain's). */
async function startWorker(): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule], providers: [SteadySubscriber, FlakySubscriber] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  await app.init();
  return app;
}

describe('domain events: published in the transaction, delivered once to each subscriber, retried per subscriber', () => {
  let system: System;
  let workers: NestFastifyApplication[] = [];
  let organizationId: string;

  const effects = (action: string, label: string) => countRows(system, 'audit_entries', `action = $1 AND changes->'label'->>'after' = $2`, [action, label]);
  const publish = (label: string, rollBack = false) =>
    workers[0].get(Tenancy).runInOrganization(organizationId, async () => {
      const eventId = await workers[0].get(EventBus).publish('test.happened', organizationId, { label });
      if (rollBack) throw new Error('the request failed');
      return eventId;
    });
  const delivered = (label: string) => async () => (await effects('test.steady', label)) === 1 && (await effects('test.flaky', label)) === 1;

  beforeAll(async () => {
    system = await startSystem();
    workers = [await startWorker(), await startWorker()];
    const owner = await users.create(system);
    organizationId = (await organizations.create(system, owner)).id;
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await system?.close();
  });

  beforeEach(() => {
    calls.steady.length = 0;
    calls.flaky.length = 0;
    flaky.failuresLeft = 0;
  });

  it('never delivers an event whose transaction rolled back', async () => {
    await expect(publish('rolled-back', true)).rejects.toThrow('the request failed');
    const eventId = await publish('committed');
    await until('the committed event to reach both subscribers', delivered('committed'));
    expect(await countRows(system, 'outbox_messages', `payload->'payload'->>'label' = 'rolled-back'`)).toBe(0);
    expect(await effects('test.steady', 'rolled-back')).toBe(0);
    expect(await effects('test.flaky', 'rolled-back')).toBe(0);
    expect(calls.steady).toEqual(['committed']);
    expect(await countRows(system, 'event_deliveries', `event_id = $1`, [eventId])).toBe(2);
  });

  it('delivers to each subscriber once when its job runs again, and when two workers run it at the same moment', async () => {
    const eventId = await publish('twice');
    await until('the event to reach both subscribers', delivered('twice'));
    const { rows } = await system.db.query<{ job_id: string; payload: object }>(`SELECT job_id, payload FROM outbox_messages WHERE job_name = 'event.deliver' AND payload->>'eventId' = $1`, [eventId]);
    expect(rows.map((r) => r.job_id).sort()).toEqual([`event.deliver.${eventId}.tests.flaky`, `event.deliver.${eventId}.tests.steady`]);
    // Each delivery job again: on both workers at once, then once more (a redelivered job).
    const job = (row: (typeof rows)[number]) => ({ id: `${row.job_id}-again`, name: 'event.deliver', data: row.payload, attemptsMade: 0 }) as Job;
    await Promise.all(rows.flatMap((row) => workers.map((worker) => worker.get(JobDispatcher).dispatch(job(row)))));
    await Promise.all(rows.map((row) => workers[0].get(JobDispatcher).dispatch(job(row))));
    expect(calls).toEqual({ steady: ['twice'], flaky: ['twice'] });
    expect(await effects('test.steady', 'twice')).toBe(1);
    expect(await effects('test.flaky', 'twice')).toBe(1);

    // The publication itself again: the deliveries are the same ids, and happen no more.
    const published = (await system.db.query(`SELECT job_id, payload FROM outbox_messages WHERE job_id = $1`, [`event.publish.${eventId}`])).rows[0];
    await Promise.all(workers.map((worker) => worker.get(JobDispatcher).dispatch({ id: 'x', name: 'event.publish', data: published.payload, attemptsMade: 0 } as Job)));
    // Two more rows per subscriber, under the same job ids: the relay hands them over and BullMQ, which knows the ids, ignores them.
    expect(await countRows(system, 'outbox_messages', `job_name = 'event.deliver' AND payload->>'eventId' = $1`, [eventId])).toBe(6);
    await until('the repeated rows to be relayed', async () => (await countRows(system, 'outbox_messages', `payload->>'eventId' = $1 AND relayed_at IS NULL`, [eventId])) === 0);
    expect((await workers[0].get(OutboxRedelivery).sweep()).redelivered).toBe(0);
    expect(calls).toEqual({ steady: ['twice'], flaky: ['twice'] });
    expect(await countRows(system, 'event_deliveries', `event_id = $1`, [eventId])).toBe(2);
  });

  it('retries a failing subscriber on its own while the other completes', async () => {
    flaky.failuresLeft = 2;
    const eventId = await publish('flaky');
    await until('the steady subscriber to complete', async () => (await effects('test.steady', 'flaky')) === 1);
    expect(await effects('test.flaky', 'flaky')).toBe(0);
    expect(await countRows(system, 'outbox_messages', `job_id = $1 AND completed_at IS NOT NULL`, [`event.deliver.${eventId}.tests.steady`])).toBe(1);
    // BullMQ's backoff: about 2 s, then 4 s.
    await until('the flaky subscriber to succeed on its third attempt', async () => (await effects('test.flaky', 'flaky')) === 1, 30_000);
    expect(calls.flaky).toEqual(['flaky', 'flaky', 'flaky']);
    expect(calls.steady).toEqual(['flaky']);
    expect(await countRows(system, 'event_deliveries', `event_id = $1`, [eventId])).toBe(2);
  });

  it('loses no event to a Redis wipe: the redelivery sweep hands it over again', async () => {
    const queue = workers[0].get<Queue>(getQueueToken('events'), { strict: false });
    await queue.pause();
    const eventId = await publish('wiped');
    const jobId = `event.publish.${eventId}`;
    await until('the relay to hand the event to Redis', async () => (await countRows(system, 'outbox_messages', `job_id = $1 AND relayed_at IS NOT NULL`, [jobId])) === 1);
    expect(await queue.getJobState(jobId)).toBe('waiting');
    await deleteRedisKeys(system.redisPrefix); // also drops the pause
    expect(await queue.getJobState(jobId)).toBe('unknown');
    // Only Postgres remembers it now: relayed, not done.
    expect(await countRows(system, 'outbox_messages', `job_id = $1 AND relayed_at IS NOT NULL AND completed_at IS NULL`, [jobId])).toBe(1);
    expect(calls).toEqual({ steady: [], flaky: [] });

    const report = await workers[0].get(OutboxRedelivery).sweep();
    expect(report.redelivered).toBeGreaterThanOrEqual(1);
    await until('the event to reach both subscribers', delivered('wiped'));
    expect(calls).toEqual({ steady: ['wiped'], flaky: ['wiped'] });
  });

  describe('the worker finds every domain\'s handlers and refuses to start on a bad catalogue', () => {
    const start = async (providers: (new (...args: never[]) => unknown)[]) => {
      const moduleRef = await Test.createTestingModule({ imports: [WorkerModule], providers }).compile();
      const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
      try {
        await app.init();
      } finally {
        await app.close();
      }
    };

    it('a job with two handlers', async () => {
      await expect(start([SecondInvitationHandler])).rejects.toThrow(/job invitation\.send has two handlers/);
    });

    it('a job some domain declared without a handler (last: the declaration stays for this file)', async () => {
      defineJobs({ 'test.orphan': 'events' } as never);
      await expect(start([])).rejects.toThrow(/jobs without a handler: test\.orphan/);
    });
  });
});
