import { Client } from 'pg';
import { ownerDataSource } from './data-source';

export const DEFAULT_URLS = {
  superuser: 'postgres://postgres@127.0.0.1:5432/postgres',
  owner: 'postgres://hatchery_owner:hatchery_owner@127.0.0.1:5432/hatchery',
  app: 'postgres://hatchery_app:hatchery_app@127.0.0.1:5432/hatchery',
  system: 'postgres://hatchery_system:hatchery_system@127.0.0.1:5432/hatchery',
};

export function urls(env: NodeJS.ProcessEnv = process.env) {
  return {
    superuser: env.DATABASE_SUPERUSER_URL || DEFAULT_URLS.superuser,
    owner: env.DATABASE_ADMIN_URL || DEFAULT_URLS.owner,
    app: env.DATABASE_URL || DEFAULT_URLS.app,
    system: env.DATABASE_SYSTEM_URL || DEFAULT_URLS.system,
  };
}

const ident = (name: string) => '"' + name.replace(/"/g, '""') + '"';
const literal = (value: string) => "'" + value.replace(/'/g, "''") + "'";

function credentials(url: string) {
  const parsed = new URL(url);
  return { user: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password), database: parsed.pathname.slice(1) };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/' + database;
  return parsed.toString();
}

/**
 * Creates the three roles if missing. The owner owns the schema and runs migrations; the app
 * and system roles log in with no superuser, no BYPASSRLS and own nothing.
 */
export async function ensureRoles(superuserUrl: string, all = urls()): Promise<void> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const roles: [string, string][] = [
      [all.owner, 'LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS'],
      [all.app, 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE'],
      [all.system, 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE'],
    ];
    for (const [url, options] of roles) {
      const { user, password } = credentials(url);
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      await client.query(`${verb} ROLE ${ident(user)} ${options}${password ? ` PASSWORD ${literal(password)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

/** Creates the database (owned by the owner role) if missing. */
export async function ensureDatabase(superuserUrl: string, ownerUrl: string, template?: string): Promise<boolean> {
  const { user, database } = credentials(ownerUrl);
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount) return false;
    await client.query(`CREATE DATABASE ${ident(database)} OWNER ${ident(user)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(superuserUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${ident(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs pending migrations as the owner; returns the names it ran. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const dataSource = ownerDataSource(ownerUrl, { withEntities: false });
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

export { reachability } from '../libs/core/src/config/preflight';

/**
 * Makes a registered person an operator of the platform (the queue dashboard). Runs as the
 * owner role: the app role may not change this column.
 */
export async function grantPlatformAdmin(ownerUrl: string, email: string): Promise<boolean> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const result = await client.query('UPDATE users SET platform_admin = true WHERE email = $1', [email.trim().toLowerCase()]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}
