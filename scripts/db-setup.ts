import { existsSync } from 'node:fs';
import { ensureDatabase, ensureRoles, migrate, reachability, urls } from './db';

/** `npm run db:setup`: roles, database and migrations; safe to run again. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const all = urls();
  const unreachable = await reachability(all.superuser, process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  if (unreachable) {
    process.stderr.write(unreachable + '\n');
    process.exit(1);
  }
  await ensureRoles(all.superuser, all);
  const created = await ensureDatabase(all.superuser, all.owner);
  const ran = await migrate(all.owner);
  process.stdout.write(`database ${created ? 'created' : 'ready'}; migrations run: ${ran.length ? ran.join(', ') : 'none pending'}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`db:setup failed: ${error.message}\n`);
  process.exit(1);
});
