import { randomBytes } from 'node:crypto';
import { ensureDatabase, ensureRoles, migrate, urls, withDatabase } from '../../scripts/db';

/**
 * Migrates a template database once per run; each test file then copies it (CREATE DATABASE …
 * TEMPLATE). The template is this run's own, so runs side by side never rebuild each other's.
 */
export default async function globalSetup(): Promise<void> {
  const all = urls();
  const template = `hatchery_test_template_${randomBytes(4).toString('hex')}`;
  process.env.HATCHERY_TEST_TEMPLATE = template;
  await ensureRoles(all.superuser, all);
  const ownerUrl = withDatabase(all.owner, template);
  await ensureDatabase(all.superuser, ownerUrl);
  await migrate(ownerUrl);
}
