import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, Env, loadEnv } from './env';

const DEV_JWT_SECRET = 'hatchery-development-secret-change-me-0123456789';

function configError(source: Record<string, string | undefined>): ConfigError {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadEnv accepted ${JSON.stringify(source)}`);
}

describe('loadEnv', () => {
  it('accepts an empty environment: every default is valid', () => {
    const env = loadEnv({});
    expect(env).toBeInstanceOf(Env);
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3000,
      WORKER_HEALTH_PORT: 3001,
      REDIS_PREFIX: 'hatchery',
      LOGIN_LIMIT_PER_EMAIL_IP: 5,
      LOGIN_LIMIT_PER_IP: 30,
      LOGIN_LIMIT_WINDOW_SECONDS: 900,
      LOGIN_SLOWDOWN_AFTER: 10,
      LOGIN_SLOWDOWN_MAX_MS: 10_000,
      LOG_LEVEL: 'info',
    });
  });

  it('treats empty strings as unset (the default applies)', () => {
    expect(loadEnv({ PORT: '', DATABASE_URL: '', JWT_SECRET: '' })).toMatchObject({ PORT: 3000, JWT_SECRET: DEV_JWT_SECRET });
  });

  it('converts numbers and keeps valid overrides', () => {
    const env = loadEnv({
      PORT: '8080',
      LOGIN_LIMIT_PER_EMAIL_IP: '3',
      LOGIN_SLOWDOWN_MAX_MS: '0',
      DATABASE_URL: 'postgresql://u:p@db.internal:6543/app',
      REDIS_URL: 'rediss://cache.internal:6380/2',
      SMTP_URL: 'smtps://mail.internal:465',
      APP_URL: 'https://app.example.org',
      LOG_PRETTY: 'true',
    });
    expect(env).toMatchObject({ PORT: 8080, LOGIN_LIMIT_PER_EMAIL_IP: 3, LOGIN_SLOWDOWN_MAX_MS: 0, DATABASE_URL: 'postgresql://u:p@db.internal:6543/app' });
  });

  it('ignores variables it does not know (the real environment is full of them)', () => {
    expect(() => loadEnv({ PATH: '/usr/bin', HOME: '/root', SOMETHING_ELSE: 'x' })).not.toThrow();
  });

  it.each([
    ['NODE_ENV', 'staging'],
    ['PORT', 'abc'],
    ['PORT', '0'],
    ['PORT', '65536'],
    ['PORT', '80.5'],
    ['WORKER_HEALTH_PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'postgres://has space@host/db'],
    ['DATABASE_ADMIN_URL', 'mysql://x'],
    ['DATABASE_SYSTEM_URL', 'http://x'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_PREFIX', 'with:colon'],
    ['JWT_SECRET', 'short'],
    ['SMTP_URL', 'http://mail'],
    ['APP_URL', 'ftp://example.org'],
    ['LOGIN_LIMIT_PER_EMAIL_IP', '0'],
    ['LOGIN_LIMIT_PER_IP', 'many'],
    ['LOGIN_LIMIT_WINDOW_SECONDS', '-5'],
    ['LOGIN_SLOWDOWN_AFTER', '0'],
    ['LOGIN_SLOWDOWN_MAX_MS', '-1'],
    ['LOGIN_SLOWDOWN_MAX_MS', '600000'],
    ['LOG_LEVEL', 'verbose'],
    ['LOG_PRETTY', 'yes'],
  ])('refuses %s=%s with a one-line ConfigError naming the variable', (name, value) => {
    const error = configError({ [name]: value });
    expect(error.message).toMatch(new RegExp(`^Invalid configuration: ${name}\\b`));
    expect(error.message).not.toContain('\n');
  });

  it('does not echo the rejected value (it may be a secret or a URL with a password)', () => {
    expect(configError({ JWT_SECRET: 'my-short-secret' }).message).not.toContain('my-short-secret');
    expect(configError({ DATABASE_URL: 'mysql://root:hunter2@db/app' }).message).not.toContain('hunter2');
  });

  it('names the first bad variable when several are bad', () => {
    expect(configError({ PORT: 'abc', JWT_SECRET: 'short' }).message).toMatch(/^Invalid configuration: (PORT|JWT_SECRET)\b/);
  });

  describe('STORAGE_DRIVER=s3', () => {
    const s3 = { STORAGE_DRIVER: 's3', S3_REGION: 'us-east-1', S3_BUCKET: 'hatchery-files', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-key-value' };

    it('defaults to local storage, which asks for no S3 variable', () => {
      expect(loadEnv({}).STORAGE_DRIVER).toBe('local');
      expect(() => loadEnv({ S3_BUCKET: 'Not A Bucket!' })).not.toThrow(); // ignored unless the driver is s3
    });

    it('accepts a complete S3 configuration, with or without an endpoint', () => {
      expect(loadEnv(s3)).toMatchObject({ ...s3, S3_ENDPOINT: undefined });
      expect(loadEnv({ ...s3, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' });
    });

    it.each([
      ['STORAGE_DRIVER', 'gcs'],
      ['S3_REGION', undefined],
      ['S3_REGION', 'EU West'],
      ['S3_BUCKET', undefined],
      ['S3_BUCKET', 'Bad_Bucket'],
      ['S3_BUCKET', 'ab'],
      ['S3_ACCESS_KEY_ID', undefined],
      ['S3_ACCESS_KEY_ID', ''],
      ['S3_SECRET_ACCESS_KEY', undefined],
      ['S3_ENDPOINT', 'minio:9000'],
      ['S3_ENDPOINT', 'http://minio:9000/some-bucket'],
      ['S3_FORCE_PATH_STYLE', 'yes'],
    ])('refuses %s=%s with a one-line ConfigError naming it', (name, value) => {
      const error = configError({ ...s3, [name]: value });
      expect(error.message).toMatch(new RegExp(`^Invalid configuration: ${name}\\b`));
      expect(error.message).not.toContain('\n');
    });

    it('does not echo the secret key', () => {
      expect(configError({ ...s3, S3_BUCKET: undefined }).message).not.toContain('secret-key-value');
    });
  });

  it('refuses production with the development JWT secret', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.message).toMatch(/JWT_SECRET/);
    expect(configError({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET }).message).toMatch(/JWT_SECRET/);
  });

  it('accepts production with a secret of its own', () => {
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: 'a-real-production-secret-of-48-characters-000000' }).NODE_ENV).toBe('production');
  });

  it('accepts the development secret outside production', () => {
    expect(() => loadEnv({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => loadEnv({ NODE_ENV: 'test' })).not.toThrow();
  });

  describe('.env.example', () => {
    /** The variables .env.example sets (comments and blank lines aside), as process.loadEnvFile would read them. */
    function exampleValues(): Record<string, string> {
      const text = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
      const values: Record<string, string> = {};
      for (const line of text.split('\n')) {
        const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
        if (match) values[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
      }
      return values;
    }

    it('changes nothing when copied to .env: every value it sets is the default', () => {
      const example = exampleValues();
      const defaults = loadEnv({});
      const copied = loadEnv(example);
      // Flags read as "only 'true' turns it on", so 'false' there is the same as unset.
      const flag = (value: string | undefined) => value ?? 'false';
      // Only what Env reads (DATABASE_SUPERUSER_URL is the setup script's); optional flags have no default.
      const flags = ['LOG_PRETTY', 'TRUST_PROXY'];
      const read = Object.keys(example).filter((key) => key in defaults || flags.includes(key));
      expect(read.length).toBeGreaterThan(15);
      for (const name of read) {
        const key = name as keyof Env;
        const [got, want] = flags.includes(name) ? [flag(copied[key] as string), flag(defaults[key] as string)] : [copied[key], defaults[key]];
        expect({ name, value: got }).toEqual({ name, value: want });
      }
    });

    it('documents every login limit by its current name', () => {
      const example = exampleValues();
      for (const name of ['LOGIN_LIMIT_PER_EMAIL_IP', 'LOGIN_LIMIT_PER_IP', 'LOGIN_LIMIT_WINDOW_SECONDS', 'LOGIN_SLOWDOWN_AFTER', 'LOGIN_SLOWDOWN_MAX_MS']) {
        expect({ name, documented: name in example }).toEqual({ name, documented: true });
      }
      expect(example).not.toHaveProperty('LOGIN_LIMIT_PER_EMAIL');
    });

    it('sets no JWT_SECRET of its own (the development default applies; production must set one)', () => {
      expect(exampleValues()).not.toHaveProperty('JWT_SECRET');
      expect(loadEnv(exampleValues()).JWT_SECRET).toBe(DEV_JWT_SECRET);
    });
  });
});
