import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

const root = join(__dirname, '..');

/** The owner's DataSource: migrations and the schema drift check. The app never uses it. */
export function ownerDataSource(
  url = process.env.DATABASE_ADMIN_URL ?? 'postgres://hatchery_owner:hatchery_owner@127.0.0.1:5432/hatchery',
  options: { withEntities?: boolean } = { withEntities: true },
) {
  return new DataSource({
    type: 'postgres',
    url,
    // Running migrations needs no entities; only the drift check and migration:generate do.
    entities: options.withEntities ? [join(root, 'libs/*/src/**/*.entity.{ts,js}')] : [],
    migrations: [join(root, 'migrations/[0-9]*-*.{ts,js}')],
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: ['error'],
  });
}

export default ownerDataSource();
