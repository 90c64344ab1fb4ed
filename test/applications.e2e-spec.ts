import { randomBytes, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { Tenancy } from '@hatchery/core';
import { createWorker } from '../apps/worker/src/bootstrap';
import { DecisionEmailHandler } from '../libs/applications/src/applications.jobs';
import { addMember, organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';
import { openQueues, Queues, quiet } from './support/quiet';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The form every call in this file asks (unless a test brings its own). */
const QUESTIONS = [
  { key: 'team_background', label: 'Team background', type: 'long_text', required: true, minLength: 10, maxLength: 2000 },
  { key: 'employees', label: 'Employees', type: 'number', required: false, min: 0, max: 500 },
  { key: 'track', label: 'Track', type: 'single_choice', required: true, options: ['hardware', 'software', 'services'] },
  { key: 'markets', label: 'Markets', type: 'multiple_choice', required: false, options: ['mn', 'cn', 'ru'] },
  { key: 'website', label: 'Website', type: 'url', required: false },
  { key: 'tagline', label: 'Tagline', type: 'short_text', required: false, maxLength: 40 },
  { key: 'has_prototype', label: 'Prototype', type: 'yes_no', required: true },
];

interface Org {
  id: string;
  slug: string;
}
interface CallOptions {
  blindReview?: boolean;
  /** Leave it a draft (false), or publish it (default): open at once, its opening time being past. */
  publish?: boolean;
  opensAt?: Date;
  closesAt?: Date;
  questions?: unknown[];
}

/** Everything a submit needs; `tag` keeps names and founder emails unique. */
function complete(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    startupName: `AirSense ${tag}`,
    sector: 'cleantech',
    stage: 'seed',
    idea: `Low-cost air quality sensors for ger districts (${tag}).`,
    teamSize: 3,
    founders: [{ name: `Oyun-Erdene ${tag}`, email: `founder-${tag}@example.org`, role: 'CEO', gender: 'female', birthYear: 1995, group: 'rural' }],
    answers: { team_background: 'Two engineers and a designer.', track: 'hardware', has_prototype: true },
    ...overrides,
  };
}

const ids = (response: Response) => (response.body.items as { id: string }[]).map((item) => item.id).sort();
const errorFields = (response: Response) => (response.body.errors as { field: string }[]).map((e) => e.field).sort();
const tag = () => randomBytes(3).toString('hex');
/** Two answers compared for equality, the per-request id aside. */
const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });

