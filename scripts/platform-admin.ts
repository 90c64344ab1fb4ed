import { existsSync } from 'node:fs';
import { grantPlatformAdmin, urls } from './db';

/** `npm run platform:admin -- <email>`: makes a registered person an operator of the platform. */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const email = process.argv[2];
  if (!email) throw new Error('usage: npm run platform:admin -- <email of a registered person>');
  if (!(await grantPlatformAdmin(urls().owner, email))) throw new Error(`no account with the email ${email}: register first`);
  process.stdout.write(`${email} is now a platform operator\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`platform:admin failed: ${error.message}\n`);
  process.exit(1);
});
