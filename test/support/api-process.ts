import { ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from './http';
import { freePort, WorkerProcess } from './worker-process';

const ROOT = join(__dirname, '..', '..');
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * The API as its own process (`apps/api/src/main.ts` under ts-node, transpile only) on a free
 * port, with the current process's database, Redis, SMTP and clock settings (as WorkerProcess).
 */
export class ApiProcess {
  child?: ChildProcess;
  output = '';
  readonly port: Promise<number> = freePort();
  private exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(private readonly overrides: Record<string, string> = {}) {}

  async url(): Promise<string> {
    return `http://127.0.0.1:${await this.port}`;
  }

  /** Spawns and waits until /health answers 200 (Postgres and Redis reached). */
  async start(timeoutMs = 90_000): Promise<void> {
    const port = await this.port;
    const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register'), '-r', require.resolve('tsconfig-paths/register'), join(ROOT, 'apps/api/src/main.ts')], {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_TRANSPILE_ONLY: '1',
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        // The suite's login limits (test/support/setup-env.ts).
        ...Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith('LOGIN_') && v !== undefined) as [string, string][]),
        // Several processes on one machine: no fixed side ports.
        METRICS_PORT: '0',
        ...WorkerProcess.envFromProcess(),
        PORT: String(port),
        ...this.overrides,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`api exited during start: ${this.output.slice(-2000)}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`api not healthy within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** SIGTERM, and waits for the exit (SIGKILL after `timeoutMs`). */
  async stop(timeoutMs = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    if (!child || !this.exited) return { code: null, signal: null };
    if (child.exitCode !== null || child.signalCode !== null) return this.exited;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

/**
 * HttpClient's interface over real sockets, spreading requests over several API processes in
 * turn (request n goes to base n mod k), so consecutive steps of a scenario hit different ones.
 */
export class RoundRobinHttp {
  private next = 0;
  /** How many requests each base served. */
  readonly served: number[];

  constructor(private readonly bases: string[]) {
    this.served = bases.map(() => 0);
  }

  async request<T = any>(
    method: Method,
    url: string,
    options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<Response<T>> {
    const i = this.next++ % this.bases.length;
    this.served[i]++;
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | undefined;
    if (options.rawBody !== undefined) {
      payload = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(this.bases[i] + url, { method, headers, body: payload });
    const text = await response.text();
    let body: unknown = text;
    if (text && /json/.test(response.headers.get('content-type') ?? '')) body = JSON.parse(text);
    return { status: response.status, body: body as T, headers: Object.fromEntries(response.headers.entries()) };
  }

  get<T = any>(url: string, token?: string) {
    return this.request<T>('GET', url, { token });
  }

  post<T = any>(url: string, body: unknown, token?: string, headers?: Record<string, string>) {
    return this.request<T>('POST', url, { body, token, headers });
  }

  patch<T = any>(url: string, body: unknown, token?: string) {
    return this.request<T>('PATCH', url, { body, token });
  }

  delete<T = any>(url: string, token?: string) {
    return this.request<T>('DELETE', url, { token });
  }
}
