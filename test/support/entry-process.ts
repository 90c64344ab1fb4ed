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

/** The current process's database, Redis, SMTP and clock settings (as set by `startSystem`). */
export function envFromProcess(): Record<string, string> {
  const pick = ['DATABASE_URL', 'DATABASE_ADMIN_URL', 'DATABASE_SYSTEM_URL', 'REDIS_URL', 'REDIS_CLUSTER_NODES', 'REDIS_PREFIX', 'SMTP_URL', 'CLOCK_FILE', 'JWT_SECRET', 'MAIL_FROM', 'APP_URL'];
  return Object.fromEntries(pick.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]!]));
}

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/**
 * An entry point (`apps/<name>/src/main.ts` under ts-node, transpile only) as its own process on a
 * free port, with nothing in its environment but `env`: started when its /health answers, stopped
 * by a signal (SIGKILL after a time limit).
 */
export abstract class EntryProcess {
  child?: ChildProcess;
  output = '';
  readonly port: Promise<number> = freePort();
  private exited?: Promise<Exit>;

  protected constructor(
    private readonly name: 'api' | 'worker',
    private readonly ready: (status: number) => boolean,
  ) {}

  /** The process's environment, given its port. */
  protected abstract env(port: number): Record<string, string>;

  async start(timeoutMs = 60_000): Promise<void> {
    const port = await this.port;
    const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register'), '-r', require.resolve('tsconfig-paths/register'), join(ROOT, `apps/${this.name}/src/main.ts`)], {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        TS_NODE_TRANSPILE_ONLY: '1',
        TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        ...this.env(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited during start: ${this.output.slice(-2000)}`);
      try {
        if (this.ready((await fetch(`http://127.0.0.1:${port}/health`)).status)) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`${this.name} not healthy within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  /** Sends `signal` and waits for the process to exit (SIGKILL after `timeoutMs`). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<Exit> {
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
