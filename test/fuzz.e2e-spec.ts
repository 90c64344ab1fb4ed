import { MAX_INPUT_DEPTH } from '@hatchery/core';
import { cohorts, enrol, startups } from './factories/cohorts';
import { addMember, organizations } from './factories/organizations';
import { calls, programmes } from './factories/programmes';
import { SignedIn, users } from './factories/users';
import type { Response } from './support/http';
import { countRows, startSystem, System } from './support/system';

/**
 * Schema-driven fuzzing: every operation of the OpenAPI document the API serves gets mutated
 * bodies, query strings, headers and path parameters (real ids, so the routes go deep, and
 * junk), as the owner of a real organization and without a token. No answer may be a 5xx,
 * and every error must be a problem document with a code. Deterministic (seeded PRNG, a fixed
 * number of requests); FUZZ_SEED and FUZZ_REQUESTS override for a longer local hunt.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260301);
/** Requests per operation with a body; operations without one get a third. */
const PER_BODY_OPERATION = Number(process.env.FUZZ_REQUESTS ?? 24);
const PER_OTHER_OPERATION = Math.max(6, Math.round(PER_BODY_OPERATION / 3));

type Schema = Record<string, any>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  parameters: Parameter[];
  body?: Schema;
}
interface Attempt {
  method: Operation['method'];
  url: string;
  auth: boolean;
  headers: Record<string, string>;
  body?: unknown;
  rawBody?: string;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (n: number) => Math.floor(next() * n),
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)];
    },
  };
}
type Rng = ReturnType<typeof prng>;

