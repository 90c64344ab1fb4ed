import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { ensureDatabase, ensureRoles, migrate, reachability, urls } from './db';

/**
 * `npm run start:demo`: checks Postgres and Redis, sets up the database, loads the demo data,
 * builds, then runs the API and the worker until Ctrl-C. Without SMTP_URL, a local mail
 * catcher prints every email the system sends.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const smtpGiven = Boolean(process.env.SMTP_URL);
  // Imported late: loading the Nest modules fills process.env with the config defaults.
  const { DEMO_OPERATOR, DEMO_ORGANIZATIONS, DEMO_PASSWORD, demoEmail, seed, SHARED_MENTOR } = await import('./seed');
  const all = urls();
  const unreachable = await reachability(all.superuser, process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  if (unreachable) {
    process.stderr.write(unreachable + '\n');
    process.exit(1);
  }
  await ensureRoles(all.superuser, all);
  await ensureDatabase(all.superuser, all.owner);
  await migrate(all.owner);
  const { created } = await seed();
  log(created ? 'demo data loaded' : 'demo data already present');

  if (!smtpGiven) process.env.SMTP_URL = await startMailCatcher();
  // The web app's development server may call the API from the browser.
  process.env.CORS_ORIGINS ??= 'http://localhost:5173';

  log('building the api, the worker and the web app…');
  for (const [command, ...args] of [['npx', 'nest', 'build', 'api'], ['npx', 'nest', 'build', 'worker'], ['npm', 'run', '-s', 'web:build']]) {
    const build = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`${args.join(' ')} failed`);
  }

  const children: ChildProcess[] = ['api', 'worker'].map((app) =>
    spawn(process.execPath, [`dist/apps/${app}/main.js`], { stdio: 'inherit', env: { ...process.env, LOG_PRETTY: process.env.LOG_PRETTY ?? 'true' } }),
  );
  const stop = (signal: NodeJS.Signals) => children.forEach((child) => child.kill(signal));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  let running = children.length;
  children.forEach((child) =>
    child.on('exit', (code) => {
      if (code && code !== 0) {
        stop('SIGTERM');
        process.exitCode = code;
      }
      // With the api and the worker gone, nothing is left to serve: the mail catcher goes too.
      if (--running === 0) process.exit();
    }),
  );

  const port = process.env.PORT || '3000';
  setTimeout(() => {
    log(`Web app:     http://localhost:${port}/`);
    log(`API:         http://localhost:${port}/api/v1   (docs: http://localhost:${port}/api/docs, queues: http://localhost:${port}/admin/queues)`);
    log(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const organization of DEMO_ORGANIZATIONS) {
      log(`  ${organization.name.padEnd(28)} ${['owner', 'manager', 'reviewer', 'mentor', 'founder'].map((role) => demoEmail(role as never, organization)).join('  ')}`);
    }
    log(`  in two organizations:        ${SHARED_MENTOR.email} (mentor at ${SHARED_MENTOR.at.join(' and ')})`);
    log(`  platform operator (queue dashboard): ${DEMO_OPERATOR.email}`);
    log('Ctrl-C stops both.');
  }, 3000);
}

function log(line: string): void {
  process.stdout.write(`[hatchery] ${line}\n`);
}

/** A local SMTP listener that prints what it receives: demo invitations show up in the console. */
async function startMailCatcher(): Promise<string> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      // Decoded (subject and quoted-printable body), so the console shows what a mail client would.
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
          log(`mail to ${to}: ${mail.subject ?? '(no subject)'}\n${(mail.text ?? '').trimEnd()}\n`);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // Port 1025 if free, else any free port (another catcher may be running).
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? server.listen(0, '127.0.0.1', resolve) : reject(error)));
    server.listen(1025, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  log(`mail catcher on smtp://127.0.0.1:${port}: sent emails are printed here`);
  return `smtp://127.0.0.1:${port}`;
}

main().catch((error: Error) => {
  process.stderr.write(`start:demo failed: ${error.message}\n`);
  process.exit(1);
});
