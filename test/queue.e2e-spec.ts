import { getQueueToken } from '@nestjs/bullmq';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Job, Queue } from 'bullmq';
import { ClsService } from 'nestjs-cls';
import { randomBytes, randomUUID } from 'node:crypto';
import { indexHandlers, JobDispatcher, jobNames, JobHandler, JobName, jobId, Metrics, Outbox, OutboxRelay, RequestContext, SystemDatabase, Tenancy } from '@hatchery/core';
import { organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';
import { until } from './support/wait';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('jobs: transactional outbox, relay to BullMQ, dispatcher, idempotent handlers', () => {
  let system: System;
  let owner: SignedIn;
  let organization: Awaited<ReturnType<typeof organizations.create>>;
  let cls: ClsService;
  let txHost: TransactionHost<TransactionalAdapterTypeOrm>;
  let tenancy: Tenancy;
  let outbox: Outbox;
  let relay: OutboxRelay;
  let queue: Queue;

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    const worker = system.worker!;
    cls = worker.get(ClsService);
    txHost = worker.get(TransactionHost);
    tenancy = worker.get(Tenancy);
    outbox = worker.get(Outbox);
    relay = worker.get(OutboxRelay);
    queue = worker.get<Queue>(getQueueToken('notifications'), { strict: false });
    owner = await users.create(system);
    organization = await organizations.create(system, owner);
  });
  afterAll(() => system.close());

  /** Enqueues in a transaction of the worker's own, inside the organization; `then` may throw to roll back. */
  const enqueueInTransaction = (invitationId: string, id: string, then?: () => Promise<void>, runAt?: Date) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.enterOrganization(organization.id);
        await outbox.enqueue('invitation.send', { organizationId: organization.id, invitationId }, { jobId: id, runAt });
        await then?.();
      }),
    );

  const outboxRow = async (id: string) => {
    const { rows } = await system.db.query('SELECT id, relayed_at FROM outbox_messages WHERE job_id = $1', [id]);
    return rows as { id: string; relayed_at: Date | null }[];
  };

  const finished = (id: string) =>
    until(`job ${id} to finish`, async () => {
      const job = await queue.getJob(id);
      const state = await job?.getState();
      if (state === 'failed') throw new Error(`job ${id} failed: ${job!.failedReason}`);
      // Read the job again once completed: the copy fetched before getState() may predate it.
      return state === 'completed' ? ((await queue.getJob(id)) as Job) : undefined;
    });

  const totalJobs = async () => Object.values(await queue.getJobCounts()).reduce((a, b) => a + b, 0);

  describe('the outbox', () => {
    it('never delivers a job enqueued in a transaction that rolls back', async () => {
      const invitationId = randomUUID();
      const id = jobId('invitation.send', invitationId);
      let seenInsideTransaction = -1;
      await expect(
        enqueueInTransaction(invitationId, id, async () => {
          const rows: { n: number }[] = await txHost.tx.query('SELECT count(*)::int AS n FROM outbox_messages WHERE job_id = $1', [id]);
          seenInsideTransaction = rows[0].n;
          throw new Error('something later in the transaction failed');
        }),
      ).rejects.toThrow('something later in the transaction failed');
      // The row did exist inside the transaction: the enqueue ran, and the rollback took it away.
      expect(seenInsideTransaction).toBe(1);

      expect(await outboxRow(id)).toEqual([]);
      await relay.relayOnce();
      await sleep(700); // longer than the relay loop's idle interval
      expect(await outboxRow(id)).toEqual([]);
      expect(await queue.getJob(id)).toBeUndefined();
    });

    it('delivers a committed job once: relayed_at set, the job in BullMQ under its deterministic id, run by the worker', async () => {
      const invitationId = randomUUID();
      const id = jobId('invitation.send', invitationId);
      await enqueueInTransaction(invitationId, id);
      expect(await outboxRow(id)).toHaveLength(1);

      await relay.relayOnce(); // may find nothing: the worker's own loop may have taken the row already
      const [row] = await until('relayed_at', async () => {
        const rows = await outboxRow(id);
        return rows[0]?.relayed_at ? rows : undefined;
      });
      expect(row.relayed_at).toBeInstanceOf(Date);

      const job = await queue.getJob(id);
      expect(job).toBeDefined();
      expect(job!.name).toBe('invitation.send');
      expect(job!.data).toEqual({ organizationId: organization.id, invitationId });

      // No such invitation: the handler finds nothing to do and completes.
      const done = await finished(id);
      const before = { timestamp: done.timestamp, processedOn: done.processedOn, finishedOn: done.finishedOn, attemptsMade: done.attemptsMade };
      const jobsBefore = await totalJobs();

      // A relay that crashed before marking the row would hand the same row over again.
      await system.db.query('UPDATE outbox_messages SET relayed_at = NULL WHERE id = $1', [row.id]);
      await relay.relayOnce();
      await until('relayed_at again', async () => (await outboxRow(id))[0].relayed_at !== null);
      await sleep(300);

      const again = await queue.getJob(id);
      expect(again).toBeDefined();
      expect(await again!.getState()).toBe('completed');
      expect({ timestamp: again!.timestamp, processedOn: again!.processedOn, finishedOn: again!.finishedOn, attemptsMade: again!.attemptsMade }).toEqual(before);
      expect(await totalJobs()).toBe(jobsBefore);
      expect(await outboxRow(id)).toHaveLength(1);
    });

    it('delays a job enqueued with runAt until then', async () => {
      const invitationId = randomUUID();
      const id = jobId('invitation.send', invitationId);
      await enqueueInTransaction(invitationId, id, undefined, new Date(Date.now() + 60_000));
      const job = await until('the delayed job', async () => queue.getJob(id));
      expect(await job.getState()).toBe('delayed');
      expect(job.opts.delay).toBeGreaterThan(50_000);
    });

    it('keeps the app role from reading or writing another organization’s outbox rows (row level security)', async () => {
      const otherOwner = await users.create(system);
      const other = await organizations.create(system, otherOwner);
      const invitationId = randomUUID();
      // Entered in `organization`, a row claiming `other` is refused by the policy.
      await expect(
        cls.run(() =>
          txHost.withTransaction(async () => {
            await tenancy.enterOrganization(organization.id);
            await outbox.enqueue('invitation.send', { organizationId: other.id, invitationId }, { jobId: jobId('invitation.send', invitationId) });
          }),
        ),
      ).rejects.toThrow(/row-level security/);
      expect(await countRows(system, 'outbox_messages', `payload->>'invitationId' = $1`, [invitationId])).toBe(0);
    });
  });

  describe('the dispatcher', () => {
    const handler = (jobName: string): JobHandler => ({ jobName: jobName as JobName, handle: async () => undefined });
    // Every job the domains the worker loads declared (each domain's jobs.ts).
    const JOB_NAMES = jobNames();

    it('indexes exactly one handler per declared job', () => {
      const all = JOB_NAMES.map((name) => handler(name));
      const index = indexHandlers(all, JOB_NAMES);
      expect(index.get('invitation.send')).toBe(all[JOB_NAMES.indexOf('invitation.send')]);
      expect([...index.keys()].sort()).toEqual([...JOB_NAMES].sort());
    });

    it('refuses two handlers for one job name', () => {
      expect(() => indexHandlers([handler('invitation.send'), handler('invitation.send')], JOB_NAMES)).toThrow(/invitation\.send has two handlers/);
    });

    it('refuses a declared job without a handler', () => {
      expect(() => indexHandlers([], JOB_NAMES)).toThrow(/jobs without a handler: .*invitation\.send/);
      expect(() => indexHandlers([handler('invitation.send')], ['invitation.send', 'report.build' as JobName])).toThrow(/without a handler: report\.build/);
    });

    it('refuses a handler for an undeclared job', () => {
      expect(() => indexHandlers([...JOB_NAMES.map((name) => handler(name)), handler('invoice.send')], JOB_NAMES)).toThrow(/handlers for undeclared jobs: invoice\.send/);
    });

    it('is what the dispatcher is built with: a bad registry cannot construct one', () => {
      expect(() => new JobDispatcher([], tenancy, system.worker!.get(RequestContext), system.worker!.get(SystemDatabase), system.worker!.get(Metrics))).toThrow(/without a handler/);
      // The running worker's registry is complete.
      expect(system.worker!.get(JobDispatcher)).toBeInstanceOf(JobDispatcher);
    });

    it('fails a job whose name has no handler', async () => {
      const dispatcher = system.worker!.get(JobDispatcher);
      await expect(dispatcher.dispatch({ id: 'x', name: 'nope.nothing', data: { organizationId: organization.id }, attemptsMade: 0 } as Job)).rejects.toThrow(
        /no handler for job nope\.nothing/,
      );
    });
  });

  describe('the invitation handler is idempotent', () => {
    const mailsTo = (address: string) => system.mailbox.messages.filter((m) => m.to.includes(address));

    /** An invitation row written directly (as the API would), without an outbox row. */
    async function invitationRow(values: { emailSentAt?: string; acceptedAt?: string; revokedAt?: string; expiresAt?: string } = {}) {
      const id = randomUUID();
      const email = `handler-${randomBytes(4).toString('hex')}@example.org`;
      await system.db.query(
        `INSERT INTO invitations (id, organization_id, email, role, token_hash, invited_by_user_id, expires_at, email_sent_at, accepted_at, revoked_at)
         VALUES ($1, $2, $3, 'mentor', $4, $5, COALESCE($6::timestamptz, now() + interval '7 days'), $7, $8, $9)`,
        [id, organization.id, email, randomBytes(32).toString('hex'), owner.id, values.expiresAt ?? null, values.emailSentAt ?? null, values.acceptedAt ?? null, values.revokedAt ?? null],
      );
      return { id, email };
    }

    const run = async (invitationId: string, discriminator = 'test') => {
      const id = jobId('invitation.send', invitationId, discriminator);
      await queue.add('invitation.send', { organizationId: organization.id, invitationId }, { jobId: id });
      return finished(id);
    };

    it('sends for a pending, unsent invitation (so the cases below are meaningful) and marks it sent', async () => {
      const { id, email } = await invitationRow();
      await run(id);
      expect(mailsTo(email)).toHaveLength(1);
      const { rows } = await system.db.query('SELECT email_sent_at FROM invitations WHERE id = $1', [id]);
      expect(rows[0].email_sent_at).not.toBeNull();
    });

    it('sends nothing for an invitation whose email_sent_at is already set', async () => {
      const control = await invitationRow();
      const { id, email } = await invitationRow({ emailSentAt: new Date().toISOString() });
      await run(id);
      await run(control.id);
      await system.mailbox.waitFor(control.email);
      await sleep(200);
      expect(mailsTo(email)).toHaveLength(0);
    });

    it('sends once when the same invitation job runs again after a real send (redelivery)', async () => {
      const email = `redelivered-${randomBytes(4).toString('hex')}@example.org`;
      const response = await system.http.post(`/api/v1/organizations/${organization.slug}/invitations`, { email, role: 'founder' }, owner.token);
      expect(response.status).toBe(201);
      await system.mailbox.waitFor(email);
      await until('email_sent_at', async () => {
        const { rows } = await system.db.query('SELECT email_sent_at FROM invitations WHERE id = $1', [response.body.id]);
        return rows[0].email_sent_at !== null;
      });
      await run(response.body.id, 'again');
      await run(response.body.id, 'and-again');
      await sleep(200);
      expect(mailsTo(email)).toHaveLength(1);
    });

    it.each([
      ['accepted', { acceptedAt: new Date().toISOString() }],
      ['revoked', { revokedAt: new Date().toISOString() }],
      ['expired', { expiresAt: new Date(Date.now() - 60_000).toISOString() }],
    ])('sends nothing for an invitation that is %s', async (_label, values) => {
      const control = await invitationRow();
      const { id, email } = await invitationRow(values);
      await run(id);
      await run(control.id);
      await system.mailbox.waitFor(control.email);
      await sleep(100);
      expect(mailsTo(email)).toHaveLength(0);
      const { rows } = await system.db.query('SELECT email_sent_at FROM invitations WHERE id = $1', [id]);
      expect(rows[0].email_sent_at).toBeNull();
    });

    it('sends nothing for an invitation of another organization named in the payload (the handler runs under row level security)', async () => {
      const otherOwner = await users.create(system);
      const other = await organizations.create(system, otherOwner);
      const { id, email } = await invitationRow();
      // The job claims the invitation is in `other`: inside `other`, the row is invisible.
      const job = jobId('invitation.send', id, 'cross');
      await queue.add('invitation.send', { organizationId: other.id, invitationId: id }, { jobId: job });
      await finished(job);
      await sleep(100);
      expect(mailsTo(email)).toHaveLength(0);
    });
  });
});
