import { spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
// Generous: each spawn loads TypeScript (~4 s alone), and CI runs other suites beside it on two cores.
const SPAWN_TIMEOUT_MS = 90_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs an entry point as `npm run start:*` would in development (ts-node, transpile only), with
 * nothing in its environment but `vars`, from an empty directory so no `.env` is picked up.
 */
function runEntry(entry: string, vars: Record<string, string>): Promise<Exit> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', require.resolve('ts-node/register'), '-r', require.resolve('tsconfig-paths/register'), join(ROOT, entry)],
      {
        cwd: tmpdir(),
        env: {
          PATH: process.env.PATH ?? '',
          TS_NODE_TRANSPILE_ONLY: '1',
          TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
          ...vars,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), SPAWN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const cases: [entry: string, name: string, value: string][] = [
  ['apps/api/src/main.ts', 'PORT', 'abc'],
  ['apps/api/src/main.ts', 'JWT_SECRET', 'short'],
  ['apps/api/src/main.ts', 'DATABASE_URL', 'mysql://x'],
  ['apps/worker/src/main.ts', 'WORKER_HEALTH_PORT', 'abc'],
];

describe('entry points refuse a bad configuration before Nest starts', () => {
  const exits = new Map<string, Exit>();
  const key = (entry: string, name: string) => `${entry} ${name}`;

  beforeAll(async () => {
    // In parallel: each spawn spends ~2 s loading TypeScript, then exits at once.
    const results = await Promise.all(cases.map(([entry, name, value]) => runEntry(entry, { [name]: value })));
    cases.forEach(([entry, name], i) => exits.set(key(entry, name), results[i]));
  }, SPAWN_TIMEOUT_MS + 5_000);

  it.each(cases)('%s with %s=%s exits non-zero with exactly one stderr line naming it', (entry, name, value) => {
    const exit = exits.get(key(entry, name))!;
    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    const lines = exit.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(exit.stderr.endsWith('\n')).toBe(true);
    expect(lines[0]).toMatch(new RegExp(`\\b${name}\\b`));
    expect(lines[0]).not.toContain(value); // the value may be a secret or a URL with a password
    expect(exit.stdout).toBe('');
  });

  it('none of them got as far as starting Nest', () => {
    for (const exit of exits.values()) {
      expect(exit.stderr + exit.stdout).not.toMatch(/Nest|NestFactory|Starting|listening|ECONNREFUSED/i);
      expect(exit.ms).toBeLessThan(SPAWN_TIMEOUT_MS);
    }
  });
});

describe('entry points name a service they cannot reach, and how to start it, before Nest starts', () => {
  let closedPort: number;

  beforeAll(async () => {
    // A port nothing listens on: taken from the OS, then released.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closedPort = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const reachablePostgres = 'postgres://postgres@127.0.0.1:5432/postgres';
  const oneLine = (exit: Exit) => {
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(1);
    const lines = exit.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(exit.stdout).toBe('');
    return lines[0];
  };

  it('the api with Redis down says so, where, and how to start it', async () => {
    const line = oneLine(await runEntry('apps/api/src/main.ts', { DATABASE_URL: reachablePostgres, REDIS_URL: `redis://127.0.0.1:${closedPort}` }));
    expect(line).toBe(
      `api cannot start: Redis is not reachable at 127.0.0.1:${closedPort}: start it (here: redis-server --daemonize yes; elsewhere: docker compose -f docker/compose.yml up -d redis)`,
    );
  }, SPAWN_TIMEOUT_MS);

  it('the worker with PostgreSQL down says so', async () => {
    const line = oneLine(await runEntry('apps/worker/src/main.ts', { DATABASE_URL: `postgres://hatchery_app:x@127.0.0.1:${closedPort}/hatchery` }));
    expect(line).toMatch(new RegExp(`^worker cannot start: PostgreSQL is not reachable at 127\\.0\\.0\\.1:${closedPort}: start it`));
  }, SPAWN_TIMEOUT_MS);

  it('the api on a database that does not exist says to run db:setup', async () => {
    const line = oneLine(await runEntry('apps/api/src/main.ts', { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hatchery_no_such_database' }));
    expect(line).toMatch(/^api cannot start: PostgreSQL at 127\.0\.0\.1:5432 refused postgres on database hatchery_no_such_database .*: run npm run db:setup$/);
  }, SPAWN_TIMEOUT_MS);
});
