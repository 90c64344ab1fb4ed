/**
 * `npm run bench:http`: the API's request path under load, against a bare Fastify + pg server
 * doing the same queries in the same kind of transaction (bench/http-bare-server.ts), on a
 * database of its own that it drops at the end. See bench/README.md.
 *
 * Each server runs as a child process pinned to one core (`taskset -c 0`); this process, with
 * the load generator (autocannon), pins itself to the other core. The servers are loaded one at
 * a time, alternating which goes first, route by route.
 */
import autocannon from 'autocannon';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { benchHarness, createBenchDatabase, writeResults } from './harness';

const int = (name: string, fallback: number) => Number(process.env[name] || fallback);
const CONNECTIONS = int('BENCH_HTTP_CONNECTIONS', 50);
const DURATION = int('BENCH_HTTP_DURATION', 6);
const WARMUP = int('BENCH_HTTP_WARMUP', 2);
const ROUNDS = int('BENCH_HTTP_ROUNDS', 3);
/** Before any measurement, every server runs every route this long: a freshly started API is still compiling its hot paths. */
const INITIAL_WARMUP = int('BENCH_HTTP_INITIAL_WARMUP', 4);
const STARTUPS = 50;
const PROGRAMMES = 200;
/** Which routes to load, by name (comma-separated); all by default. */
const ONLY = process.env.BENCH_HTTP_ROUTES?.split(',');
/** `dist`: the API from `nest build api` (dist/apps/api/main.js) instead of ts-node. */
const FROM_DIST = process.env.BENCH_HTTP_API === 'dist';
/** BENCH_HTTP_PROFILE=1: a CPU profile of the API during each measured run, in bench/results. */
const PROFILE = process.env.BENCH_HTTP_PROFILE === '1';
/**
 * BENCH_HTTP_COMPARE=label:/path/to/checkout[:node options],…: more API servers from other source trees (or the same
 * tree with other Node options, e.g. `tuned:/work/main:--max-semi-space-size=64`), measured in the same run.
 */
const COMPARE = (process.env.BENCH_HTTP_COMPARE ?? '')
  .split(',')
  .filter(Boolean)
  .map((entry) => {
    const [label, root, nodeOptions] = entry.split(':');
    return { label, root, nodeOptions };
  });
/** NODE_OPTIONS for the API under test (`--max-semi-space-size=64`, say); the bare server never gets them. */
const API_NODE_OPTIONS = process.env.BENCH_HTTP_NODE_OPTIONS;
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
const SERVER_CPU = process.env.BENCH_HTTP_SERVER_CPU ?? '0';
const LOAD_CPU = process.env.BENCH_HTTP_LOAD_CPU ?? '1';
const ROOT = join(__dirname, '..');
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const PASSWORD = 'bench-owner-password';

const harness = benchHarness('bench:http');
const { log, cleanups, cleanUp } = harness;

const taskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return os.cpus().length >= 2;
  } catch {
    return false;
  }
})();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A server under test: a child process pinned to SERVER_CPU, with the statement recorder preloaded. */
class Server {
  child?: ChildProcess;
  output = '';
  port = 0;
  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
    private readonly typescript = true,
    /** The source tree the server runs from (BENCH_HTTP_COMPARE runs other checkouts). */
    private readonly root = ROOT,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    const preload = this.typescript
      ? ['-r', require.resolve('ts-node/register'), '-r', require.resolve('tsconfig-paths/register'), '-r', join(__dirname, 'http-statement-recorder.ts')]
      : ['-r', require.resolve('ts-node/register'), '-r', join(__dirname, 'http-statement-recorder.ts')];
    const node = [process.execPath, ...preload, this.script];
    const [command, ...args] = taskset ? ['taskset', '-c', SERVER_CPU, ...node] : node;
    const child = spawn(command, args, {
      cwd: this.root,
      env: {
        PATH: process.env.PATH ?? '',
        ...(process.env.NODE_PATH ? { NODE_PATH: process.env.NODE_PATH } : {}),
        TS_NODE_TRANSPILE_ONLY: '1',
        TS_NODE_PROJECT: join(this.root, 'tsconfig.json'),
        ...this.env,
        PORT: String(this.port),
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    child.stdout!.on('data', (chunk) => (this.output = (this.output + chunk).slice(-20_000)));
    child.stderr!.on('data', (chunk) => (this.output = (this.output + chunk).slice(-20_000)));
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited during start: ${this.output.slice(-3000)}`);
      try {
        if ((await fetch(`${this.url}/health`)).status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} not healthy within 120 s: ${this.output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Sends `message` and resolves with the first answer of type `type`. */
  ask(message: object, type: string): Promise<any> {
    const child = this.child!;
    return new Promise((resolve) => {
      const on = (answer: any) => {
        if (answer?.type !== type) return;
        child.off('message', on);
        resolve(answer);
      };
      child.on('message', on);
      child.send(message);
    });
  }

  /** The SQL statements sent while `work` runs (nothing else may hit this server meanwhile). */
  async count(work: () => Promise<unknown>): Promise<{ wire: string[]; typeorm: string[] }> {
    const child = this.child!;
    const next = (type: string) =>
      new Promise<any>((resolve) => {
        const on = (message: any) => {
          if (message?.type !== type) return;
          child.off('message', on);
          resolve(message);
        };
        child.on('message', on);
      });
    const started = next('count-started');
    child.send({ type: 'count-start' });
    await started;
    await work();
    const counted = next('counted');
    child.send({ type: 'count-stop' });
    return counted;
  }

  /** CPU time (user + system, all threads) the server has used so far, in ms; from /proc, Linux only. */
  cpuMs(): number {
    try {
      const stat = readFileSync(`/proc/${this.child!.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
      return NaN;
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

interface Route {
  name: string;
  method: 'GET' | 'PATCH';
  /** Called per request: the path (and body) of the next request. */
  next: () => { path: string; body?: string };
  /** Checks a response's body; throws when it is not what the route should answer. */
  check: (body: string) => void;
}

interface Run {
  route: string;
  server: string;
  round: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** The server's CPU time per request, µs: what the request path costs, less sensitive than req/s to a busy machine. */
  cpuUs: number;
  non2xx: number;
  errors: number;
}

async function load(server: Server, route: Route, token: string, seconds: number): Promise<autocannon.Result> {
  const result = await autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: route.method,
        setupRequest: (request: any) => {
          const { path, body } = route.next();
          return { ...request, path, body };
        },
      },
    ],
  });
  return result;
}

async function main(): Promise<void> {
  if (taskset) execFileSync('taskset', ['-a', '-cp', LOAD_CPU, String(process.pid)], { stdio: 'ignore' });
  else log('taskset missing or a single core: servers and load generator are not pinned');
  const { suffix, redisPrefix, db } = await createBenchDatabase(harness, KEEP_DATABASE);

  // 2. Data: one organization, 50 startups, 200 programmes (the write spreads over them, so
  // its row locks rarely meet), as the superuser.
  const superuser = new Client({ connectionString: db.inspect, application_name: 'hatchery-bench-seed' });
  superuser.on('error', () => undefined);
  await superuser.connect();
  cleanups.push({ label: 'superuser client', run: () => superuser.end() });
  const slug = `bench-${suffix}`;
  const { rows: org } = await superuser.query<{ id: string }>(
    `INSERT INTO organizations (id, slug, name, kind, ownership, timezone, default_currency)
     VALUES (gen_random_uuid(), $1, 'Bench Science Park', 'science_innovation_park', 'ppp', 'Europe/Lisbon', 'EUR') RETURNING id`,
    [slug],
  );
  const organizationId = org[0].id;
  await superuser.query(
    `INSERT INTO startups (id, organization_id, name, sector, stage, origin, status)
     SELECT gen_random_uuid(), $1, format('Startup %s', i), (ARRAY['cleantech','fintech','agritech','health'])[1 + i % 4], 'seed', 'internal', 'accepted'
       FROM generate_series(1, ${STARTUPS}) i`,
    [organizationId],
  );
  const phases = JSON.stringify([
    { name: 'Validation', durationValue: 3, durationUnit: 'months', milestones: [{ title: 'Customer interviews', description: null, offsetDays: 14, evidenceRequired: true }] },
    { name: 'Growth', durationValue: 3, durationUnit: 'months', milestones: [{ title: 'First paying customer', description: null, offsetDays: 30, evidenceRequired: true }] },
  ]);
  const rubric = JSON.stringify([
    { key: 'team', label: 'Team', weight: 2, scaleMin: 1, scaleMax: 5 },
    { key: 'market', label: 'Market', weight: 1, scaleMin: 1, scaleMax: 5 },
  ]);
  const { rows: programmes } = await superuser.query<{ id: string }>(
    `INSERT INTO programmes (id, organization_id, name, type, description, phase_template, rubric, equity_kind, equity_min_bps, equity_max_bps, grant_min_minor, grant_max_minor, grant_currency)
     SELECT gen_random_uuid(), $1, format('Programme %s', i), 'incubation', 'Six months of incubation.', $2::jsonb, $3::jsonb, 'range', 1500, 4900, 0, 5000000, 'EUR'
       FROM generate_series(1, ${PROGRAMMES}) i RETURNING id`,
    [organizationId, phases, rubric],
  );
  await superuser.query('VACUUM ANALYZE');
  log(`seeded 1 organization, ${STARTUPS} startups, ${PROGRAMMES} programmes`);

  // 3. The servers.
  const jwt = { JWT_SECRET: randomBytes(32).toString('hex'), JWT_ISSUER: 'hatchery', JWT_AUDIENCE: 'hatchery-api' };
  const apiScript = FROM_DIST ? join(ROOT, 'dist/apps/api/main.js') : join(ROOT, 'apps/api/src/main.ts');
  if (FROM_DIST && !existsSync(apiScript)) throw new Error(`BENCH_HTTP_API=dist needs ${apiScript}: run npx nest build api first`);
  const apiEnv = {
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_HTTP_LOG_LEVEL ?? 'warn',
    METRICS_PORT: '0',
    DATABASE_URL: db.app,
    DATABASE_ADMIN_URL: db.owner,
    DATABASE_SYSTEM_URL: db.system,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    REDIS_PREFIX: redisPrefix,
    ...jwt,
  };
  const api = new Server('api', apiScript, { ...apiEnv, ...(API_NODE_OPTIONS ? { NODE_OPTIONS: API_NODE_OPTIONS } : {}) }, !FROM_DIST);
  const bare = new Server('bare', join(__dirname, 'http-bare-server.ts'), { DATABASE_URL: db.app, POOL_MAX: '10', ...jwt });
  // Other checkouts of the API on the same database (its schema must suit them), loaded in turn with the others.
  const variants = COMPARE.map(
    ({ label, root, nodeOptions }) => new Server(label, join(root, 'apps/api/src/main.ts'), { ...apiEnv, ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}) }, true, root),
  );
  const servers = [bare, api, ...variants];
  cleanups.push({ label: 'redis keys', run: () => deleteRedisKeys(redisPrefix) });
  for (const server of servers) cleanups.push({ label: server.name, run: () => server.stop() });
  log(`starting the API (${FROM_DIST ? 'dist' : 'ts-node, transpile only'}), the bare server${variants.length ? ` and ${variants.map((v) => v.name).join(', ')}` : ''}${taskset ? `, each pinned to CPU ${SERVER_CPU}; load generator on CPU ${LOAD_CPU}` : ''}`);
  await Promise.all(servers.map((server) => server.start()));
  log(servers.map((server) => `${server.name} on ${server.url}`).join(', '));

  // 4. The caller: registered through the API, made owner with SQL, logged in.
  const email = `owner-${suffix}@bench.hatchery.test`;
  const json = { 'content-type': 'application/json' };
  const registered = await fetch(`${api.url}/api/v1/auth/register`, { method: 'POST', headers: json, body: JSON.stringify({ email, password: PASSWORD, name: 'Bench Owner' }) });
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${await registered.text()}`);
  const userId = ((await registered.json()) as { id: string }).id;
  await superuser.query(`INSERT INTO memberships (id, organization_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, 'owner')`, [organizationId, userId]);
  const login = await fetch(`${api.url}/api/v1/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email, password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const token = ((await login.json()) as { accessToken: string }).accessToken;

  // 5. Routes.
  const base = `/api/v1/organizations/${slug}`;
  let n = 0;
  const itemsOf = (body: string): unknown[] => {
    const parsed = JSON.parse(body);
    return Array.isArray(parsed) ? parsed : parsed.items;
  };
  const programmeOf = (body: string) => {
    const parsed = JSON.parse(body) as { id?: string; name?: string };
    if (!parsed.id || !parsed.name) throw new Error(`not a programme: ${body.slice(0, 200)}`);
  };
  const allRoutes: Route[] = [
    {
      name: 'list',
      method: 'GET',
      next: () => ({ path: `${base}/startups?limit=${STARTUPS}` }),
      check: (body) => {
        const items = itemsOf(body);
        if (items?.length !== STARTUPS) throw new Error(`list: ${items?.length} startups, expected ${STARTUPS}`);
      },
    },
    { name: 'detail', method: 'GET', next: () => ({ path: `${base}/programmes/${programmes[n++ % PROGRAMMES].id}` }), check: programmeOf },
    {
      name: 'write',
      method: 'PATCH',
      next: () => {
        const i = n++;
        return { path: `${base}/programmes/${programmes[i % PROGRAMMES].id}`, body: JSON.stringify({ description: `Six months of incubation, revision ${i}.` }) };
      },
      check: programmeOf,
    },
  ];
  const routes = allRoutes.filter((r) => !ONLY || ONLY.includes(r.name));
  const describe: Record<string, string> = {
    list: `GET ${base}/startups?limit=${STARTUPS} (${STARTUPS} rows)`,
    detail: `GET ${base}/programmes/{id} (one of ${PROGRAMMES})`,
    write: `PATCH ${base}/programmes/{id} { description } (one of ${PROGRAMMES}: lock, update, audit row)`,
  };

  // 6. Checks and statements per request, one request at a time.
  const send = async (server: Server, route: Route) => {
    const { path, body } = route.next();
    const response = await fetch(server.url + path, { method: route.method, headers: { authorization: `Bearer ${token}`, ...json }, body });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${server.name} ${route.method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    route.check(text);
    return text;
  };
  const statements: { route: string; server: string; wire: string[]; typeorm: number; bytes: number }[] = [];
  for (const route of routes) {
    for (const server of servers) {
      await send(server, route);
      let bytes = 0;
      const counted = await server.count(async () => (bytes = Buffer.byteLength(await send(server, route))));
      statements.push({ route: route.name, server: server.name, wire: counted.wire, typeorm: counted.typeorm.length, bytes });
    }
  }
  const statementReport = [
    '| route | server | SQL statements (pg wire) | via TypeORM | response bytes |',
    '|---|---|---:|---:|---:|',
    ...statements.map((s) => `| ${s.route} | ${s.server} | ${s.wire.length} | ${s.server === 'bare' ? '–' : s.typeorm} | ${s.bytes} |`),
    '',
    ...statements
      .filter((s) => s.server === 'api')
      .flatMap((s) => [`API, ${s.route}:`, '', ...s.wire.map((q, i) => `${i + 1}. \`${q.length > 140 ? q.slice(0, 137) + '...' : q}\``), '']),
  ].join('\n');
  log(`statements per request:\n${statementReport}`);

  // 7. Load: per route and round, each server warmed up and then measured, alternating which goes first.
  log(`load: ${CONNECTIONS} connections; first ${INITIAL_WARMUP} s per server and route unmeasured, then ${WARMUP} s warm-up + ${DURATION} s measured per server, route and round (${ROUNDS} round${ROUNDS > 1 ? 's' : ''})`);
  if (INITIAL_WARMUP > 0) {
    for (const route of routes) for (const server of servers) await load(server, route, token, INITIAL_WARMUP);
    log(`  warmed up: every server ${INITIAL_WARMUP} s on every route`);
  }
  const runs: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [r, route] of routes.entries()) {
      const shift = (round + r) % servers.length;
      const order = [...servers.slice(shift), ...servers.slice(0, shift)];
      for (const server of order) {
        if (WARMUP > 0) await load(server, route, token, WARMUP);
        const profile = PROFILE && server !== bare ? join(__dirname, 'results', `http-${route.name}-${Date.now()}.cpuprofile`) : undefined;
        if (profile) await server.ask({ type: 'profile-start' }, 'profile-started');
        const cpuBefore = server.cpuMs();
        const result = await load(server, route, token, DURATION);
        const cpuMs = server.cpuMs() - cpuBefore;
        if (profile) {
          mkdirSync(join(__dirname, 'results'), { recursive: true });
          await server.ask({ type: 'profile-stop', file: profile }, 'profile-written');
          log(`  CPU profile of the API: ${profile}`);
        }
        const run: Run = {
          route: route.name,
          server: server.name,
          round,
          requests: result.requests.total,
          rps: result.requests.total / result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          cpuUs: (cpuMs * 1000) / result.requests.total,
          non2xx: result.non2xx,
          errors: result.errors,
        };
        runs.push(run);
        log(`  ${route.name} ${server.name} round ${round + 1}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.cpuUs.toFixed(0)} µs CPU/request${run.non2xx || run.errors ? `, ${run.non2xx} non-2xx, ${run.errors} errors` : ''}`);
        if (run.non2xx > 0 || run.errors > 0) throw new Error(`${server.name} ${route.name}: ${run.non2xx} non-2xx answers, ${run.errors} errors: ${server.output.slice(-2000)}`);
      }
    }
  }

  // 8. Table.
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const summary = (route: string, server: string) => {
    const mine = runs.filter((r) => r.route === route && r.server === server);
    return { rps: median(mine.map((r) => r.rps)), p50: median(mine.map((r) => r.p50)), p99: median(mine.map((r) => r.p99)), cpuUs: median(mine.map((r) => r.cpuUs)) };
  };
  const getStatements = (route: string, server: string) => statements.find((s) => s.route === route && s.server === server)?.wire.length ?? 0;
  const lines = [
    '| route | server | req/s | p50 ms | p99 ms | CPU µs/req | SQL statements | API/bare req/s | API/bare p99 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const route of routes) {
    const b = summary(route.name, 'bare');
    lines.push(`| ${route.name} | bare | ${b.rps.toFixed(0)} | ${b.p50.toFixed(0)} | ${b.p99.toFixed(0)} | ${b.cpuUs.toFixed(0)} | ${getStatements(route.name, 'bare')} | | |`);
    for (const server of [...variants, api]) {
      const a = summary(route.name, server.name);
      lines.push(
        `| ${route.name} | ${server.name} | ${a.rps.toFixed(0)} | ${a.p50.toFixed(0)} | ${a.p99.toFixed(0)} | ${a.cpuUs.toFixed(0)} | ${getStatements(route.name, server.name)} | ${((a.rps / b.rps) * 100).toFixed(0)} % | ${(a.p99 / b.p99).toFixed(2)}× |`,
      );
    }
  }
  const resultTable = lines.join('\n');
  const load1 = os.loadavg()[0].toFixed(2);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, Node ${process.version}, load average at the end ${load1}`;
  log(`results (median of ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}; ${CONNECTIONS} connections, ${DURATION} s each):\n${resultTable}`);
  for (const route of routes) log(`  ${route.name}: ${describe[route.name]}`);

  const markdown = [
    `# HTTP benchmark, ${new Date().toISOString()}`,
    '',
    `Machine: ${machine}. API from ${FROM_DIST ? 'dist' : 'ts-node (transpile only)'}, NODE_ENV=production, LOG_LEVEL=${process.env.BENCH_HTTP_LOG_LEVEL ?? 'warn'}; servers pinned to CPU ${SERVER_CPU}, load generator to CPU ${LOAD_CPU}${taskset ? '' : ' (NOT pinned: no taskset or one core)'}.`,
    '',
    `${CONNECTIONS} connections; ${INITIAL_WARMUP} s unmeasured per server and route first, then ${WARMUP} s warm-up + ${DURATION} s measured per server, route and round; ${ROUNDS} round(s), median shown.`,
    '',
    resultTable,
    '',
    ...routes.map((r) => `- ${r.name}: ${describe[r.name]}`),
    '',
    '## Every run',
    '',
    '| route | server | round | requests | req/s | p50 ms | p99 ms | CPU µs/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...runs.map((r) => `| ${r.route} | ${r.server} | ${r.round + 1} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.cpuUs.toFixed(0)} |`),
    '',
    '## SQL statements per request',
    '',
    statementReport,
    `Total run time: ${harness.seconds().toFixed(0)} s.`,
    '',
  ].join('\n');
  const file = writeResults('http', markdown);
  log(`machine: ${machine}`);
  log(`results written to ${file}`);
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const Redis = (await import('ioredis')).default;
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

main()
  .then(() => cleanUp())
  .then(() => log('done'))
  .catch(async (error: Error) => {
    process.stderr.write(`[bench:http] FAILED: ${error.stack ?? error.message}\n`);
    await cleanUp();
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 3000).unref());
