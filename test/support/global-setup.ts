import { dropDatabase, ensureDatabase, ensureRoles, migrate, urls, withDatabase } from '../../scripts/db';
import { TEMPLATE_DATABASE } from './databases';

/** Migrates a template database once; each test file then copies it (CREATE DATABASE … TEMPLATE). */
export default async function globalSetup(): Promise<void> {
  const all = urls();
  await ensureRoles(all.superuser, all);
  await dropDatabase(all.superuser, TEMPLATE_DATABASE);
  const ownerUrl = withDatabase(all.owner, TEMPLATE_DATABASE);
  await ensureDatabase(all.superuser, ownerUrl);
  await migrate(ownerUrl);
}
