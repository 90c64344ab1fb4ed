import { ChildProcess, spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './entry-process';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the pgbouncer binary is: on PATH, or Debian's /usr/sbin (not on a non-root PATH). */
function binary(): string {
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/sbin', '/usr/local/sbin')) {
    try {
      accessSync(join(dir, 'pgbouncer'), constants.X_OK);
      return join(dir, 'pgbouncer');
    } catch {
      // not here
    }
  }
  throw new Error('pgbouncer is not installed (apt-get install -y pgbouncer)');
}

export interface PgBouncerOptions {
  /** The databases it serves (each as itself on the server); all of them when omitted. */
  databases?: string[];
  /** The roles that may connect (trust: no password is checked; Postgres on 127.0.0.1 trusts them too). */
  users: string[];
  /** Server connections per database and role: small, so clients really share them. */
  poolSize?: number;
  server?: { host: string; port: number };
}

/**
 * PgBouncer in transaction pooling mode, in a temp directory on a free port, in front of the
 * machine's Postgres: a server connection goes back to the pool at every COMMIT, so the next
 * transaction on it may be another client's, in another organization.
 */
export class PgBouncer {
  port = 0;
  output = '';
  private child?: ChildProcess;
  private dir?: string;
  private exited?: Promise<void>;
  /** The admin console's user (SHOW POOLS, SHOW CLIENTS). */
  readonly adminUser = 'pgbouncer_admin';

  constructor(readonly options: PgBouncerOptions) {}

  async start(timeoutMs = 15_000): Promise<void> {
    this.port = await freePort();
    this.dir = mkdtempSync(join(tmpdir(), 'hatchery-pgbouncer-'));
    chmodSync(this.dir, 0o755); // as root it drops to nobody, which must read the files
    const server = this.options.server ?? { host: '127.0.0.1', port: 5432 };
    const target = `host=${server.host} port=${server.port}`;
    const databases = this.options.databases?.map((db) => `${db} = ${target} dbname=${db}`) ?? [`* = ${target}`];
    const users = [...this.options.users, this.adminUser].map((user) => `"${user}" ""`);
    writeFileSync(join(this.dir, 'users.txt'), users.join('\n') + '\n');
    writeFileSync(
      join(this.dir, 'pgbouncer.ini'),
      [
        '[databases]',
        ...databases,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${this.port}`,
        'unix_socket_dir =',
        'auth_type = trust',
        `auth_file = ${join(this.dir, 'users.txt')}`,
        'pool_mode = transaction',
        `default_pool_size = ${this.options.poolSize ?? 3}`,
        'min_pool_size = 0',
        'reserve_pool_size = 0',
        'max_client_conn = 1000',
        `admin_users = ${this.adminUser}`,
        // node-postgres sends none of these, but other clients (psql, JDBC) do.
        'ignore_startup_parameters = extra_float_digits,options',
        'server_check_delay = 0',
        'log_connections = 0',
        'log_disconnections = 0',
        '',
      ].join('\n'),
    );
    for (const file of ['users.txt', 'pgbouncer.ini']) chmodSync(join(this.dir, file), 0o644);

    const asRoot = process.getuid?.() === 0;
    const child = spawn(binary(), [...(asRoot ? ['-u', 'nobody'] : []), join(this.dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (chunk) => (this.output += chunk));
    child.stderr!.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.on('exit', () => resolve()));

    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pgbouncer exited: ${this.output.slice(-2000)}`);
      try {
        await this.admin('SHOW VERSION');
        return;
      } catch {
        if (Date.now() > deadline) {
          await this.stop();
          throw new Error(`pgbouncer did not answer within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
        }
        await sleep(100);
      }
    }
  }

  /** `url` (a postgres:// URL to the real server) rewritten to go through this PgBouncer. */
  url(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  /** A command on the admin console (`SHOW POOLS`, `SHOW CLIENTS`…): its rows. */
  async admin<T = Record<string, unknown>>(command: string): Promise<T[]> {
    const client = new Client({ host: '127.0.0.1', port: this.port, user: this.adminUser, database: 'pgbouncer' });
    await client.connect();
    try {
      return (await client.query(command)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // immediate shutdown: the test has finished with it
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await this.exited;
      clearTimeout(timer);
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
