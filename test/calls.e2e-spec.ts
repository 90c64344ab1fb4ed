import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { CallScheduleSweeper } from '@hatchery/programmes';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes, SOCRATUS_RUBRIC } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

type Org = Awaited<ReturnType<typeof organizations.create>>;
type CallBody = { id: string; status: string; opensAt: string; closesAt: string } & Record<string, any>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** An instant relative to now, as the API expects it (ISO 8601 with an offset). */
const at = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();

describe('calls: drafts, publishing, the worker opening and closing them, the public listing', () => {
  let system: System;
  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let founder: SignedIn;
  let mentor: SignedIn;
  let outsider: SignedIn;
  let org: Org;
  let programme: Awaited<ReturnType<typeof programmes.create>>;
  let otherOwner: SignedIn;
  let otherOrg: Org;
  let otherProgramme: { id: string };

  beforeAll(async () => {
    system = await startSystem({ worker: true });
    owner = await users.create(system);
    org = await organizations.create(system, owner);
    manager = await addMember(system, org.id, 'manager');
    reviewer = await addMember(system, org.id, 'reviewer');
    founder = await addMember(system, org.id, 'founder');
    mentor = await addMember(system, org.id, 'mentor');
    outsider = await users.create(system);
    programme = await programmes.create(system, owner, org.slug);
    otherOwner = await users.create(system);
    otherOrg = await organizations.create(system, otherOwner);
    otherProgramme = await programmes.create(system, otherOwner, otherOrg.slug);
  });
  afterAll(() => system.close());

  const callsUrl = (slug = org.slug) => `/api/v1/organizations/${slug}/calls`;
  const callUrl = (id: string, slug = org.slug) => `${callsUrl(slug)}/${id}`;
  const newCallUrl = (programmeId = programme.id, slug = org.slug) => `/api/v1/organizations/${slug}/programmes/${programmeId}/calls`;
  const publicUrl = (slug: string) => `/api/v1/public/organizations/${slug}/calls`;
  const fieldsOf = (body: { errors?: { field: string }[] } | Record<string, any>) => ((body.errors ?? []) as { field: string }[]).map((e) => e.field);

  const createCall = (overrides: Record<string, unknown> = {}, by: SignedIn = owner, programmeId = programme.id, slug = org.slug) =>
    system.http.post<CallBody>(newCallUrl(programmeId, slug), calls.build(overrides), by.token);
  const draft = (overrides: Record<string, unknown> = {}, by: SignedIn = owner, programmeId = programme.id, slug = org.slug): Promise<CallBody> =>
    calls.create(system, by, slug, programmeId, overrides) as Promise<CallBody>;
  const publish = (id: string, by: SignedIn = owner, slug = org.slug) => system.http.post<CallBody>(`${callUrl(id, slug)}/publish`, undefined, by.token);
  const cancel = (id: string, by: SignedIn = owner, slug = org.slug) => system.http.post<CallBody>(`${callUrl(id, slug)}/cancel`, undefined, by.token);
  const read = (id: string, by: SignedIn = owner, slug = org.slug) => system.http.get<CallBody>(callUrl(id, slug), by.token);

  /** A call published with its opening time already passed: open at once. */
  async function openCall(overrides: Record<string, unknown> = {}, by = owner, programmeId = programme.id, slug = org.slug): Promise<CallBody> {
    const call = await draft({ opensAt: at(-HOUR), closesAt: at(2 * DAY), ...overrides }, by, programmeId, slug);
    const published = await publish(call.id, by, slug);
    if (published.body.status !== 'open') throw new Error(`expected an open call: ${JSON.stringify(published.body)}`);
    return published.body;
  }

  async function waitForStatus(id: string, status: string, timeoutMs: number): Promise<CallBody> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await read(id);
      if (response.body.status === status) return response.body;
      if (Date.now() > deadline) throw new Error(`call ${id} still ${response.body.status} after ${timeoutMs} ms, waiting for ${status}`);
      await sleep(50);
    }
  }

  async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  const row = async (id: string) => (await system.db.query('SELECT * FROM calls WHERE id = $1', [id])).rows[0];
  const auditActions = async (id: string) =>
    (await system.db.query(`SELECT action, actor_user_id FROM audit_entries WHERE entity_type = 'call' AND entity_id = $1 ORDER BY id`, [id])).rows as Array<{ action: string; actor_user_id: string | null }>;
  /** Everything a refused call request must leave untouched. */
  const writes = async () => ({
    calls: await countRows(system, 'calls'),
    audit: await countRows(system, 'audit_entries', `entity_type = 'call'`),
    outbox: await countRows(system, 'outbox_messages', `job_name LIKE 'call.%'`),
  });

  describe('creating a draft', () => {
    it("defaults to one 'screening' round holding a copy of the programme rubric; writes call.created and schedules nothing", async () => {
      const response = await createCall({ opensAt: '2030-03-01T09:00:00+08:00', closesAt: '2030-03-31T23:59:59+08:00' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        programmeId: programme.id,
        title: expect.stringMatching(/^Annual intake /),
        theme: 'Pollution and traffic',
        opensAt: '2030-03-01T01:00:00.000Z',
        closesAt: '2030-03-31T15:59:59.000Z',
        capacity: 10,
        questions: [
          { key: 'team_background', label: "Tell us about your team's background", type: 'long_text', required: true, minLength: null, maxLength: 2000, min: null, max: null, options: null },
          { key: 'sector', label: 'Sector', type: 'single_choice', required: true, minLength: null, maxLength: null, min: null, max: null, options: ['Cleantech', 'Agritech', 'Fintech'] },
        ],
        reviewersPerApplication: 3,
        blindReview: false,
        rounds: [{ key: 'screening', name: 'Screening', rubric: programme.rubric, shortlistSize: null }],
        status: 'draft',
        finalizedRounds: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(programme.rubric.map((c) => c.key)).toEqual(SOCRATUS_RUBRIC.map((c) => c.key));
      const stored = await row(response.body.id);
      expect(stored.organization_id).toBe(org.id);
      expect(stored.rounds).toEqual(response.body.rounds);
      expect(await auditActions(response.body.id)).toEqual([{ action: 'call.created', actor_user_id: owner.id }]);
      expect(await countRows(system, 'outbox_messages', `payload->>'callId' = $1`, [response.body.id])).toBe(0);
    });

    it('keeps custom rounds: screening on the programme rubric with a shortlist, a hackathon with its own rubric', async () => {
      const rounds = [
        { key: 'screening', name: 'Screening', shortlistSize: 20 },
        { key: 'hackathon', name: 'Hackathon', rubric: [{ key: 'working_prototype', label: 'Prototype', weight: 2 }, { key: 'pitch', label: 'Pitch', weight: 1, scaleMin: 0, scaleMax: 10 }], shortlistSize: 5 },
      ];
      const response = await createCall({ rounds }, manager);
      expect(response.status).toBe(201);
      const expected = [
        { key: 'screening', name: 'Screening', rubric: programme.rubric, shortlistSize: 20 },
        {
          key: 'hackathon',
          name: 'Hackathon',
          rubric: [
            { key: 'working_prototype', label: 'Prototype', weight: 2, scaleMin: 1, scaleMax: 5 },
            { key: 'pitch', label: 'Pitch', weight: 1, scaleMin: 0, scaleMax: 10 },
          ],
          shortlistSize: 5,
        },
      ];
      expect(response.body.rounds).toEqual(expected);
      expect((await read(response.body.id)).body.rounds).toEqual(expected);
    });

    const choice = { key: 'sector', label: 'Sector', type: 'single_choice', required: true };
    const text = { key: 'idea', label: 'Idea', type: 'long_text', required: true };
    const invalid: Array<[string, Record<string, unknown>, string[]]> = [
      ['an opening time without an offset', { opensAt: '2026-03-01T09:00:00' }, ['opensAt']],
      ['a closing time without an offset', { opensAt: '2030-03-01T09:00:00Z', closesAt: '2030-03-31T23:59:59' }, ['closesAt']],
      ['an opening time that is not a date', { opensAt: 'next Monday' }, ['opensAt']],
      ['a date with no time', { opensAt: '2030-03-01' }, ['opensAt']],
      ['a closing time equal to the opening time (in another offset)', { opensAt: '2030-03-01T09:00:00+08:00', closesAt: '2030-03-01T01:00:00Z' }, ['closesAt']],
      ['a closing time before the opening time', { opensAt: '2030-03-31T00:00:00Z', closesAt: '2030-03-01T00:00:00Z' }, ['closesAt']],
      ['a choice question without options', { questions: [choice] }, ['questions.0.options']],
      ['a choice question with one option', { questions: [text, { ...choice, options: ['Cleantech'] }] }, ['questions.1.options']],
      ['a choice question with one option written twice', { questions: [{ ...choice, type: 'multiple_choice', options: ['Cleantech', ' Cleantech'] }] }, ['questions.0.options']],
      ['a question key used twice', { questions: [text, { ...text, label: 'Another idea' }] }, ['questions.1.key']],
      ['an unknown question type', { questions: [{ ...text, type: 'file_upload' }] }, ['questions.0.type']],
      ['a round key used twice', { rounds: [{ key: 'screening', name: 'One' }, { key: 'screening', name: 'Two' }] }, ['rounds.1.key']],
      ['no rounds', { rounds: [] }, ['rounds']],
      ['a round rubric with a criterion key used twice', { rounds: [{ key: 'pitch', name: 'Pitch', rubric: [SOCRATUS_RUBRIC[0], SOCRATUS_RUBRIC[0]] }] }, ['rounds.0.rubric.1.key']],
      ['a round rubric with a zero weight', { rounds: [{ key: 'pitch', name: 'Pitch', rubric: [{ ...SOCRATUS_RUBRIC[0], weight: 0 }] }] }, ['rounds.0.rubric.0.weight']],
      ['a capacity of 0', { capacity: 0 }, ['capacity']],
      ['no reviewers per application', { reviewersPerApplication: 0 }, ['reviewersPerApplication']],
      ['a status of its own choosing', { status: 'open' }, ['status']],
    ];

    it.each(invalid)('refuses %s: 400 VALIDATION_FAILED naming the field, nothing written', async (_what, overrides, fields) => {
      const before = await writes();
      const response = await createCall(overrides);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(expect.arrayContaining(fields));
      expect(await writes()).toEqual(before);
    });

    it("answers 404 for an unknown programme and for another organization's, writing nothing", async () => {
      const before = await writes();
      expect((await createCall({}, owner, randomUUID())).status).toBe(404);
      expect((await createCall({}, owner, 'not-a-uuid')).status).toBe(404);
      const foreign = await createCall({}, owner, otherProgramme.id);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('NOT_FOUND');
      expect(await writes()).toEqual(before);
    });
  });

  describe("the programme's rubric is copied, not shared", () => {
    it("editing the programme's rubric later leaves an existing call's rubric alone; a new call takes the new one", async () => {
      const own = await programmes.create(system, owner, org.slug);
      const call = await draft({ rounds: [{ key: 'screening', name: 'Screening' }, { key: 'final', name: 'Final' }] }, owner, own.id);
      const original = call.rounds.map((r: { rubric: unknown }) => r.rubric);
      expect(original).toEqual([own.rubric, own.rubric]);

      const newRubric = [{ key: 'market_size', label: 'Market size', weight: 3, scaleMin: 0, scaleMax: 10 }];
      const patched = await system.http.patch(`/api/v1/organizations/${org.slug}/programmes/${own.id}`, { rubric: newRubric }, owner.token);
      expect(patched.status).toBe(200);
      expect(patched.body.rubric).toEqual(newRubric);

      expect((await read(call.id)).body.rounds.map((r: { rubric: unknown }) => r.rubric)).toEqual(original);
      expect((await row(call.id)).rounds.map((r: { rubric: unknown }) => r.rubric)).toEqual(original);

      const later = await draft({}, owner, own.id);
      expect(later.rounds).toEqual([{ key: 'screening', name: 'Screening', rubric: newRubric, shortlistSize: null }]);
    });
  });

  describe('lifecycle', () => {
    let closedCall: CallBody;

    it('publishing a draft whose opening time has passed opens it at once (200, open), scheduling its closing', async () => {
      const call = await draft({ opensAt: at(-HOUR), closesAt: at(DAY) });
      const response = await publish(call.id);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: call.id, status: 'open' });
      expect((await read(call.id)).body.status).toBe('open');
      expect((await auditActions(call.id)).map((a) => a.action)).toEqual(['call.created', 'call.published', 'call.opened']);
      expect(await countRows(system, 'outbox_messages', `job_name = 'call.close' AND payload->>'callId' = $1 AND run_at = $2`, [call.id, call.closesAt])).toBe(1);
    });

    it('publishing one that opens in ~2 s and closes in ~4 s: scheduled, then the worker opens it and closes it on time', async () => {
      const opensAt = at(2_000);
      const closesAt = at(4_000);
      const call = await draft({ opensAt, closesAt });
      const response = await publish(call.id);
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('scheduled');
      expect((await auditActions(call.id)).map((a) => a.action)).toEqual(['call.created', 'call.published']);
      const { rows: jobs } = await system.db.query(`SELECT job_name, job_id, run_at FROM outbox_messages WHERE payload->>'callId' = $1 ORDER BY job_name`, [call.id]);
      expect(jobs).toEqual([
        { job_name: 'call.close', job_id: `call.close.${call.id}.${Date.parse(closesAt)}`, run_at: new Date(closesAt) },
        { job_name: 'call.open', job_id: `call.open.${call.id}.${Date.parse(opensAt)}`, run_at: new Date(opensAt) },
      ]);

      await waitForStatus(call.id, 'open', 6_000);
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(opensAt));
      closedCall = await waitForStatus(call.id, 'closed', 6_000);
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(closesAt));

      // The delayed BullMQ jobs did it (the sweeper runs every 30 s, not within this test).
      const queue = system.worker!.get<Queue>(getQueueToken('selection'), { strict: false });
      expect(await queue.getJobState(`call.open.${call.id}.${Date.parse(opensAt)}`)).toBe('completed');
      expect(await queue.getJobState(`call.close.${call.id}.${Date.parse(closesAt)}`)).toBe('completed');

      const audit = await auditActions(call.id);
      expect(audit.map((a) => a.action)).toEqual(['call.created', 'call.published', 'call.opened', 'call.closed']);
      expect(audit.slice(2).map((a) => a.actor_user_id)).toEqual([null, null]);
    });

    it('refuses to publish twice: 409 CALL_NOT_DRAFT, nothing written', async () => {
      const scheduled = await draft();
      expect((await publish(scheduled.id)).body.status).toBe('scheduled');
      const open = await openCall();
      const before = await writes();
      for (const id of [scheduled.id, open.id]) {
        const again = await publish(id);
        expect(again.status).toBe(409);
        expect(again.body.code).toBe('CALL_NOT_DRAFT');
      }
      expect(await writes()).toEqual(before);
      expect((await read(scheduled.id)).body.status).toBe('scheduled');
    });

    it('refuses to publish a call whose closing time has passed: 409 CALL_WINDOW_PASSED, still a draft', async () => {
      const late = await draft({ opensAt: at(-2 * DAY), closesAt: at(-DAY) });
      const before = await writes();
      const response = await publish(late.id);
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('CALL_WINDOW_PASSED');
      expect(await writes()).toEqual(before);
      expect((await read(late.id)).body.status).toBe('draft');
    });

    it('lets a draft change its questions and rounds', async () => {
      const call = await draft();
      const response = await system.http.patch(
        callUrl(call.id),
        { questions: [{ key: 'pitch_deck', label: 'Pitch deck link', type: 'url', required: true }], rounds: [{ key: 'interview', name: 'Interview', shortlistSize: 3 }] },
        owner.token,
      );
      expect(response.status).toBe(200);
      expect(response.body.questions.map((q: { key: string }) => q.key)).toEqual(['pitch_deck']);
      expect(response.body.rounds).toEqual([{ key: 'interview', name: 'Interview', rubric: programme.rubric, shortlistSize: 3 }]);
    });

    it('leaves no call.updated audit entry for a change that changes nothing', async () => {
      const call = await draft();
      const response = await system.http.patch(callUrl(call.id), { title: call.title, capacity: call.capacity }, owner.token);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ title: call.title, capacity: call.capacity });
      // As for organizations: AuditService skips an entry whose before and after are equal.
      const { rows } = await system.db.query(`SELECT changes FROM audit_entries WHERE action = 'call.updated' AND entity_id = $1`, [call.id]);
      expect(rows).toEqual([]);
    });

    describe('an open call', () => {
      let call: CallBody;
      beforeAll(async () => {
        call = await openCall();
      });

      it.each([
        ['its questions', { questions: [{ key: 'other', label: 'Other', type: 'short_text', required: false }] }],
        ['its rounds', { rounds: [{ key: 'screening', name: 'Screening', rubric: [{ key: 'luck', label: 'Luck', weight: 1 }] }] }],
        ['its questions along with its title', { title: 'Sneaky rename', questions: [] }],
        ['its opening time', { opensAt: at(-2 * HOUR) }],
      ])('refuses to change %s: 409 CALL_FROZEN, nothing changed', async (_what, patch) => {
        const stored = await row(call.id);
        const before = await writes();
        const response = await system.http.patch(callUrl(call.id), patch, owner.token);
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('CALL_FROZEN');
        expect(await row(call.id)).toEqual(stored);
        expect(await writes()).toEqual(before);
      });

      it('lets its title and closing time change; the new closing time is scheduled', async () => {
        const closesAt = at(3 * DAY);
        const response = await system.http.patch(callUrl(call.id), { title: 'Extended intake', closesAt }, manager.token);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ status: 'open', title: 'Extended intake', closesAt, questions: call.questions, rounds: call.rounds });
        expect(await countRows(system, 'outbox_messages', `job_id = $1`, [`call.close.${call.id}.${Date.parse(closesAt)}`])).toBe(1);
        expect((await auditActions(call.id)).map((a) => a.action)).toContain('call.updated');
      });

      it('refuses a closing time before its opening time (400), nothing changed', async () => {
        const stored = await row(call.id);
        const response = await system.http.patch(callUrl(call.id), { closesAt: at(-2 * HOUR) }, owner.token);
        expect(response.status).toBe(400);
        expect(fieldsOf(response.body)).toEqual(['closesAt']);
        expect(await row(call.id)).toEqual(stored);
      });
    });

    it('cancels a draft, a scheduled and an open call (200, cancelled, call.cancelled audited); a cancelled one cannot be cancelled again', async () => {
      const drafted = await draft();
      const scheduled = await draft();
      await publish(scheduled.id);
      const open = await openCall();
      for (const call of [drafted, scheduled, open]) {
        const response = await cancel(call.id, manager);
        expect(response.status).toBe(200);
        expect(response.body.status).toBe('cancelled');
        expect((await auditActions(call.id)).map((a) => a.action)).toContain('call.cancelled');
      }
      const again = await cancel(open.id);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CALL_NOT_CANCELLABLE');
    });

    it('refuses to cancel or edit a closed call: 409, still closed', async () => {
      expect(closedCall?.status).toBe('closed');
      const before = await writes();
      const cancelled = await cancel(closedCall.id);
      expect(cancelled.status).toBe(409);
      expect(cancelled.body.code).toBe('CALL_NOT_CANCELLABLE');
      const edited = await system.http.patch(callUrl(closedCall.id), { title: 'Reopened?' }, owner.token);
      expect(edited.status).toBe(409);
      expect(edited.body.code).toBe('CALL_NOT_EDITABLE');
      expect(await writes()).toEqual(before);
      expect((await read(closedCall.id)).body).toMatchObject({ status: 'closed', title: closedCall.title });
    });
  });

  describe('the sweeper catches up from Postgres alone', () => {
    let sweeper: CallScheduleSweeper;
    let queue: Queue;

    beforeAll(() => {
      sweeper = system.worker!.get(CallScheduleSweeper);
      queue = system.worker!.get<Queue>(getQueueToken('selection'), { strict: false });
    });

    /** Waits for the call's outbox rows to reach BullMQ, then deletes its delayed jobs there. */
    async function loseDelayedJobs(callId: string): Promise<void> {
      await waitUntil('the outbox rows to be relayed', async () => (await countRows(system, 'outbox_messages', `payload->>'callId' = $1 AND relayed_at IS NULL`, [callId])) === 0);
      const { rows } = await system.db.query<{ job_id: string }>(`SELECT job_id FROM outbox_messages WHERE payload->>'callId' = $1`, [callId]);
      expect(rows.length).toBeGreaterThan(0);
      for (const { job_id } of rows) {
        const job = await queue.getJob(job_id);
        if (job && (await job.getState()) === 'delayed') await job.remove();
        expect(await queue.getJobState(job_id)).not.toBe('delayed');
      }
    }

    it('opens a scheduled call whose opening time has passed, and a second sweep changes nothing', async () => {
      const call = await draft({ opensAt: at(HOUR), closesAt: at(2 * DAY) });
      expect((await publish(call.id)).body.status).toBe('scheduled');
      await loseDelayedJobs(call.id);
      await system.db.query(`UPDATE calls SET opens_at = now() - interval '1 minute' WHERE id = $1`, [call.id]);

      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
      expect((await read(call.id)).body.status).toBe('open');
      const audit = await auditActions(call.id);
      expect(audit.map((a) => a.action)).toEqual(['call.created', 'call.published', 'call.opened']);
      expect(audit[2].actor_user_id).toBeNull();

      const stored = await row(call.id);
      expect(await sweeper.sweep()).toBe(0);
      expect(await row(call.id)).toEqual(stored);
      expect(await auditActions(call.id)).toEqual(audit);
    });

    it('closes an open call whose closing time has passed, and a second sweep changes nothing', async () => {
      const call = await openCall({ opensAt: at(-HOUR), closesAt: at(HOUR) });
      await loseDelayedJobs(call.id);
      await system.db.query(`UPDATE calls SET closes_at = now() - interval '1 second' WHERE id = $1`, [call.id]);

      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
      expect((await read(call.id)).body.status).toBe('closed');
      const audit = await auditActions(call.id);
      expect(audit.map((a) => a.action)).toEqual(['call.created', 'call.published', 'call.opened', 'call.closed']);

      const stored = await row(call.id);
      expect(await sweeper.sweep()).toBe(0);
      expect(await row(call.id)).toEqual(stored);
      expect(await auditActions(call.id)).toEqual(audit);
    });

    it('opens and then closes a scheduled call whose whole window passed while nothing ran', async () => {
      const call = await draft({ opensAt: at(HOUR), closesAt: at(2 * HOUR) });
      await publish(call.id);
      await loseDelayedJobs(call.id);
      await system.db.query(`UPDATE calls SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 hour' WHERE id = $1`, [call.id]);

      await sweeper.sweep();
      expect((await read(call.id)).body.status).toBe('closed');
      expect((await auditActions(call.id)).map((a) => a.action)).toEqual(['call.created', 'call.published', 'call.opened', 'call.closed']);
    });

    it('leaves drafts and cancelled calls alone, however due', async () => {
      const drafted = await draft({ opensAt: at(-HOUR), closesAt: at(HOUR) });
      const cancelled = await draft({ opensAt: at(HOUR), closesAt: at(2 * HOUR) });
      await publish(cancelled.id);
      await cancel(cancelled.id);
      await system.db.query(`UPDATE calls SET opens_at = now() - interval '1 hour' WHERE id = $1`, [cancelled.id]);

      await sweeper.sweep();
      expect((await read(drafted.id)).body.status).toBe('draft');
      expect((await read(cancelled.id)).body.status).toBe('cancelled');
    });
  });

  describe('the public listing', () => {
    let parkOwner: SignedIn;
    let park: Org;

    beforeAll(async () => {
      parkOwner = await users.create(system);
      park = await organizations.create(system, parkOwner);
    });

    it('leaves out a call still marked open whose closing time has passed (the worker has not closed it yet)', async () => {
      const parkProgramme = await programmes.create(system, parkOwner, park.slug);
      const lapsed = await openCall({ closesAt: at(DAY) }, parkOwner, parkProgramme.id, park.slug);
      await system.db.query(`UPDATE calls SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 minute' WHERE id = $1`, [lapsed.id]);
      const response = await system.http.get(`/api/v1/public/organizations/${park.slug}/calls`);
      expect(response.status).toBe(200);
      expect(response.body.map((c: CallBody) => c.id)).not.toContain(lapsed.id);
    });

    it("lists only the organization's open calls, soonest closing first, to anyone without a token", async () => {
      const parkProgramme = await programmes.create(system, parkOwner, park.slug);
      const make = (overrides: Record<string, unknown> = {}) => draft(overrides, parkOwner, parkProgramme.id, park.slug);
      const open = (overrides: Record<string, unknown>) => openCall(overrides, parkOwner, parkProgramme.id, park.slug);

      const closingLater = await open({ closesAt: at(10 * DAY) });
      const closingSooner = await open({ closesAt: at(5 * DAY) });
      await make(); // a draft
      const scheduled = await make();
      await publish(scheduled.id, parkOwner, park.slug);
      const cancelled = await open({ closesAt: at(DAY) });
      await cancel(cancelled.id, parkOwner, park.slug);
      const closed = await open({ closesAt: at(DAY) });
      await system.db.query(`UPDATE calls SET status = 'closed' WHERE id = $1`, [closed.id]);
      await openCall({}, otherOwner, otherProgramme.id, otherOrg.slug); // another organization's

      const response = await system.http.get(publicUrl(park.slug));
      expect(response.status).toBe(200);
      expect(response.body.map((c: CallBody) => c.id)).toEqual([closingSooner.id, closingLater.id]);
      expect(response.body[0]).toMatchObject({ title: closingSooner.title, opensAt: closingSooner.opensAt, closesAt: closingSooner.closesAt, questions: closingSooner.questions });
      // The public sees the form, not how it will be judged.
      for (const hidden of ['rounds', 'reviewersPerApplication', 'blindReview', 'programmeId']) expect(response.body[0]).not.toHaveProperty(hidden);

      // Signed in, member or not, the answer is the same.
      for (const person of [outsider, parkOwner]) {
        const signedIn = await system.http.get(publicUrl(park.slug), person.token);
        expect(signedIn.status).toBe(200);
        expect(signedIn.body.map((c: CallBody) => c.id)).toEqual([closingSooner.id, closingLater.id]);
      }
    });

    it('answers 404 for an unknown slug', async () => {
      const response = await system.http.get(publicUrl('no-such-park'));
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
    });
  });

  describe('roles', () => {
    let call: CallBody;
    let foreignCall: CallBody;

    beforeAll(async () => {
      call = await draft();
      foreignCall = await draft({}, otherOwner, otherProgramme.id, otherOrg.slug);
    });

    it('refuses founders, mentors and reviewers creating, publishing, changing or cancelling calls (403), writing nothing', async () => {
      const before = await writes();
      for (const person of [founder, mentor, reviewer]) {
        const created = await createCall({}, person);
        expect(created.status).toBe(403);
        expect(created.body.code).toBe('FORBIDDEN');
        expect((await publish(call.id, person)).status).toBe(403);
        expect((await cancel(call.id, person)).status).toBe(403);
        expect((await system.http.patch(callUrl(call.id), { title: 'Mine now' }, person.token)).status).toBe(403);
      }
      expect(await writes()).toEqual(before);
      expect((await read(call.id)).body).toMatchObject({ status: 'draft', title: call.title });
    });

    it('lets a reviewer list and read calls; founders and mentors may not (403)', async () => {
      const list = await system.http.get(callsUrl(), reviewer.token);
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: CallBody) => c.id)).toContain(call.id);
      expect((await read(call.id, reviewer)).status).toBe(200);
      for (const person of [founder, mentor]) {
        expect((await system.http.get(callsUrl(), person.token)).status).toBe(403);
        expect((await read(call.id, person)).status).toBe(403);
      }
    });

    it('filters the list by status and programme and pages it with a cursor', async () => {
      const own = await programmes.create(system, owner, org.slug);
      const ids = [(await draft({}, owner, own.id)).id, (await draft({}, owner, own.id)).id, (await openCall({}, owner, own.id)).id];
      const page1 = await system.http.get(`${callsUrl()}?programmeId=${own.id}&limit=2`, owner.token);
      expect(page1.body.items.map((c: CallBody) => c.id)).toEqual([ids[2], ids[1]]);
      const page2 = await system.http.get(`${callsUrl()}?programmeId=${own.id}&limit=2&cursor=${page1.body.nextCursor}`, owner.token);
      expect(page2.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
      const open = await system.http.get(`${callsUrl()}?programmeId=${own.id}&status=open`, owner.token);
      expect(open.body.items.map((c: CallBody) => c.id)).toEqual([ids[2]]);
      expect((await system.http.get(`${callsUrl()}?status=running`, owner.token)).status).toBe(400);
    });

    it('answers 404 to a non-member and for another organization\'s call, which stays as it was', async () => {
      expect((await system.http.get(callsUrl(), outsider.token)).status).toBe(404);
      expect((await read(call.id, outsider)).status).toBe(404);
      expect((await createCall({}, outsider)).status).toBe(404);
      expect((await publish(call.id, outsider)).status).toBe(404);

      const before = await writes();
      expect((await read(foreignCall.id)).status).toBe(404);
      expect((await publish(foreignCall.id)).status).toBe(404);
      expect((await cancel(foreignCall.id)).status).toBe(404);
      expect((await system.http.patch(callUrl(foreignCall.id), { title: 'Hijacked' }, owner.token)).status).toBe(404);
      expect(await writes()).toEqual(before);
      expect(await row(foreignCall.id)).toMatchObject({ status: 'draft', title: foreignCall.title });
      const list = await system.http.get(callsUrl(), owner.token);
      expect(list.body.items.map((c: CallBody) => c.id)).not.toContain(foreignCall.id);
    });
  });
});
