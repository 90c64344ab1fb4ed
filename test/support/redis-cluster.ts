import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './entry-process';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Redis Cluster of three masters (no replicas) on free local ports, in a temp directory, for
 * tests: `nodes` is what REDIS_CLUSTER_NODES takes.
 */
export class RedisCluster {
  ports: number[] = [];
  output = '';
  private readonly children: ChildProcess[] = [];
  private dir?: string;

  constructor(private readonly size = 3) {}

  get nodes(): string {
    return this.ports.map((port) => `127.0.0.1:${port}`).join(',');
  }

  async start(timeoutMs = 20_000): Promise<void> {
    this.dir = mkdtempSync(join(tmpdir(), 'hatchery-redis-cluster-'));
    for (let i = 0; i < this.size; i++) {
      const port = await freePort();
      const busPort = await freePort();
      this.ports.push(port);
      // The same settings as production's (noeviction), minus persistence: nothing to keep here.
      const child = spawn(
        'redis-server',
        ['--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1', '--cluster-enabled', 'yes',
          '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '5000', '--dir', this.dir,
          '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--daemonize', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout!.on('data', (chunk) => (this.output += chunk));
      child.stderr!.on('data', (chunk) => (this.output += chunk));
      this.children.push(child);
    }
    const deadline = Date.now() + timeoutMs;
    const until = async (what: string, check: () => Promise<boolean>) => {
      for (;;) {
        if (this.children.some((c) => c.exitCode !== null)) throw new Error(`a redis-server exited: ${this.output.slice(-2000)}`);
        if (await check().catch(() => false)) return;
        if (Date.now() > deadline) {
          await this.stop();
          throw new Error(`Redis Cluster: ${what} not within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
        }
        await sleep(100);
      }
    };
    const cli = (port: number, ...args: string[]) => run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args]).then((r) => r.stdout);
    await until('every node answers', async () => (await Promise.all(this.ports.map((p) => cli(p, 'ping')))).every((out) => out.trim() === 'PONG'));
    await run('redis-cli', ['--cluster', 'create', ...this.ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    await until('cluster_state:ok on every node', async () => (await Promise.all(this.ports.map((p) => cli(p, 'cluster', 'info')))).every((out) => out.includes('cluster_state:ok')));
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }),
    );
    this.children.length = 0;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
