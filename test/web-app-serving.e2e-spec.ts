import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSystem, System } from './support/system';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';
const ASSET = 'console.log("hatchery web app");';
const SECRET = 'top-secret-outside-the-dist-dir';
const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function expectApiNotFound(response: { status: number; headers: Record<string, unknown>; body: unknown }) {
  expect(response.status).toBe(404);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  expect(JSON.stringify(response.body)).not.toContain('doctype');
}

describe('the API serves the built web app at /', () => {
  let base: string;
  let system: System;

  beforeAll(async () => {
    // <base>/secret.txt beside <base>/dist: a traversal out of dist would find it.
    base = mkdtempSync(join(tmpdir(), 'hatchery-web-'));
    const dist = join(base, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), ASSET);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dist, '.env'), SECRET);
    writeFileSync(join(base, 'secret.txt'), SECRET);
    system = await startSystem({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await system?.close();
    rmSync(base, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = html) => system.http.request('GET', url, { headers });

  it.each(['/', '/programmes/123', '/organizations/acme/calls?tab=open', '/index.html'])('GET %s (a page) → index.html, not cached', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
  });

  it('sends the security headers with the page, its CSP allowing the app', async () => {
    const csp = String((await get('/')).headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/font-src 'self' data:/);
  });

  it('serves a hashed asset with its content type, cached for good', async () => {
    const response = await get('/assets/app-abc123.js', { accept: '*/*' });
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe(ASSET);
  });

  it('answers HEAD for the page and the asset', async () => {
    const fastify = system.api.getHttpAdapter().getInstance();
    const page = await fastify.inject({ method: 'HEAD', url: '/programmes/1', headers: html });
    expect(page.statusCode).toBe(200);
    expect(page.body).toBe('');
    const asset = await fastify.inject({ method: 'HEAD', url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves other files of the build, revalidated', async () => {
    const response = await get('/favicon.svg', { accept: 'image/*' });
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toMatch(/image\/svg\+xml/);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file that is not a page request with the 404 problem, not index.html', async () => {
    expectApiNotFound(await get('/assets/missing-000.js', { accept: '*/*' }));
    expectApiNotFound(await get('/programmes/123', { accept: 'application/json' }));
  });

  it.each(['/api/v1/nope', '/api/nope', '/api', '/health/nope', '/admin/nope', '/admin'])('GET %s (no such route) → the API’s 404 problem even for a page request', async (url) => {
    expectApiNotFound(await get(url));
  });

  it('keeps the API, the health probes and the Swagger UI answering as before', async () => {
    expect((await get('/health/live', {})).status).toBe(200);
    expect((await get('/api/v1/auth/me', {})).body.code).toBe('UNAUTHENTICATED');
    const docs = await get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger');
    const docsAsset = await get('/api/docs/swagger-ui.css', { accept: 'text/css' });
    expect(docsAsset.status).toBe(200);
    expect(docsAsset.body).not.toBe(INDEX);
    expect((await system.http.post('/programmes/123', {})).status).toBe(404); // only GET and HEAD
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/assets/%2e%2e/.env',
  ])('never serves a file outside the directory, nor a dotfile: %s', async (url) => {
    for (const accept of ['*/*', html.accept]) {
      const response = await get(url, { accept });
      expect(JSON.stringify(response.body)).not.toContain(SECRET);
      // A page request may get index.html (the app shows its own not-found page); nothing else.
      if (response.status === 200) expect(response.body).toBe(INDEX);
    }
  });
});

describe('without a built web app', () => {
  let system: System;
  let empty: string;

  beforeAll(async () => {
    empty = mkdtempSync(join(tmpdir(), 'hatchery-no-web-'));
    system = await startSystem({ env: { WEB_DIST_DIR: empty } });
  });
  afterAll(async () => {
    await system?.close();
    rmSync(empty, { recursive: true, force: true });
  });

  it('answers / with the 404 problem and the API works', async () => {
    const response = await system.http.request('GET', '/', { headers: html });
    expectApiNotFound(response);
    expect((await system.http.get('/health/live')).status).toBe(200);
  });
});
