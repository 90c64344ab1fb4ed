import { urls, withDatabase } from '../../scripts/db';

export const TEMPLATE_DATABASE = 'hatchery_test_template';

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
