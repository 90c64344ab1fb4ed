import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { OPEN_ORGANIZATION_KEY, PUBLIC_KEY, ROLES_KEY } from '@hatchery/core';
import { addMember, organizations } from './factories/organizations';
import { SignedIn, users } from './factories/users';
import { countRows, startSystem, System } from './support/system';

const GLOBAL_PREFIX = '/api/v1';
const PROBLEM_REF = '#/components/schemas/ProblemResponseDto';

interface Route {
  method: string;
  /** As Fastify registered it: `/api/v1/organizations/:slug`. */
  path: string;
  access: string;
}

const join = (...parts: (string | undefined)[]) =>
  '/' +
  parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter(Boolean)
    .join('/');

/**
 * Every route of every controller, read from Nest's metadata; the global prefix is applied
 * unless the app excluded it, which we learn by asking Fastify which of the two it serves.
 */
function routesOf(system: System): Route[] {
  const fastify: FastifyInstance = system.api.getHttpAdapter().getInstance();
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const module of system.api.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const methodPath: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        const requestMethod: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (methodPath === undefined || requestMethod === undefined) continue;
        const method = RequestMethod[requestMethod];
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller);
        const roles: string[] | undefined = Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller);
        const open = Reflect.getMetadata(OPEN_ORGANIZATION_KEY, handler) ?? Reflect.getMetadata(OPEN_ORGANIZATION_KEY, controller);
        const access = (isPublic ? 'public' : roles ? `roles: ${roles.join(',')}` : 'authenticated') + (open ? ', open to non-members' : '');
        for (const controllerPath of controllerPaths) {
          for (const path of ([] as string[]).concat(methodPath)) {
            const bare = join(controllerPath, path);
            const candidates = [join(GLOBAL_PREFIX, bare), bare].filter((url) => fastify.hasRoute({ method: method as HTTPMethods, url }));
            if (candidates.length !== 1) throw new Error(`${method} ${bare}: served as ${JSON.stringify(candidates)}`);
            routes.push({ method, path: candidates[0], access });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

describe('http: errors, validation, docs, role matrix', () => {
  let system: System;
  let owner: SignedIn;
  let organization: Awaited<ReturnType<typeof organizations.create>>;

  beforeAll(async () => {
    system = await startSystem();
    owner = await users.create(system);
    organization = await organizations.create(system, owner);
  });
  afterAll(() => system.close());

  /** Rows per table, to show a refused request wrote nothing anywhere. */
  async function snapshotRows(): Promise<Record<string, number>> {
    const tables = ['users', 'refresh_tokens', 'organizations', 'memberships', 'invitations', 'outbox_messages', 'audit_entries', 'idempotency_records'];
    const counts = await Promise.all(tables.map((table) => countRows(system, table)));
    return Object.fromEntries(tables.map((table, i) => [table, counts[i]]));
  }

  function expectProblem(response: { status: number; headers: Record<string, unknown>; body: any }, status: number, code: string) {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: expect.stringMatching(/^https:\/\//),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code,
      requestId: expect.any(String),
    });
    expect(response.body.requestId).not.toBe('');
  }

  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  describe('problem documents', () => {
    it('malformed JSON → 400 MALFORMED_JSON, nothing written', async () => {
      const before = await snapshotRows();
      const response = await system.http.request('POST', '/api/v1/auth/register', { rawBody: '{"email": "a@example.org", "password": ' });
      expectProblem(response, 400, 'MALFORMED_JSON');
      expect(response.body.detail).not.toMatch(/Unexpected|position|JSON\.parse/);
      expect(await snapshotRows()).toEqual(before);
    });

    it('an empty body declared as JSON → 400 MALFORMED_JSON', async () => {
      const response = await system.http.request('POST', '/api/v1/auth/register', { rawBody: '' });
      expectProblem(response, 400, 'MALFORMED_JSON');
    });

    it('an unknown field → 400 VALIDATION_FAILED naming it, nothing written', async () => {
      const before = await snapshotRows();
      const response = await system.http.post('/api/v1/auth/register', { ...users.build(), role: 'owner' });
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual([{ field: 'role', message: expect.stringContaining('role') }]);
      expect(await snapshotRows()).toEqual(before);
    });

    it('a body over 1 MB → 413 PAYLOAD_TOO_LARGE, nothing written', async () => {
      const before = await snapshotRows();
      const response = await system.http.post('/api/v1/auth/register', { ...users.build(), name: 'x'.repeat(1.2 * 1024 * 1024) });
      expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(await snapshotRows()).toEqual(before);
    });

    it('a body that is not JSON → 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      const response = await system.http.request('POST', '/api/v1/auth/register', { rawBody: '<user><email>a@example.org</email></user>', headers: { 'content-type': 'application/xml' } });
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('an unknown route → 404 problem document', async () => {
      const response = await system.http.get('/api/v1/no-such-thing');
      expectProblem(response, 404, 'NOT_FOUND');
      const outsidePrefix = await system.http.get('/no-such-thing');
      expectProblem(outsidePrefix, 404, 'NOT_FOUND');
    });

    it('every problem carries its own request id', async () => {
      const [a, b] = await Promise.all([system.http.get('/api/v1/no-such-thing'), system.http.get('/api/v1/no-such-thing')]);
      expect(a.body.requestId).not.toBe(b.body.requestId);
    });
  });

  describe('organization input', () => {
    it('refuses an invalid slug, time zone and currency, naming each field, and writes nothing', async () => {
      const before = await snapshotRows();
      const response = await system.http.post(
        '/api/v1/organizations',
        organizations.build({ slug: 'Bad Slug!', timezone: 'Mars/Olympus', defaultCurrency: 'XYZ' }),
        owner.token,
      );
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body).sort()).toEqual(['defaultCurrency', 'slug', 'timezone']);
      expect(await snapshotRows()).toEqual(before);
    });

    it.each([
      ['slug', { slug: 'Bad Slug!' }],
      ['slug', { slug: '-leading-hyphen' }],
      ['slug', { slug: 'ab' }],
      ['timezone', { timezone: 'Mars/Olympus' }],
      ['defaultCurrency', { defaultCurrency: 'XYZ' }],
      ['kind', { kind: 'moon_base' }],
    ])('refuses a bad %s alone (%j)', async (field, overrides) => {
      const before = await snapshotRows();
      const response = await system.http.post('/api/v1/organizations', organizations.build(overrides), owner.token);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual([field]);
      expect(await snapshotRows()).toEqual(before);
    });

    it('refuses an invalid email on an invitation, naming it, and writes nothing', async () => {
      const before = await snapshotRows();
      const response = await system.http.post(`/api/v1/organizations/${organization.slug}/invitations`, { email: 'not-an-email', role: 'mentor' }, owner.token);
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(fieldsOf(response.body)).toEqual(['email']);
      expect(await snapshotRows()).toEqual(before);
    });

    it('refuses a taken slug with 409 SLUG_TAKEN and writes nothing', async () => {
      const other = await users.create(system);
      const before = await snapshotRows();
      const response = await system.http.post('/api/v1/organizations', organizations.build({ slug: organization.slug }), other.token);
      expectProblem(response, 409, 'SLUG_TAKEN');
      expect(await snapshotRows()).toEqual(before);
    });

    it('a founder calling a manager route → 403 FORBIDDEN, organization unchanged', async () => {
      const founder = await addMember(system, organization.id, 'founder');
      const before = await snapshotRows();
      const response = await system.http.patch(`/api/v1/organizations/${organization.slug}`, { name: 'Taken Over' }, founder.token);
      expectProblem(response, 403, 'FORBIDDEN');
      expect(await snapshotRows()).toEqual(before);
      const { rows } = await system.db.query('SELECT name FROM organizations WHERE id = $1', [organization.id]);
      expect(rows[0].name).toBe(organization.name);
    });

    it('a stranger calling the same route → 404 (the organization is not revealed)', async () => {
      const stranger = await users.create(system);
      const response = await system.http.patch(`/api/v1/organizations/${organization.slug}`, { name: 'Taken Over' }, stranger.token);
      expectProblem(response, 404, 'NOT_FOUND');
    });
  });

  describe('health and docs', () => {
    it('GET /health → 200 with database and redis up', async () => {
      const response = await system.http.get('/health');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, redis: { status: 'up' } } });
    });

    it('GET /api/docs → 200 HTML', async () => {
      const response = await system.http.get('/api/docs');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toMatch(/<html/i);
    });

    it('GET /api/docs-json documents exactly the routes the app serves', async () => {
      const response = await system.http.get('/api/docs-json');
      expect(response.status).toBe(200);
      const document = response.body;
      expect(document.openapi).toMatch(/^3\./);
      const served = routesOf(system).map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
      const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );
      expect(served.length).toBeGreaterThan(10);
      expect(documented.sort()).toEqual(served.sort());
    });

    it('every documented error response with a body references the problem schema', async () => {
      const document = (await system.http.get('/api/docs-json')).body;
      expect(document.components.schemas.ProblemResponseDto).toBeDefined();
      const offenders: string[] = [];
      let checked = 0;
      for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
        for (const [method, operation] of Object.entries(operations)) {
          for (const [status, declared] of Object.entries(operation.responses as Record<string, any>)) {
            if (Number(status) < 400 || !declared.content) continue;
            for (const [mediaType, content] of Object.entries(declared.content as Record<string, any>)) {
              checked++;
              if (content.schema?.$ref !== PROBLEM_REF) offenders.push(`${method.toUpperCase()} ${path} ${status} ${mediaType}`);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(10);
      expect(offenders).toEqual([]);
    });

    it('documents every error as application/problem+json, and a 400 and a 500 on every operation', async () => {
      const document = (await system.http.get('/api/docs-json')).body;
      const offenders: string[] = [];
      for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
        for (const [method, operation] of Object.entries(operations)) {
          if (!operation.responses['400'] || !operation.responses['500']) offenders.push(`${method} ${path}: no 400 or 500`);
          for (const [status, declared] of Object.entries(operation.responses as Record<string, any>)) {
            if (Number(status) >= 400 && declared.content && Object.keys(declared.content).join() !== 'application/problem+json') {
              offenders.push(`${method} ${path} ${status}: ${Object.keys(declared.content).join()}`);
            }
          }
        }
      }
      expect(offenders).toEqual([]);
    });

    it('every route that needs a login documents bearer auth and a 401', async () => {
      const document = (await system.http.get('/api/docs-json')).body;
      const offenders = routesOf(system)
        .filter((route) => !route.access.startsWith('public'))
        .filter((route) => {
          const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
          return !operation?.responses?.['401'] || !(operation.security ?? []).some((s: Record<string, unknown>) => 'bearer' in s);
        })
        .map((route) => `${route.method} ${route.path}`);
      expect(offenders).toEqual([]);
    });
  });

  it('role matrix', () => {
    const lines = routesOf(system)
      .map((route) => `${route.method} ${route.path} → ${route.access}`)
      .sort();
    expect(lines).toMatchSnapshot();
  });
});
