import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The worker as its own process (`apps/worker/src/main.ts` under ts-node, transpile only), with
 * nothing in its environment but what the test passes: by default the current process's
 * database, Redis, SMTP and clock settings (as set by `startSystem`).
 */
export class WorkerProcess {
  child?: ChildProcess;
  output = '';
  readonly port: Promise<number> = freePort();
  private exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(private readonly overrides: Record<string, string> = {}) {}

  static envFromProcess(): Record<string, string> {
    const pick = ['DATABASE_URL', 'DATABASE_ADMIN_URL', 'DATABASE_SYSTEM_URL', 'REDIS_URL', 'REDIS_CLUSTER_NODES', 'REDIS_PREFIX', 'SMTP_URL', 'CLOCK_FILE', 'JWT_SECRET', 'MAIL_FROM', 'APP_URL'];
    return Object.fromEntries(pick.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
  }

  /** Spawns and waits until /health answers (the worker has bootstrapped and reconciled once). */
  async start(timeoutMs = 60_000): Promise<void> {
    const port = await this.port;
    const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register'), '-r', require.resolve('tsconfig-paths/register'), join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_TRANSPILE_ONLY: '1',
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        RECONCILE_INTERVAL_MS: '300',
        JOB_LOCK_MS: '2000',
        ...WorkerProcess.envFromProcess(),
        WORKER_HEALTH_PORT: String(port),
        // No metrics listener: a fixed port would collide between workers of parallel test files.
        WORKER_METRICS_PORT: '0',
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
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`worker exited during start: ${this.output.slice(-2000)}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.status < 500) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`worker not healthy within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Sends `signal` and waits for the process to exit (SIGKILL after `timeoutMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    if (!child || !this.exited) return { code: null, signal: null };
    if (child.exitCode !== null || child.signalCode !== null) return this.exited;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}