const nested = (levels: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

/** Values that have broken APIs like this one: types, ranges, dates, text. */
const HOSTILE_NUMBERS = [0, -1, 1.5, 0.0001, -0, 1e308, -1e308, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 32, 2 ** 53 + 2, 2 ** 63, 1e21, 5e-324];
const HOSTILE_STRINGS = [
  '',
  ' ',
  'NaN',
  'Infinity',
  '-1',
  '1e308',
  '9223372036854775808',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '0000-01-01',
  '9999-12-31',
  '275760-09-13',
  '+275760-09-13T00:00:00.000Z',
  '-001000-01-01T00:00:00Z',
  '2026-02-30T09:00:00+08:00',
  '2026-03-01T25:61:61+08:00',
  '2026-03-01T09:00:00+99:99',
  'not-a-date',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
  'a\u0000b',
  '\u0000',
  '\u0001\u0007\u001b[31m\u007f',
  '\ud800',
  '😀'.repeat(300),
  "'; DROP TABLE users; --",
  '%_\\',
  '__proto__',
  'constructor',
  'x'.repeat(300),
  'x'.repeat(20_000),
  'x'.repeat(200_000),
];
const HOSTILE_OTHERS: unknown[] = [null, true, false, [], {}, [null], [[]], { '': 1 }, nested(10), nested(MAX_INPUT_DEPTH + 4)];
const HOSTILE_VALUES: unknown[] = [...HOSTILE_NUMBERS, ...HOSTILE_STRINGS, ...HOSTILE_OTHERS];

/** Percent escapes that decode to nothing valid, or to U+0000. */
const RAW_URL_JUNK = ['raw:%FF', 'raw:%E0%A4%A', 'raw:%', 'raw:%00', 'raw:a%00b', 'raw:%C0%80'];
/** Text that fits in a URL under the 16 kB header limit. */
const QUERY_VALUES = [...RAW_URL_JUNK, ...HOSTILE_NUMBERS.map(String), ...HOSTILE_STRINGS.filter((s) => s.length <= 5000), 'true', 'false', '[]', '{}', 'x'.repeat(5000)];
const PATH_JUNK = [...RAW_URL_JUNK, 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '0190a000-0000-7000-8000-000000000000', '-1', '2147483648', '1e308', 'NaN', '%', '😀', ' ', 'a b', "'", 'x'.repeat(2000), 'constructor', '__proto__', '\u0001'];
const HEADER_VALUES = ['', ' ', 'x'.repeat(100), 'x'.repeat(300), 'x'.repeat(5000), '00000000-0000-0000-0000-000000000000', 'not-a-uuid', '-1', '{}'];

/** Percent-encodes for a URL; `raw:` values go in as they are (bad escapes such as %FF). */
function encode(value: string): string {
  if (value.startsWith('raw:')) return value.slice(4);
  return Array.from(value, (char) => (char.length === 1 && /[\ud800-\udfff]/.test(char) ? '%ED%A0%80' : encodeURIComponent(char))).join('');
}

function describeAttempt(attempt: Attempt, response?: Response): string {
  const body = attempt.rawBody !== undefined ? attempt.rawBody : JSON.stringify(attempt.body);
  const cut = (text: string | undefined, n: number) => (text && text.length > n ? `${text.slice(0, n)}… (${text.length} chars)` : text);
  return [
    `${attempt.method} ${cut(attempt.url, 300)} ${attempt.auth ? '(owner)' : '(no token)'} ${JSON.stringify(Object.fromEntries(Object.entries(attempt.headers).map(([k, v]) => [k, cut(v, 80)])))}`,
    `  body: ${cut(body, 600) ?? '(none)'}`,
    response ? `  → ${response.status} ${response.headers['content-type'] ?? ''} ${cut(typeof response.body === 'string' ? response.body : JSON.stringify(response.body), 600)}` : '',
  ].join('\n');
}

describe('fuzz: hostile input never reaches a 500', () => {
  let system: System;
  let owner: SignedIn;
  let org: Awaited<ReturnType<typeof organizations.create>>;
  let document: { paths: Record<string, Record<string, Schema>>; components: { schemas: Record<string, Schema> } };
  let operations: Operation[];
  /** Real values by path parameter name: the fuzzer picks among them most of the time. */
  const realParams: Record<string, string[]> = {};
  /** Real values for body fields that name other records. */
  const realFields: Record<string, unknown> = {};

  beforeAll(async () => {
    system = await startSystem();
    owner = await users.create(system);
    org = await organizations.create(system, owner);
    const reviewer = await addMember(system, org.id, 'reviewer');

    // A programme with a draft call and an open call holding a submitted application, reviewed.
    const programme = await programmes.create(system, owner, org.slug);
    const draftCall = await calls.create(system, owner, org.slug, programme.id);
    const openCall = await calls.create(system, owner, org.slug, programme.id, { opensAt: new Date(Date.now() - 60_000).toISOString(), reviewersPerApplication: 1 });
    const published = await system.http.post(`/api/v1/organizations/${org.slug}/calls/${openCall.id}/publish`, {}, owner.token);
    if (published.body.status !== 'open') throw new Error(`publish failed: ${JSON.stringify(published.body)}`);
    const applied = await system.http.post(
      `/api/v1/organizations/${org.slug}/calls/${openCall.id}/applications`,
      {
        startupName: 'Fuzzed',
        sector: 'cleantech',
        stage: 'seed',
        idea: 'Air quality sensors.',
        teamSize: 1,
        founders: [{ name: 'Fuzz Founder', email: owner.email, role: 'CEO' }],
        answers: { team_background: 'Two engineers.', sector: 'Cleantech' },
      },
      owner.token,
    );
    if (applied.status !== 201) throw new Error(`apply failed: ${JSON.stringify(applied.body)}`);
    const application = applied.body.id as string;
    const submitted = await system.http.post(`/api/v1/organizations/${org.slug}/applications/${application}/submit`, {}, owner.token);
    if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
    // Close the call as the worker would, then assign its reviewers.
    await system.db.query(`UPDATE calls SET closes_at = now() - interval '1 second', status = 'closed' WHERE id = $1`, [openCall.id]);
    await system.http.post(`/api/v1/organizations/${org.slug}/calls/${openCall.id}/rounds/screening/assign`, {}, owner.token);
    const assignments = await system.db.query(`SELECT id FROM review_assignments WHERE application_id = $1`, [application]);

    // A cohort of the programme with an enrolled startup and its milestones.
    const cohort = await cohorts.create(system, owner, org.slug, { programmeId: programme.id, startsOn: new Date().toISOString().slice(0, 10) });
    const startup = await startups.create(system, owner, org);
    const enrolled = await enrol(system, owner, org.slug, cohort.id, [startup.id]);
    const milestones = await system.db.query(`SELECT id FROM milestones WHERE enrolment_id = $1`, [enrolled.enrolments[0].id]);
    const invitation = await system.http.post(`/api/v1/organizations/${org.slug}/invitations`, { email: 'invitee@example.org', role: 'mentor' }, owner.token);
    const feed = await system.http.post('/api/v1/me/calendar-feed', {}, owner.token);

    Object.assign(realParams, {
      slug: [org.slug],
      userId: [reviewer.id, owner.id],
      invitationId: [invitation.body.id],
      token: [String(feed.body.url ?? '').split('/').pop()!.replace(/\.ics$/, ''), String(feed.body.url ?? '').split('/').pop()!],
      programmeId: [programme.id],
      callId: [draftCall.id, openCall.id],
      applicationId: [application],
      roundKey: ['screening'],
      assignmentId: assignments.rows.map((row) => row.id as string),
      cohortId: [cohort.id],
      enrolmentId: [enrolled.enrolments[0].id],
      cohortMilestoneId: cohort.milestones.map((m) => m.id),
      milestoneId: milestones.rows.map((row) => row.id as string),
      startupId: [startup.id],
    });
    Object.assign(realFields, {
      programmeId: programme.id,
      cohortId: cohort.id,
      callId: openCall.id,
      startupIds: [startup.id],
      applicationIds: [application],
      reviewerUserId: reviewer.id,
      startsOn: new Date().toISOString().slice(0, 10),
    });

    const served = await system.http.get('/api/docs-json');
    document = served.body;
    operations = [];
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
        operations.push({
          method: method.toUpperCase() as Operation['method'],
          path,
          parameters: (operation.parameters ?? []) as Parameter[],
          body: operation.requestBody?.content?.['application/json']?.schema,
        });
      }
    }
  }, 60_000);
  afterAll(() => system?.close());

  function resolve(schema: Schema | undefined): Schema {
    let current = schema ?? {};
    for (let i = 0; i < 10; i++) {
      if (current.$ref) current = { ...document.components.schemas[String(current.$ref).split('/').pop()!], ...withoutKeys(current, ['$ref']) };
      else if (Array.isArray(current.allOf) && current.allOf.length === 1) current = { ...resolve(current.allOf[0]), ...withoutKeys(current, ['allOf']) };
      else break;
    }
    return current;
  }
  const withoutKeys = (schema: Schema, keys: string[]) => Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));

  /** A plausible value for a schema: its example, its first enum value, or one built from its type. */
  function sample(schemaIn: Schema | undefined, name: string, rng: Rng, depth = 0): unknown {
    if (name in realFields) return structuredClone(realFields[name]);
    const schema = resolve(schemaIn);
    if (schema.example !== undefined) return structuredClone(schema.example);
    if (Array.isArray(schema.enum)) return schema.enum[0];
    const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : schema.minimum !== undefined ? 'number' : 'string');
    switch (type) {
      case 'object': {
        const object: Record<string, unknown> = {};
        if (depth > 6) return object;
        const required: string[] = schema.required ?? [];
        for (const [key, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
          if (required.includes(key) || rng.chance(0.5)) object[key] = sample(property, key, rng, depth + 1);
        }
        return object;
      }
      case 'array':
        return depth > 6 ? [] : [sample(schema.items, name, rng, depth + 1)];
      case 'number':
      case 'integer':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      default:
        if (schema.format === 'uuid') return '0190a000-0000-7000-8000-000000000001';
        if (/email/i.test(name)) return `fuzz-${rng.int(1e9)}@example.org`;
        return `value ${rng.int(1000)}`;
    }
  }

  /** Paths to every value inside a body (objects and arrays included), found iteratively. */
  function pathsOf(value: unknown): (string | number)[][] {
    const out: (string | number)[][] = [];
    const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
    while (stack.length) {
      const { value: current, path } = stack.pop()!;
      if (path.length) out.push(path);
      if (Array.isArray(current)) current.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      else if (current && typeof current === 'object') for (const [key, item] of Object.entries(current)) stack.push({ value: item, path: [...path, key] });
    }
    return out;
  }

  function mutateBody(valid: unknown, rng: Rng): unknown {
    const roll = rng.next();
    // The whole body replaced.
    if (roll < 0.08) return rng.pick<unknown>([null, [], 'text', 42, true, Array.from({ length: 10_000 }, () => structuredClone(valid)), nested(MAX_INPUT_DEPTH - 2)]);
    const body = structuredClone(valid);
    const paths = pathsOf(body);
    const mutations = rng.chance(0.25) ? 2 + rng.int(2) : 1;
    for (let m = 0; m < mutations; m++) {
      const objects = [[] as (string | number)[], ...paths].filter((path) => {
        const target = get(body, path);
        return target && typeof target === 'object' && !Array.isArray(target);
      });
      const kind = rng.next();
      if ((kind < 0.1 || paths.length === 0) && objects.length) {
        // An unknown field, top level or nested.
        set(body, [...rng.pick(objects), rng.pick(['role', 'isAdmin', 'organizationId', 'id', '__proto__', 'constructor', 'x\u0000'])], rng.pick(HOSTILE_VALUES));
        continue;
      }
      if (paths.length === 0) continue;
      const path = rng.pick(paths);
      const current = get(body, path);
      if (kind < 0.2) {
        removeAt(body, path);
      } else if (kind < 0.3 && Array.isArray(current) && current.length) {
        // A long array of copies of its first item.
        set(body, path, Array.from({ length: 10_000 }, () => structuredClone(current[0])));
      } else if (kind < 0.4 && typeof current === 'number') {
        set(body, path, rng.pick(HOSTILE_NUMBERS));
      } else if (kind < 0.55 && typeof current === 'string') {
        set(body, path, rng.pick(HOSTILE_STRINGS));
      } else {
        set(body, path, structuredClone(rng.pick(HOSTILE_VALUES)));
      }
    }
    return body;
  }

  function get(root: unknown, path: (string | number)[]): unknown {
    let current = root as any;
    for (const key of path) current = current?.[key];
    return current;
  }
  function set(root: unknown, path: (string | number)[], value: unknown) {
    const parent = get(root, path.slice(0, -1)) as any;
    if (parent && typeof parent === 'object') Object.defineProperty(parent, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  }
  function removeAt(root: unknown, path: (string | number)[]) {
    const parent = get(root, path.slice(0, -1)) as any;
    if (Array.isArray(parent)) parent.splice(Number(path[path.length - 1]), 1);
    else if (parent && typeof parent === 'object') delete parent[path[path.length - 1]];
  }

  function pathParam(name: string, rng: Rng): string {
    const real = realParams[name] ?? [];
    return real.length && rng.chance(0.8) ? rng.pick(real) : rng.pick(PATH_JUNK);
  }

  function buildAttempt(operation: Operation, rng: Rng, index: number): Attempt {
    const baseline = index === 0; // the first request of each operation is the plain valid-ish one
    let url = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encode(baseline && realParams[name]?.length ? realParams[name][0] : pathParam(name, rng)));
    const query: string[] = [];
    const headers: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      if (parameter.in === 'query') {
        const mutate = !baseline && rng.chance(0.5);
        if (!mutate && (parameter.required || rng.chance(0.5))) query.push(`${parameter.name}=${encode(String(sample(parameter.schema, parameter.name, rng)))}`);
        else if (mutate) {
          const value = rng.pick(QUERY_VALUES);
          query.push(`${parameter.name}=${encode(value)}`);
          if (rng.chance(0.15)) query.push(`${parameter.name}=${encode(rng.pick(QUERY_VALUES))}`); // repeated: an array
        }
      } else if (parameter.in === 'header' && !baseline && rng.chance(0.4)) {
        headers[parameter.name] = rng.pick(HEADER_VALUES);
      }
    }
    if (!baseline && rng.chance(0.1)) query.push(`${rng.pick(['unknown', 'limit', 'cursor', 'q', 'x[y]'])}=${encode(rng.pick(QUERY_VALUES))}`);
    if (query.length) url += `?${query.join('&')}`;
    const auth = baseline || rng.chance(0.88);
    const attempt: Attempt = { method: operation.method, url, auth, headers };
    if (operation.body) {
      const valid = sample(operation.body, '', rng);
      if (baseline) attempt.body = valid;
      else if (rng.chance(0.04)) attempt.rawBody = rng.pick(['', '{', '{"a":1}}', 'null', '"\\u0000"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '[' + '1,'.repeat(50_000) + '1]']);
      else attempt.body = mutateBody(valid, rng);
    } else if (!baseline && rng.chance(0.15)) {
      attempt.body = rng.pick<unknown>([{}, { unknown: 1 }, nested(MAX_INPUT_DEPTH + 1), 'x']);
    }
    return attempt;
  }

  async function send(attempt: Attempt): Promise<Response> {
    const options: Parameters<System['http']['request']>[2] = { headers: attempt.headers, token: attempt.auth ? owner.token : undefined };
    if (attempt.rawBody !== undefined) options.rawBody = attempt.rawBody;
    else if (attempt.body !== undefined) options.body = attempt.body;
    return system.http.request(attempt.method, attempt.url, options);
  }

  /** The rule for every response: no 5xx; an error is a problem document with a code; the DTOs, not Postgres, refuse bad values. */
  function verdict(response: Response): string | undefined {
    if (response.status >= 500) return 'a 5xx';
    if (response.status >= 400) {
      if (!/^application\/problem\+json/.test(String(response.headers['content-type']))) return 'an error that is not application/problem+json';
      if (typeof response.body?.code !== 'string' || !response.body.code) return 'a problem without a code';
      // The class 22 net caught what a DTO should have refused: a validator gap.
      if (response.body.code === 'INVALID_INPUT') return 'a value only the database refused (INVALID_INPUT): a DTO misses a bound';
    }
    return undefined;
  }

  it(`sends ${PER_BODY_OPERATION} mutated requests to every operation with a body and ${PER_OTHER_OPERATION} to every other one; none is a 5xx or an error without a code`, async () => {
    expect(operations.length).toBeGreaterThan(60);
    const failures: string[] = [];
    let sent = 0;
    const statuses: Record<number, number> = {};
    for (const [position, operation] of operations.entries()) {
      const rng = prng(SEED + position * 7919);
      const count = operation.body ? PER_BODY_OPERATION : PER_OTHER_OPERATION;
      for (let i = 0; i < count; i++) {
        const attempt = buildAttempt(operation, rng, i);
        // A GET never carries a body: the body-less variant is sent as the operation's method.
        if (attempt.method === 'GET') delete attempt.body;
        const response = await send(attempt);
        sent++;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const problem = verdict(response);
        if (problem) failures.push(`${problem} (seed ${SEED}, ${operation.method} ${operation.path} #${i}):\n${describeAttempt(attempt, response)}`);
      }
    }
    if (process.env.FUZZ_STATS) console.log(`${sent} requests`, statuses);
    if (failures.length) throw new Error(`${failures.length} of ${sent} requests failed:\n\n${failures.slice(0, 25).join('\n\n')}`);
    expect(sent).toBeGreaterThan(operations.length * PER_OTHER_OPERATION);
    // The fixtures made the routes go deep: some requests succeeded, most were refused.
    expect(Object.keys(statuses).some((status) => Number(status) < 300)).toBe(true);
  }, 120_000);

  const expectProblem = (response: Response, status: number, code: string) => {
    expect({ status: response.status, type: response.headers['content-type'], code: response.body?.code }).toEqual({
      status,
      type: expect.stringMatching(/^application\/problem\+json/),
      code,
    });
  };
  const urlOf = (operation: Operation) => operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encode(realParams[name]?.[0] ?? 'x'));

  it(`a body nested 5,000 deep (10 kB) is 400 BODY_TOO_DEEP on every operation that takes a body, with a token and without`, async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const deepObject = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const bodyOperations = operations.filter((operation) => operation.body);
    expect(bodyOperations.length).toBeGreaterThanOrEqual(30);
    const wrong: string[] = [];
    for (const operation of bodyOperations) {
      for (const [rawBody, token] of [
        [deep, owner.token],
        [deepObject, owner.token],
        [deep, undefined],
      ] as const) {
        const response = await system.http.request(operation.method, urlOf(operation), { rawBody, token });
        if (response.status !== 400 || response.body?.code !== 'BODY_TOO_DEEP' || !/problem\+json/.test(String(response.headers['content-type']))) {
          wrong.push(`${operation.method} ${operation.path} ${token ? '(owner)' : '(no token)'} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // At the limit a body is still read: it fails validation for what it is, not for its depth.
    const atLimit = await system.http.request('POST', '/api/v1/auth/login', { rawBody: JSON.stringify({ email: nested(MAX_INPUT_DEPTH - 1), password: 'x' }) });
    expectProblem(atLimit, 400, 'VALIDATION_FAILED');
  });

  it('U+0000 in a body field is 400 VALIDATION_FAILED naming the field, and nothing is written', async () => {
    const users_ = await countRows(system, 'users');
    const registered = await system.http.post('/api/v1/auth/register', { ...users.build(), name: 'Ada\u0000Lovelace' });
    expectProblem(registered, 400, 'VALIDATION_FAILED');
    expect(registered.body.errors).toEqual([{ field: 'name', message: expect.stringContaining('U+0000') }]);
    expect(await countRows(system, 'users')).toBe(users_);

    const programmes_ = await countRows(system, 'programmes');
    const body = programmes.build();
    body.phases[0].milestones = [0, 1, 2].map((i) => ({ title: i === 2 ? 'Demo\u0000day' : `Step ${i}`, offsetDays: i, evidenceRequired: false }));
    const created = await system.http.post(`/api/v1/organizations/${org.slug}/programmes`, body, owner.token);
    expectProblem(created, 400, 'VALIDATION_FAILED');
    expect(created.body.errors).toEqual([{ field: 'phases.0.milestones.2.title', message: expect.stringContaining('U+0000') }]);
    expect(await countRows(system, 'programmes')).toBe(programmes_);

    const nameOf = async () => (await system.db.query('SELECT name FROM organizations WHERE id = $1', [org.id])).rows[0].name as string;
    const before = await nameOf();
    const renamed = await system.http.patch(`/api/v1/organizations/${org.slug}`, { name: 'x\u0000y' }, owner.token);
    expectProblem(renamed, 400, 'VALIDATION_FAILED');
    expect(await nameOf()).toBe(before);
  });

  it('U+0000 in a query parameter is 400 VALIDATION_FAILED naming the parameter', async () => {
    for (const query of ['q=air%00sense', 'sector=clean%00tech', 'status=submitted&q=%00']) {
      const response = await system.http.get(`/api/v1/organizations/${org.slug}/applications?${query}`, owner.token);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: query.split('=').at(-2)!.split('&').at(-1), message: expect.stringContaining('query parameter') }]);
    }
  });

  it('U+0000 in a path parameter is 400 VALIDATION_FAILED naming the parameter, before any lookup', async () => {
    const bySlug = await system.http.get(`/api/v1/organizations/${org.slug}%00`, owner.token);
    expectProblem(bySlug, 400, 'VALIDATION_FAILED');
    expect(bySlug.body.errors).toEqual([{ field: 'slug', message: expect.stringContaining('path parameter slug') }]);
    const publicCalls = await system.http.get(`/api/v1/public/organizations/a%00b/calls`);
    expectProblem(publicCalls, 400, 'VALIDATION_FAILED');
    const roundKey = await system.http.get(`/api/v1/organizations/${org.slug}/calls/${realParams.callId[1]}/rounds/scr%00eening/progress`, owner.token);
    expectProblem(roundKey, 400, 'VALIDATION_FAILED');
    expect(roundKey.body.errors[0].field).toBe('roundKey');
  });

  it('a lone surrogate ("\\ud800": valid JSON, not Unicode) is 400 VALIDATION_FAILED, not a URIError from the email validator', async () => {
    const response = await system.http.post('/api/v1/auth/login', { email: '\ud800', password: 'a-long-enough-password' });
    expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(response.body.errors).toEqual([{ field: 'email', message: expect.stringContaining('well-formed Unicode') }]);
  });

  it('a bad percent-encoding in the path (%FF) is 400 BAD_URL as a problem document', async () => {
    const response = await system.http.get(`/api/v1/organizations/%FF/programmes`, owner.token);
    expectProblem(response, 400, 'BAD_URL');
    expect(JSON.stringify(response.body)).not.toContain('%FF');
  });

  it('cohort dates beyond the calendar a schedule can hold are 400 naming the field, not a 500', async () => {
    for (const startsOn of ['9999-12-31', '0001-01-01', '1899-12-31', '2201-01-01']) {
      const response = await system.http.post(`/api/v1/organizations/${org.slug}/cohorts`, { programmeId: realParams.programmeId[0], name: `Far ${startsOn}`, startsOn }, owner.token);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'startsOn', message: expect.stringContaining('from 1900 to 2200') }]);
    }
    expect(await countRows(system, 'cohorts', "name LIKE 'Far %'")).toBe(0);
  });

  it('a number question whose min or max is not a number, or a shortlist size without bound, is refused, not stored as null', async () => {
    const question = { key: 'revenue', label: 'Revenue', type: 'number', required: true };
    for (const [questions, rounds, field] of [
      [[{ ...question, min: 'abc' }], undefined, 'questions.0.min'],
      [[{ ...question, max: 'NaN' }], undefined, 'questions.0.max'],
      [[question], [{ key: 'screening', name: 'Screening', shortlistSize: 1e308 }], 'rounds.0.shortlistSize'],
    ] as const) {
      const response = await system.http.post(`/api/v1/organizations/${org.slug}/programmes/${realParams.programmeId[0]}/calls`, calls.build({ questions, rounds }), owner.token);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    }
  });

  it('a URL over 16 kB on a real socket is 431 HEADERS_TOO_LARGE as a problem document, not plain JSON', async () => {
    await system.api.listen(0, '127.0.0.1');
    const { port } = system.api.getHttpServer().address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/organizations/${org.slug}/applications?q=${'x'.repeat(17_000)}`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE', requestId: expect.any(String) });
    // The server is still serving.
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/organizations/${org.slug}`, { headers: { authorization: `Bearer ${owner.token}` } })).status).toBe(200);
  });
});
