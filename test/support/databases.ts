import { urls, withDatabase } from '../../scripts/db';

/** Set by the global setup, which migrated it for this run. */
export function templateDatabase(): string {
  const template = process.env.HATCHERY_TEST_TEMPLATE;
  if (!template) throw new Error('HATCHERY_TEST_TEMPLATE is not set: run the e2e suites through jest.config.js');
  return template;
}

/** The URLs of one test database, for each role. */
export function databaseUrls(database: string) {
  const all = urls();
  return {
    superuser: all.superuser,
    owner: withDatabase(all.owner, database),
    app: withDatabase(all.app, database),
    system: withDatabase(all.system, database),
    /** Superuser on the test database: bypasses RLS, for assertions only. */
    inspect: withDatabase(all.superuser, database),
  };
}
