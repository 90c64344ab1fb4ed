import { existsSync } from 'node:fs';
import { ownerDataSource } from './data-source';
import { dropDatabase, ensureDatabase, ensureRoles, migrate, urls, withDatabase } from './db';

/**
 * Schema drift: migrate a fresh database, then ask TypeORM what it would change to match the
 * entities. Anything at all means an entity changed without a migration.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const all = urls();
  const database = `hatchery_drift_${process.pid}`;
  const ownerUrl = withDatabase(all.owner, database);
  await ensureRoles(all.superuser, all);
  await dropDatabase(all.superuser, database);
  await ensureDatabase(all.superuser, ownerUrl);
  try {
    await migrate(ownerUrl);
    const dataSource = ownerDataSource(ownerUrl);
    await dataSource.initialize();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    await dataSource.destroy();
    if (pending.upQueries.length > 0) {
      process.stderr.write('Schema drift: the entities differ from what the migrations build. Missing migration statements:\n');
      for (const query of pending.upQueries) process.stderr.write(`  ${query.query}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('No schema drift: migrations match the entities.\n');
    }
  } finally {
    await dropDatabase(all.superuser, database);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`check-drift failed: ${error.message}\n`);
  process.exit(1);
});
