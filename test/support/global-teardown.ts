import { dropDatabase, urls } from '../../scripts/db';

export default async function globalTeardown(): Promise<void> {
  if (process.env.HATCHERY_TEST_TEMPLATE) await dropDatabase(urls().superuser, process.env.HATCHERY_TEST_TEMPLATE);
}