describe('applications: drafts, submission, one per applicant, staff views, privacy, row level security', () => {
  let system: System;
  let owner: SignedIn;
  let manager: SignedIn;
  let reviewer: SignedIn;
  let founder: SignedIn;
  let mentor: SignedIn;
  /** Registered users who belong to no organization. */
  let a: SignedIn;
  let b: SignedIn;
  let c: SignedIn;
  let d: SignedIn;
  let org: Org;
  let ownerB: SignedIn;
  let orgB: Org;
  const programmes = new Map<string, string>();

  const orgUrl = (o: Org = org) => `/api/v1/organizations/${o.slug}`;
  const appUrl = (id: string, o: Org = org) => `${orgUrl(o)}/applications/${id}`;

  /** A programme (one per organization) and a call in it, created and published through the API. */
  async function createCall(options: CallOptions = {}, o: Org = org, token = owner.token): Promise<{ id: string; status: string; closesAt: string }> {
    if (!programmes.has(o.slug)) {
      const programme = await system.http.post(
        `${orgUrl(o)}/programmes`,
        {
          name: 'Incubation 2026',
          type: 'incubation',
          phases: [{ name: 'Onboarding', durationValue: 1, durationUnit: 'months', milestones: [] }],
          rubric: [{ key: 'innovative_idea', label: 'Innovative idea', weight: 1 }],
          equityPolicy: { kind: 'none' },
        },
        token,
      );
      if (programme.status !== 201) throw new Error(`create programme failed: ${JSON.stringify(programme.body)}`);
      programmes.set(o.slug, programme.body.id);
    }
    const call = await system.http.post(
      `${orgUrl(o)}/programmes/${programmes.get(o.slug)}/calls`,
      {
        title: `Call ${tag()}`,
        opensAt: (options.opensAt ?? new Date(Date.now() - HOUR)).toISOString(),
        closesAt: (options.closesAt ?? new Date(Date.now() + 7 * DAY)).toISOString(),
        capacity: 10,
        questions: options.questions ?? QUESTIONS,
        reviewersPerApplication: 2,
        blindReview: options.blindReview ?? false,
      },
      token,
    );
    if (call.status !== 201) throw new Error(`create call failed: ${JSON.stringify(call.body)}`);
    if (options.publish === false) return call.body;
    const published = await system.http.post(`${orgUrl(o)}/calls/${call.body.id}/publish`, {}, token);
    if (published.status !== 200) throw new Error(`publish call failed: ${JSON.stringify(published.body)}`);
    return published.body;
  }

  const create = (callId: string, who: SignedIn, body: unknown = {}, o: Org = org) => system.http.post(`${orgUrl(o)}/calls/${callId}/applications`, body, who.token);
  const submit = (id: string, who: SignedIn, o: Org = org) => system.http.post(`${appUrl(id, o)}/submit`, {}, who.token);
  const withdraw = (id: string, who: SignedIn, o: Org = org) => system.http.post(`${appUrl(id, o)}/withdraw`, {}, who.token);
  const list = (who: SignedIn, query = '', o: Org = org) => system.http.get(`${orgUrl(o)}/applications${query ? `?${query}` : ''}`, who.token);

  /** Creates a complete application and submits it; returns its id. */
  async function apply(callId: string, who: SignedIn, body: Record<string, unknown>, o: Org = org): Promise<string> {
    const created = await create(callId, who, body, o);
    if (created.status !== 201) throw new Error(`create application failed: ${JSON.stringify(created.body)}`);
    const submitted = await submit(created.body.id, who, o);
    if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
    return created.body.id;
  }

  async function row(id: string) {
    return (await system.db.query('SELECT * FROM applications WHERE id = $1', [id])).rows[0];
  }

  beforeAll(async () => {
    system = await startSystem();
    [owner, ownerB, a, b, c, d] = await Promise.all([users.create(system), users.create(system), users.create(system), users.create(system), users.create(system), users.create(system)]);
    org = await organizations.create(system, owner, { timezone: 'Asia/Ulaanbaatar' });
    orgB = await organizations.create(system, ownerB);
    [manager, reviewer, founder, mentor] = await Promise.all([
      addMember(system, org.id, 'manager'),
      addMember(system, org.id, 'reviewer'),
      addMember(system, org.id, 'founder'),
      addMember(system, org.id, 'mentor'),
    ]);
  });
  afterAll(() => system?.close());

  describe('the applicant', () => {
    it('is not a member, yet creates a draft, saves it over several PATCHes (answers merge) and submits it', async () => {
      const call = await createCall();
      expect(call.status).toBe('open');
      expect(await countRows(system, 'memberships', 'user_id = $1', [a.id])).toBe(0);

      const created = await create(call.id, a, { startupName: '  AirSense  ' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: expect.any(String), callId: call.id, status: 'draft', startupName: 'AirSense', answers: {}, founders: [], submittedAt: null });
      const id = created.body.id;
      expect(await row(id)).toMatchObject({ organization_id: org.id, call_id: call.id, applicant_user_id: a.id, status: 'draft' });

      const steps: [Record<string, unknown>, Record<string, unknown>][] = [
        [{ sector: 'cleantech', stage: 'seed', answers: { team_background: 'Two engineers and a designer.' } }, { team_background: 'Two engineers and a designer.' }],
        [{ answers: { track: 'software', employees: 4 } }, { team_background: 'Two engineers and a designer.', track: 'software', employees: 4 }],
        [{ answers: { track: 'hardware' } }, { team_background: 'Two engineers and a designer.', track: 'hardware', employees: 4 }],
        [
          { idea: 'Sensors.', founders: [{ name: 'Oyun', email: ' OYUN@Example.org ', role: 'CEO' }], answers: { has_prototype: false } },
          { team_background: 'Two engineers and a designer.', track: 'hardware', employees: 4, has_prototype: false },
        ],
      ];
      for (const [body, answers] of steps) {
        const saved = await system.http.patch(appUrl(id), body, a.token);
        expect(saved.status).toBe(200);
        expect(saved.body.answers).toEqual(answers);
        expect(saved.body.status).toBe('draft');
      }
      expect((await row(id)).answers).toEqual(steps[3][1]);

      const submitted = await submit(id, a);
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        id,
        status: 'submitted',
        startupName: 'AirSense',
        sector: 'cleantech',
        stage: 'seed',
        idea: 'Sensors.',
        founders: [{ name: 'Oyun', email: 'oyun@example.org', role: 'CEO', gender: null, birthYear: null, group: null }],
        answers: steps[3][1],
        submittedAt: expect.any(String),
      });
      const stored = await row(id);
      expect(stored.status).toBe('submitted');
      expect(stored.submitted_at).toBeInstanceOf(Date);
      const audit = await system.db.query('SELECT action, actor_user_id, organization_id FROM audit_entries WHERE entity_id = $1 ORDER BY id', [id]);
      expect(audit.rows).toEqual([
        { action: 'application.created', actor_user_id: a.id, organization_id: org.id },
        { action: 'application.submitted', actor_user_id: a.id, organization_id: org.id },
      ]);

      // Once submitted, it is no longer a draft.
      const edit = await system.http.patch(appUrl(id), { startupName: 'Changed' }, a.token);
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('APPLICATION_NOT_DRAFT');
      const again = await submit(id, a);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('APPLICATION_NOT_DRAFT');
      expect((await row(id)).startup_name).toBe('AirSense');
    });

    it("lists only their own applications; someone else's is 404 to read, edit, submit or withdraw, and stays untouched", async () => {
      const call = await createCall();
      const mine = (await create(call.id, a, complete(tag()))).body.id;
      const theirs = (await create(call.id, b, complete(tag()))).body.id;

      const listing = await list(a);
      expect(listing.status).toBe(200);
      const expected = (await system.db.query('SELECT id FROM applications WHERE organization_id = $1 AND applicant_user_id = $2', [org.id, a.id])).rows.map((r) => r.id).sort();
      expect(expected.length).toBeGreaterThanOrEqual(2);
      expect(ids(listing)).toEqual(expected);
      expect(ids(listing)).toContain(mine);
      expect(ids(listing)).not.toContain(theirs);
      expect(ids(await list(b))).toEqual([theirs]);

      const before = await row(theirs);
      for (const response of [
        await system.http.get(appUrl(theirs), a.token),
        await system.http.patch(appUrl(theirs), { startupName: 'Hijacked' }, a.token),
        await submit(theirs, a),
        await withdraw(theirs, a),
      ]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
      expect(await row(theirs)).toEqual(before);
      expect((await system.http.get(appUrl(theirs), b.token)).status).toBe(200);
    });
  });

  describe('one application per applicant per call', () => {
    it('answers a second create with 409 APPLICATION_EXISTS naming the first, and keeps the first as it was', async () => {
      const call = await createCall();
      const first = await create(call.id, a, { startupName: 'First' });
      expect(first.status).toBe(201);
      const second = await create(call.id, a, { startupName: 'Second' });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('APPLICATION_EXISTS');
      expect(second.body.existingId).toBe(first.body.id);
      expect(await countRows(system, 'applications', 'call_id = $1 AND applicant_user_id = $2', [call.id, a.id])).toBe(1);
      expect((await row(first.body.id)).startup_name).toBe('First');
      // Withdrawn or not, it stays the one.
      expect((await withdraw(first.body.id, a)).status).toBe(200);
      const third = await create(call.id, a, {});
      expect(third.status).toBe(409);
      expect(third.body.existingId).toBe(first.body.id);
    });

    it('lets one of three concurrent creates through: one 201, two 409 naming it, one row', async () => {
      const call = await createCall();
      const results = await Promise.all([1, 2, 3].map((n) => create(call.id, c, { startupName: `Racer ${n}` })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      const winner = results.find((r) => r.status === 201)!;
      for (const loser of results.filter((r) => r.status === 409)) {
        expect(loser.body).toMatchObject({ code: 'APPLICATION_EXISTS', existingId: winner.body.id });
      }
      expect(await countRows(system, 'applications', 'call_id = $1', [call.id])).toBe(1);
      expect(await countRows(system, 'audit_entries', "action = 'application.created' AND entity_id = $1", [winner.body.id])).toBe(1);
    });
  });

  describe('submit checks', () => {
    let callId: string;
    beforeAll(async () => {
      callId = (await createCall()).id;
    });

    it('refuses an empty draft with 400 VALIDATION_FAILED naming every missing field and required answer; it stays a draft', async () => {
      const draft = (await create(callId, a, { answers: { employees: 3 } })).body.id;
      const response = await submit(draft, a);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(errorFields(response)).toEqual(
        ['startupName', 'sector', 'stage', 'idea', 'founders', 'answers.team_background', 'answers.track', 'answers.has_prototype'].sort(),
      );
      expect(await row(draft)).toMatchObject({ status: 'draft', submitted_at: null });
      expect(await countRows(system, 'audit_entries', "action = 'application.submitted' AND entity_id = $1", [draft])).toBe(0);

      // Blank answers to required questions count as missing; the rest is now in order.
      const fields = complete(tag(), { answers: { team_background: '   ', track: 'software', has_prototype: false } });
      expect((await system.http.patch(appUrl(draft), fields, a.token)).status).toBe(200);
      const stillMissing = await submit(draft, a);
      expect(stillMissing.status).toBe(400);
      expect(errorFields(stillMissing)).toEqual(['answers.team_background']);
      expect((await row(draft)).status).toBe('draft');

      expect((await system.http.patch(appUrl(draft), { answers: { team_background: 'Ten years in sensors.' } }, a.token)).status).toBe(200);
      const ok = await submit(draft, a);
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('submitted');
    });

    it('refuses a whitespace-only idea as missing', async () => {
      const draft = (await create(callId, b, complete(tag(), { idea: '   \n ' }))).body.id;
      const response = await submit(draft, b);
      expect({ status: response.status, fields: response.status === 400 ? errorFields(response) : [] }).toEqual({ status: 400, fields: ['idea'] });
      expect((await row(draft)).status).toBe('draft');
    });

    describe('answers of the wrong type or beyond limits: 400 even in a draft PATCH, nothing changed', () => {
      let draft: string;
      beforeAll(async () => {
        draft = (await create(callId, c, { startupName: 'Valid Co', answers: { tagline: 'Clean air', employees: 2 } })).body.id;
      });

      it.each([
        ['a number above max', { employees: 501 }, 'answers.employees'],
        ['a number below min', { employees: -1 }, 'answers.employees'],
        ['a number as text', { employees: '12' }, 'answers.employees'],
        ['an option not in the list', { track: 'biotech' }, 'answers.track'],
        ['options not in the list', { markets: ['mn', 'us'] }, 'answers.markets'],
        ['a repeated option', { markets: ['mn', 'mn'] }, 'answers.markets'],
        ['a bad URL', { website: 'not a url' }, 'answers.website'],
        ['a javascript: URL', { website: 'javascript:alert(1)' }, 'answers.website'],
        ['text too long', { tagline: 'x'.repeat(41) }, 'answers.tagline'],
        ['text too short', { team_background: 'Too short' }, 'answers.team_background'],
        ['yes/no as a string', { has_prototype: 'yes' }, 'answers.has_prototype'],
        ['an unknown question key', { favourite_colour: 'blue' }, 'answers.favourite_colour'],
      ])('%s', async (_label, bad, field) => {
        const before = await row(draft);
        const response = await system.http.patch(appUrl(draft), { startupName: 'Changed Co', answers: { track: 'software', ...bad } }, c.token);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(errorFields(response)).toEqual([field]);
        expect(await row(draft)).toEqual(before);
      });

      it('refuses a bad answer on create too, writing no row', async () => {
        const response = await create(callId, d, { startupName: 'Never Co', answers: { employees: 10_000 } });
        expect(response.status).toBe(400);
        expect(errorFields(response)).toEqual(['answers.employees']);
        expect(await countRows(system, 'applications', 'call_id = $1 AND applicant_user_id = $2', [callId, d.id])).toBe(0);
      });
    });
  });

  describe('the close time and the call status', () => {
    it('refuses submit, create and edits after closesAt with 409 CALL_CLOSED, the time in the organization timezone, and writes nothing', async () => {
      const call = await createCall();
      const draft = (await create(call.id, a, complete(tag()))).body.id;
      // Past its close time but still open: the worker (not running here) has not closed it yet.
      await system.db.query(`UPDATE calls SET opens_at = '2024-03-09T16:45:00Z', closes_at = '2024-03-10T16:45:00Z' WHERE id = $1`, [call.id]);
      expect((await system.db.query('SELECT status FROM calls WHERE id = $1', [call.id])).rows[0].status).toBe('open');
      const before = await row(draft);
      const audits = await countRows(system, 'audit_entries', 'organization_id = $1', [org.id]);

      const responses = {
        submit: await submit(draft, a),
        // `a` knows the call (they have a draft in it), and so does its staff.
        create: await create(call.id, a, complete(tag())),
        staffCreate: await create(call.id, owner, complete(tag())),
        patch: await system.http.patch(appUrl(draft), { startupName: 'Late Edit' }, a.token),
      };
      for (const [what, response] of Object.entries(responses)) {
        expect({ what, status: response.status, code: response.body.code }).toEqual({ what, status: 409, code: 'CALL_CLOSED' });
        // 16:45 UTC on 10 March is 00:45 on 11 March in Ulaanbaatar (UTC+8).
        expect(response.body.detail).toContain('Asia/Ulaanbaatar');
        expect(response.body.detail).toContain('11 Mar 2024');
        expect(response.body.detail).toContain('00:45');
        expect(response.body.detail).not.toContain('16:45');
        expect(response.body.closesAt).toBe('2024-03-10T16:45:00.000Z');
      }
      // Anyone else is told nothing about the call, not even that it closed: as for a call that does not exist.
      const stranger = await create(call.id, b, complete(tag()));
      const unknown = await create(randomUUID(), b, complete(tag()));
      expect({ status: stranger.status, code: stranger.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(strip(stranger.body)).toEqual(strip(unknown.body));
      expect(JSON.stringify(stranger.body)).not.toMatch(/2024|clos/i);
      expect(await row(draft)).toEqual(before);
      expect(await countRows(system, 'applications', 'call_id = $1', [call.id])).toBe(1);
      expect(await countRows(system, 'audit_entries', 'organization_id = $1', [org.id])).toBe(audits);
    });

    it.each([
      ['a draft call', 'draft', 'CALL_NOT_OPEN', async () => createCall({ publish: false })],
      ['a scheduled call', 'scheduled', 'CALL_NOT_OPEN', async () => createCall({ opensAt: new Date(Date.now() + DAY) })],
      [
        'a cancelled call',
        'cancelled',
        'CALL_NOT_OPEN',
        async () => {
          const call = await createCall();
          const cancelled = await system.http.post(`${orgUrl()}/calls/${call.id}/cancel`, {}, owner.token);
          expect(cancelled.status).toBe(200);
          return cancelled.body;
        },
      ],
      [
        'a call the worker closed',
        'closed',
        'CALL_CLOSED',
        async () => {
          const call = await createCall();
          await system.db.query(`UPDATE calls SET status = 'closed' WHERE id = $1`, [call.id]);
          return { ...call, status: 'closed' };
        },
      ],
    ])('refuses an application to %s: 404 as for no call to outsiders, 409 to staff; writes nothing', async (_label, status, code, makeCall) => {
      const call = await makeCall();
      expect(call.status).toBe(status);
      const outsider = await create(call.id, a, complete(tag()));
      expect({ status: outsider.status, code: outsider.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(strip(outsider.body)).toEqual(strip((await create(randomUUID(), a, complete(tag()))).body));
      // A member without a staff role is an outsider to the calls too.
      expect((await create(call.id, founder, complete(tag()))).status).toBe(404);
      for (const who of [owner, manager, reviewer]) {
        const response = await create(call.id, who, complete(tag()));
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code });
      }
      expect(await countRows(system, 'applications', 'call_id = $1', [call.id])).toBe(0);
    });

    it("shows the applicant their call's title and questions on their own application, also after the call closes (the call itself is staff-only); another person's is 404; staff views carry none", async () => {
      const call = await createCall();
      const id = await apply(call.id, a, complete(tag()));
      const fromCreate = await create(call.id, c, complete(tag()));
      expect(fromCreate.body.call).toEqual({ id: call.id, title: expect.any(String), questions: QUESTIONS.map((q) => expect.objectContaining({ key: q.key, label: q.label })) });
      await system.db.query(`UPDATE calls SET status = 'closed' WHERE id = $1`, [call.id]);
      expect((await system.http.get(`${orgUrl()}/calls/${call.id}`, a.token)).status).toBe(404);
      const read = await system.http.get(appUrl(id), a.token);
      expect(read.status).toBe(200);
      expect(read.body.call.id).toBe(call.id);
      expect(read.body.call.questions.map((q: { key: string; label: string }) => [q.key, q.label])).toEqual(QUESTIONS.map((q) => [q.key, q.label]));
      expect(Object.keys(read.body.call).sort()).toEqual(['id', 'questions', 'title']);
      const someoneElse = await system.http.get(appUrl(id), b.token);
      expect({ status: someoneElse.status, code: someoneElse.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(JSON.stringify(someoneElse.body)).not.toContain(QUESTIONS[0].label);
      const staff = await system.http.get(appUrl(id), owner.token);
      expect(staff.status).toBe(200);
      expect(staff.body).not.toHaveProperty('call');
    });

    it('lets anyone logged in start a draft in an open call (the public list shows it)', async () => {
      const call = await createCall();
      const someone = await users.create(system);
      expect((await create(call.id, someone, complete(tag()))).status).toBe(201);
    });
  });

  describe('withdraw', () => {
    it('withdraws a draft or a submitted application before a decision; a decided one is 409 APPLICATION_DECIDED', async () => {
      const call = await createCall();
      const draft = (await create(call.id, a, { startupName: 'Draft Co' })).body.id;
      const submitted = await apply(call.id, b, complete(tag()));
      const decided = await apply(call.id, c, complete(tag()));

      for (const [id, who] of [[draft, a], [submitted, b]] as const) {
        const response = await withdraw(id, who);
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({ id, status: 'withdrawn', withdrawnAt: expect.any(String) });
        expect(await row(id)).toMatchObject({ status: 'withdrawn', withdrawn_at: expect.any(Date) });
      }
      const twice = await withdraw(submitted, b);
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('APPLICATION_DECIDED');

      // An accepted applicant may decline the place (the waitlist moves up); a rejected one has nothing to withdraw.
      await system.db.query(`UPDATE applications SET status = 'rejected' WHERE id = $1`, [decided]);
      const before = await row(decided);
      const refused = await withdraw(decided, c);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('APPLICATION_DECIDED');
      expect(await row(decided)).toEqual(before);
      expect(before.withdrawn_at).toBeNull();
    });
  });

  /** Assigns the organization's reviewer to an application, as the review round would. */
  const assignReviewer = (applicationId: string) =>
    system.db.query(
      `INSERT INTO review_assignments (id, organization_id, application_id, round_key, reviewer_user_id) VALUES (gen_random_uuid(), $1, $2, 'screening', $3)`,
      [org.id, applicationId, reviewer.id],
    );

  describe('staff views', () => {
    let callId: string;
    let otherCallId: string;
    const app: Record<'solar' | 'agri' | 'health' | 'draft' | 'other', string> = {} as never;
    const detail = complete('staff-view');

    beforeAll(async () => {
      [callId, otherCallId] = (await Promise.all([createCall(), createCall()])).map((call) => call.id);
      app.solar = await apply(callId, a, complete(tag(), { startupName: 'Solar 100% Power', sector: 'cleantech', founders: detail.founders }));
      app.agri = await apply(callId, b, complete(tag(), { startupName: 'Agri_Data', sector: 'agritech' }));
      app.health = await apply(callId, c, complete(tag(), { startupName: 'Nomad Health', sector: 'healthtech', idea: 'Telemedicine for herders.' }));
      await system.db.query(`UPDATE applications SET status = 'shortlisted' WHERE id = $1`, [app.health]);
      app.draft = (await create(callId, d, complete(tag(), { startupName: 'Hidden Draft', sector: 'cleantech' }))).body.id;
      app.other = await apply(otherCallId, a, complete(tag(), { startupName: 'Other Solar Co', sector: 'cleantech' }));
      // A reviewer sees what they are assigned to review.
      for (const id of [app.solar, app.agri, app.health, app.other]) await assignReviewer(id);
    });

    it.each([
      ['owner', () => owner],
      ['manager', () => manager],
      ['reviewer', () => reviewer],
    ])('lets the %s list submitted applications, never drafts', async (_role, who) => {
      const byCall = await list(who(), `callId=${callId}`);
      expect(byCall.status).toBe(200);
      expect(ids(byCall)).toEqual([app.solar, app.agri, app.health].sort());
      const everything = await list(who(), 'limit=100');
      expect(ids(everything)).toEqual(expect.arrayContaining([app.solar, app.agri, app.health, app.other]));
      expect(ids(everything)).not.toContain(app.draft);
      const drafts = (await system.db.query(`SELECT id FROM applications WHERE organization_id = $1 AND status = 'draft'`, [org.id])).rows.map((r) => r.id);
      expect(drafts.length).toBeGreaterThan(0);
      expect(ids(everything).filter((id) => drafts.includes(id))).toEqual([]);
      const readDraft = await system.http.get(appUrl(app.draft), who().token);
      expect(readDraft.status).toBe(404);
      expect((await system.http.get(appUrl(app.health), who().token)).status).toBe(200);
    });

    it.each([
      ['status=submitted', () => [app.solar, app.agri]],
      ['status=shortlisted', () => [app.health]],
      ['status=draft', () => []],
      ['sector=CleanTech', () => [app.solar]],
      ['sector=agritech', () => [app.agri]],
      ['q=solar', () => [app.solar]],
      ['q=telemedicine', () => [app.health]],
      ['q=NOMAD', () => [app.health]],
      [`q=${encodeURIComponent('%')}`, () => [app.solar]],
      [`q=${encodeURIComponent('100%')}`, () => [app.solar]],
      ['q=_', () => [app.agri]],
      // As wildcards, '_' would match the 'l' of 'Solar' and '%' everything.
      ['q=o_a', () => []],
      [`q=${encodeURIComponent('\\')}`, () => []],
      ['q=hidden', () => []],
    ])('filters by %s', async (query, expected) => {
      const response = await list(owner, `callId=${callId}&${query}`);
      expect(response.status).toBe(200);
      expect(ids(response)).toEqual(expected().sort());
    });

    it('filters by callId', async () => {
      expect(ids(await list(manager, `callId=${otherCallId}`))).toEqual([app.other]);
      expect(ids(await list(manager, `callId=${otherCallId}&q=solar&sector=cleantech&status=submitted`))).toEqual([app.other]);
    });

    it('answers a malformed callId filter with 400, not a server error', async () => {
      const response = await list(owner, 'callId=not-a-uuid');
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    });

    it.each([
      ['founder', () => founder],
      ['mentor', () => mentor],
    ])('shows a %s of the organization who did not apply nothing at all', async (_role, who) => {
      const listing = await list(who());
      expect(listing.status).toBe(200);
      expect(listing.body.items).toEqual([]);
      expect(listing.body.nextCursor).toBeNull();
      expect((await system.http.get(appUrl(app.solar), who().token)).status).toBe(404);
    });

    describe('privacy of founders', () => {
      const demographics = { gender: 'female', birthYear: 1995, group: 'rural' };

      it.each([
        ['owner', () => owner],
        ['manager', () => manager],
        ['applicant', () => a],
      ])("shows the %s founders' gender, birth year and group", async (_who, who) => {
        const got = await system.http.get(appUrl(app.solar), who().token);
        expect(got.status).toBe(200);
        expect(got.body.founders).toEqual([{ ...detail.founders[0], ...demographics }]);
        if (who() !== a) {
          const listed = (await list(who(), `callId=${callId}`)).body.items.find((item: { id: string }) => item.id === app.solar);
          expect(listed.founders).toEqual([{ ...detail.founders[0], ...demographics }]);
        }
      });

      it('shows a reviewer founders without gender, birth year or group', async () => {
        const expected = [{ name: detail.founders[0].name, email: detail.founders[0].email, role: 'CEO' }];
        const got = await system.http.get(appUrl(app.solar), reviewer.token);
        expect(got.body.founders).toEqual(expected);
        const listed = await list(reviewer, `callId=${callId}`);
        for (const item of listed.body.items) {
          for (const f of item.founders) expect(Object.keys(f).sort()).toEqual(['email', 'name', 'role']);
        }
        expect(listed.body.items.find((item: { id: string }) => item.id === app.solar).founders).toEqual(expected);
        for (const field of ['gender', 'birthYear', 'group', 'rural', '1995']) expect(JSON.stringify(listed.body)).not.toContain(field);
      });

      it('under blind review shows a reviewer no founders at all, in the list and in the application', async () => {
        const blind = await createCall({ blindReview: true });
        const secret = complete(`blind-${tag()}`);
        const id = await apply(blind.id, d, secret);
        await assignReviewer(id);
        const email = secret.founders[0].email;
        const name = secret.founders[0].name;

        const got = await system.http.get(appUrl(id), reviewer.token);
        expect(got.status).toBe(200);
        expect(got.body).not.toHaveProperty('founders');
        expect(got.body.startupName).toBe(secret.startupName);
        for (const response of [got, await list(reviewer, `callId=${blind.id}`), await list(reviewer, 'limit=100')]) {
          expect(ids(response.body.items ? response : { ...response, body: { items: [response.body] } })).toContain(id);
          const text = JSON.stringify(response.body);
          expect(text).not.toContain(email);
          expect(text).not.toContain(name);
        }
        // Owners, managers and the applicant still see them.
        for (const who of [owner, manager, d]) {
          expect((await system.http.get(appUrl(id), who.token)).body.founders).toEqual([secret.founders[0]]);
        }
      });
    });
  });

  describe('row level security', () => {
    /** One plain connection as the app role, outside the API: what the policies alone allow. */
    async function asApp<T>(settings: Record<string, string>, work: (client: Client) => Promise<T>): Promise<T> {
      const client = new Client({ connectionString: system.urls.app });
      await client.connect();
      try {
        await client.query('BEGIN');
        for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [name, value]);
        return await work(client);
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.end();
      }
    }
    const ofOrg = async (where: string, params: unknown[]) =>
      (await system.db.query(`SELECT id FROM applications WHERE organization_id = $1 AND ${where}`, [org.id, ...params])).rows.map((r) => r.id).sort();
    const selectIds = async (client: Client) => (await client.query('SELECT id FROM applications')).rows.map((r) => r.id).sort();

    beforeAll(async () => {
      const call = await createCall();
      await create(call.id, a, { startupName: 'RLS A' });
      await create(call.id, b, { startupName: 'RLS B' });
      await apply((await createCall({}, orgB, ownerB.token)).id, a, complete(tag()), orgB);
    });

    it("shows an applicant (app.role '') only their own rows in the organization", async () => {
      const expected = await ofOrg('applicant_user_id = $2', [a.id]);
      expect(expected.length).toBeGreaterThan(0);
      expect(await ofOrg('applicant_user_id <> $2', [a.id])).not.toHaveLength(0);
      const seen = await asApp({ 'app.organization_id': org.id, 'app.user_id': a.id, 'app.role': '' }, selectIds);
      expect(seen).toEqual(expected);
    });

    it.each(['reviewer', 'manager', 'owner'])("shows app.role '%s' every row of the organization, drafts included, and none of another", async (role) => {
      const expected = await ofOrg('true', []);
      expect(await countRows(system, 'applications', 'organization_id <> $1', [org.id])).toBeGreaterThan(0);
      expect(await asApp({ 'app.organization_id': org.id, 'app.user_id': reviewer.id, 'app.role': role }, selectIds)).toEqual(expected);
    });

    it.each(['founder', 'mentor'])("shows app.role '%s' no one else's rows", async (role) => {
      expect(await asApp({ 'app.organization_id': org.id, 'app.user_id': founder.id, 'app.role': role }, selectIds)).toEqual([]);
    });

    it('shows nothing without settings, or with a user but no organization', async () => {
      expect(await asApp({}, selectIds)).toEqual([]);
      expect(await asApp({ 'app.user_id': a.id }, selectIds)).toEqual([]);
      expect(await asApp({ 'app.user_id': a.id, 'app.role': 'owner' }, selectIds)).toEqual([]);
    });

    it("refuses to write an application as someone else, or into another organization", async () => {
      const call = (await system.db.query('SELECT id FROM calls WHERE organization_id = $1 LIMIT 1', [org.id])).rows[0].id;
      const insert = (client: Client, orgId: string, applicant: string) =>
        client.query(`INSERT INTO applications (id, organization_id, call_id, applicant_user_id) VALUES ($1, $2, $3, $4)`, [randomUUID(), orgId, call, applicant]);
      await expect(asApp({ 'app.organization_id': org.id, 'app.user_id': a.id, 'app.role': '' }, (client) => insert(client, org.id, d.id))).rejects.toThrow(/row-level security/);
      await expect(asApp({ 'app.organization_id': orgB.id, 'app.user_id': a.id, 'app.role': '' }, (client) => insert(client, org.id, a.id))).rejects.toThrow(/row-level security/);
      const hidden = await asApp({ 'app.organization_id': org.id, 'app.user_id': a.id, 'app.role': '' }, async (client) =>
        (await client.query(`UPDATE applications SET status = 'accepted' WHERE applicant_user_id = $1`, [b.id])).rowCount,
      );
      expect(hidden).toBe(0);
    });
  });

  describe('tenancy and authentication', () => {
    let callB: string;
    let appB: string;
    let appA: string;
    beforeAll(async () => {
      callB = (await createCall({}, orgB, ownerB.token)).id;
      appB = (await create(callB, c, complete(tag()), orgB)).body.id;
      appA = (await create((await createCall()).id, c, complete(tag()))).body.id;
    });

    it("answers another organization's call or application with 404 through this organization's slug, even for its own applicant", async () => {
      const before = await row(appB);
      const applicationsBefore = await countRows(system, 'applications');
      const responses = [
        await create(callB, c, complete(tag())),
        await create(callB, d, complete(tag())),
        await system.http.get(appUrl(appB), c.token),
        await system.http.get(appUrl(appB), owner.token),
        await system.http.patch(appUrl(appB), { startupName: 'Moved' }, c.token),
        await submit(appB, c),
        await withdraw(appB, c),
        // And the other way round: this organization's ids through B's slug.
        await system.http.get(appUrl(appA, orgB), c.token),
        await system.http.get(appUrl(appA, orgB), ownerB.token),
        await withdraw(appA, c, orgB),
      ];
      expect(responses.map((r) => [r.status, r.body.code])).toEqual(responses.map(() => [404, 'NOT_FOUND']));
      expect(await row(appB)).toEqual(before);
      expect(await countRows(system, 'applications')).toBe(applicationsBefore);
      expect(ids(await list(c))).not.toContain(appB);
      expect(ids(await list(c, '', orgB))).toEqual([appB]);
      expect(ids(await list(ownerB, '', orgB))).not.toContain(appA);
    });

    it('answers an unknown slug or a malformed id with 404', async () => {
      const nowhere = { id: randomUUID(), slug: `no-such-park-${tag()}` };
      const responses = [
        await create(callB, c, {}, nowhere),
        await list(c, '', nowhere),
        await system.http.get(appUrl(appA, nowhere), c.token),
        await system.http.get(appUrl('not-a-uuid'), c.token),
        await create('not-a-uuid', c, {}),
        await system.http.get(appUrl(randomUUID()), owner.token),
      ];
      expect(responses.map((r) => [r.status, r.body.code])).toEqual(responses.map(() => [404, 'NOT_FOUND']));
    });

    it('answers every route without a token with 401, writing nothing', async () => {
      const before = await countRows(system, 'applications');
      const calls = [
        system.http.request('POST', `${orgUrl()}/calls/${callB}/applications`, { body: {} }),
        system.http.request('GET', `${orgUrl()}/applications`),
        system.http.request('GET', appUrl(appA)),
        system.http.request('PATCH', appUrl(appA), { body: { startupName: 'Anonymous' } }),
        system.http.request('POST', `${appUrl(appA)}/submit`, { body: {} }),
        system.http.request('POST', `${appUrl(appA)}/withdraw`, { body: {} }),
      ];
      for (const response of await Promise.all(calls)) expect(response.status).toBe(401);
      expect(await countRows(system, 'applications')).toBe(before);
      expect((await row(appA)).status).toBe('draft');
    });
  });

  it('refuses question keys that are object internals (constructor, prototype): their answers could never arrive', async () => {
    for (const key of ['constructor', 'prototype']) {
      const refused = await createCall({ questions: [{ key, label: 'Who builds it?', type: 'short_text', required: false }] }).then(
        () => null,
        (error: Error) => error.message,
      );
      expect(refused).toMatch(/VALIDATION_FAILED/);
      expect(refused).toContain('questions.0.key');
    }
  });

  describe('ranking as CSV', () => {
    it('starts with a UTF-8 byte-order mark, so spreadsheets keep Cyrillic names; charset=utf-8', async () => {
      const call = await createCall();
      const name = `Агаарын Мэдрэгч ${tag()}`;
      const id = await apply(call.id, d, complete(tag(), { startupName: name }));
      await system.db.query(`UPDATE calls SET status = 'closed' WHERE id = $1`, [call.id]);
      await system.db.query(`UPDATE applications SET status = 'under_review', round_key = 'screening' WHERE id = $1`, [id]);
      const fastify = system.api.getHttpAdapter().getInstance();
      const response = await fastify.inject({
        method: 'GET',
        url: `${orgUrl()}/calls/${call.id}/rounds/screening/ranking?method=weighted&format=csv`,
        headers: { authorization: `Bearer ${owner.token}` },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const bytes = response.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
      expect(text.split('\r\n')[0]).toBe('rank,applicationId,startupName,sector,status,score,zScore,reviews,submittedAt');
      expect(text.split('\r\n')[1]).toBe(`1,${id},${name},cleantech,under_review,,,0,${(await row(id)).submitted_at.toISOString()}`);
    });
  });

  // Last in the file: it starts a worker, which then also acts on the calls of the tests above.
  describe('decision emails (the worker starts only after the decisions)', () => {
    let worker: NestFastifyApplication | undefined;
    let queues: Queues | undefined;
    afterAll(async () => {
      await queues?.milestones.close();
      await queues?.notifications.close();
    await queues?.events.close();
      await worker?.close();
    });

    it('mails the decision that was made: an acceptance withdrawn before the email goes out is still mailed, once', async () => {
      const [declines, promoted] = await Promise.all([users.create(system), users.create(system)]);
      const [first, second] = [await createCall(), await createCall()];
      const declined = await apply(first.id, declines, complete(tag()));
      const waitlistedThenAccepted = await apply(second.id, promoted, complete(tag()));
      // Closed as the worker would close them (it is not running yet).
      await system.db.query(`UPDATE calls SET status = 'closed' WHERE id = ANY($1::uuid[])`, [[first.id, second.id]]);
      const decide = (callId: string, applicationId: string, decision: string) =>
        system.http.post(`${orgUrl()}/calls/${callId}/decisions`, { applicationIds: [applicationId], decision }, owner.token);

      expect((await decide(first.id, declined, 'accept')).status).toBe(200);
      // The applicant declines the place before any email has gone out.
      expect((await withdraw(declined, declines)).status).toBe(200);
      expect((await row(declined)).status).toBe('withdrawn');
      // Another is waitlisted, then accepted, both before the worker runs.
      expect((await decide(second.id, waitlistedThenAccepted, 'waitlist')).status).toBe(200);
      expect((await decide(second.id, waitlistedThenAccepted, 'accept')).status).toBe(200);
      expect(system.mailbox.messages.filter((m) => m.to.includes(declines.email) || m.to.includes(promoted.email))).toEqual([]);

      worker = await createWorker({ logs: false });
      await worker.init();
      queues = openQueues(system);
      const accepted = await system.mailbox.waitFor(declines.email);
      expect(accepted.subject).toMatch(/ accepted$/);
      expect(accepted.text).toContain('Congratulations');
      expect((await system.mailbox.waitFor(promoted.email)).subject).toMatch(/ accepted$/);
      await quiet(system, queues);
      const subjects = (who: SignedIn) => system.mailbox.messages.filter((m) => m.to.includes(who.email)).map((m) => m.subject.replace(/^.*: /, ''));
      expect(subjects(declines)).toEqual([expect.stringMatching(/ accepted$/)]);
      // The waitlisting was replaced before it was mailed: only the acceptance is news.
      expect(subjects(promoted)).toEqual([expect.stringMatching(/ accepted$/)]);
      expect((await row(declined)).decision_emailed).toBe('accepted');
      expect((await row(waitlistedThenAccepted)).decision_emailed).toBe('accepted');

      // Delivered again (at least once), or late: nothing more goes out.
      const handler = worker.get(DecisionEmailHandler);
      const tenancy = worker.get(Tenancy);
      for (const [applicationId, decision] of [
        [declined, 'accepted'],
        [declined, 'waitlisted'],
        [waitlistedThenAccepted, 'waitlisted'],
        [waitlistedThenAccepted, 'accepted'],
      ] as const) {
        await tenancy.runInOrganization(org.id, () => handler.handle({ organizationId: org.id, applicationId, decision }));
      }
      expect(subjects(declines)).toHaveLength(1);
      expect(subjects(promoted)).toHaveLength(1);
    });
  });
});
