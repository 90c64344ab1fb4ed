import { existsSync } from 'node:fs';
import { migrate, urls } from './db';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const ran = await migrate(urls().owner);
  process.stdout.write(`migrations run: ${ran.length ? ran.join(', ') : 'none pending'}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`db:migrate failed: ${error.message}\n`);
  process.exit(1);
});
