import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const postgresUrl = /^postgres(ql)?:\/\/[^\s]+$/;
const redisUrl = /^rediss?:\/\/[^\s]+$/;
const smtpUrl = /^smtps?:\/\/[^\s]+$/;
const DEV_JWT_SECRET = 'hatchery-development-secret-change-me-0123456789';
/** Set only when STORAGE_DRIVER=s3 is chosen, then required. */
const whenS3 = ValidateIf((env: Env) => env.STORAGE_DRIVER === 's3');

/** Every variable the api and the worker read. Documented in .env.example. */
export class Env {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1) @Max(65535)
  PORT = 3000;

  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1) @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @Matches(postgresUrl, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://hatchery_app:hatchery_app@127.0.0.1:5432/hatchery';

  @Matches(postgresUrl, { message: 'must be a postgres:// URL' })
  DATABASE_ADMIN_URL = 'postgres://hatchery_owner:hatchery_owner@127.0.0.1:5432/hatchery';

  @Matches(postgresUrl, { message: 'must be a postgres:// URL' })
  DATABASE_SYSTEM_URL = 'postgres://hatchery_system:hatchery_system@127.0.0.1:5432/hatchery';

  @Matches(redisUrl, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /**
   * A Redis Cluster instead of REDIS_URL: its nodes as comma-separated host:port (or
   * redis[s]://user:password@host:port; the first entry's credentials and TLS apply to all).
   */
  @IsOptional()
  @Matches(/^(rediss?:\/\/[^\s,]+|[^\s,:/]+:\d{1,5})(,(rediss?:\/\/[^\s,]+|[^\s,:/]+:\d{1,5}))*$/, { message: 'must be comma-separated host:port (or redis:// URLs)' })
  REDIS_CLUSTER_NODES?: string;

  /** Prefix of every Redis key (queues, rate limits); tests give each file its own. */
  @Matches(/^[a-z0-9_-]+$/i, { message: 'must be letters, digits, - or _' })
  REDIS_PREFIX = 'hatchery';

  @IsString() @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET = DEV_JWT_SECRET;

  @IsString()
  JWT_ISSUER = 'hatchery';

  @IsString()
  JWT_AUDIENCE = 'hatchery-api';

  @Matches(smtpUrl, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM = 'Hatchery <no-reply@hatchery.local>';

  /** Public address of the web app; links in emails point here. */
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  APP_URL = 'http://localhost:3000';

  /** Failed logins for one email from one client IP per window; then 429 for that pair only. */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1)
  LOGIN_LIMIT_PER_EMAIL_IP = 5;

  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1)
  LOGIN_LIMIT_PER_IP = 30;

  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1)
  LOGIN_LIMIT_WINDOW_SECONDS = 900;

  /** Failed logins for one email, from any IP, per window before each attempt for it is slowed down. */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1)
  LOGIN_SLOWDOWN_AFTER = 10;

  /** The longest an attempt for a slowed-down email waits before it is answered (0 turns the slowdown off). */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(0) @Max(60_000)
  LOGIN_SLOWDOWN_MAX_MS = 10_000;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional() @IsIn(['true', 'false'])
  LOG_PRETTY?: string;

  /** How often the worker reconciles timed jobs with Postgres (catch-up and lost jobs). */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(100)
  RECONCILE_INTERVAL_MS = 120_000;

  /** How long a worker holds a job before another may take it over (a killed worker's job is retried after this). */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1000)
  JOB_LOCK_MS = 30_000;

  /** Not in production: a file holding an ISO instant that replaces the system clock (tests, demos). */
  @IsOptional() @IsString()
  CLOCK_FILE?: string;

  /** Browser origins allowed to call the API (comma-separated, e.g. the web app's); none by default. */
  @Matches(/^(https?:\/\/[^\s,]+)(,https?:\/\/[^\s,]+)*$/, { message: 'must be comma-separated http(s) origins' })
  @IsOptional()
  CORS_ORIGINS?: string;

  /** Where /metrics (Prometheus) listens: loopback unless a scraper on another host needs it. */
  @IsString()
  METRICS_HOST = '127.0.0.1';

  /** The API's /metrics port; 0 turns it off. */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(0) @Max(65535)
  METRICS_PORT = 9464;

  /** The worker's /metrics port; 0 turns it off. */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(0) @Max(65535)
  WORKER_METRICS_PORT = 9465;

  /** On SIGTERM: how long in-flight requests (or the job in hand) may take before connections are cut. */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(0)
  SHUTDOWN_GRACE_MS = 10_000;

  /** Where uploaded files (milestone attachments) are kept on disk; relative to the working directory unless absolute. */
  @IsString() @MinLength(1)
  STORAGE_DIR = 'var/storage';

  /** Where uploaded files go: `local` (STORAGE_DIR) or `s3` (an S3-compatible bucket, the S3_* variables). */
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** An S3-compatible service other than AWS (MinIO, Ceph, R2…): its http(s) URL; unset for AWS S3. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'must be an http(s) URL with no path' })
  S3_ENDPOINT?: string;

  @whenS3
  @Matches(/^[a-z0-9-]+$/, { message: 'must be set when STORAGE_DRIVER=s3 (a region name such as eu-west-1)' })
  S3_REGION?: string;

  @whenS3
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be set when STORAGE_DRIVER=s3 (a bucket name: 3-63 lower-case letters, digits, . or -)' })
  S3_BUCKET?: string;

  @whenS3
  @IsString({ message: 'must be set when STORAGE_DRIVER=s3' }) @MinLength(1, { message: 'must be set when STORAGE_DRIVER=s3' })
  S3_ACCESS_KEY_ID?: string;

  @whenS3
  @IsString({ message: 'must be set when STORAGE_DRIVER=s3' }) @MinLength(1, { message: 'must be set when STORAGE_DRIVER=s3' })
  S3_SECRET_ACCESS_KEY?: string;

  /** true: bucket in the path (http://host/bucket/key), as MinIO-likes need; otherwise in the host name. */
  @IsOptional() @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE?: string;

  /** The largest attachment accepted, in bytes (10 MiB by default). */
  @Transform(({ value }) => Number(value))
  @IsInt() @Min(1) @Max(100 * 1024 * 1024)
  ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

  /**
   * The built web app (Vite's output) the API serves at /; relative to the working directory
   * unless absolute. Without an index.html there, the API serves no web app.
   */
  @IsString() @MinLength(1)
  WEB_DIST_DIR = 'apps/web/dist';

  /** Behind a reverse proxy: take the client IP (rate limits) from X-Forwarded-For. */
  @IsOptional() @IsIn(['true', 'false'])
  TRUST_PROXY?: string;
}

export class ConfigError extends Error {}

/**
 * Reads and validates the environment. Throws a ConfigError whose message is one line naming
 * the first bad variable; the entry points print it and exit.
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Env, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const first = errors[0];
    const message = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    throw new ConfigError(`Invalid configuration: ${first.property} ${message.replace(first.property + ' ', '')}`);
  }
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET must be set in production');
  }
  if (env.NODE_ENV === 'production' && env.CLOCK_FILE) {
    throw new ConfigError('Invalid configuration: CLOCK_FILE is not allowed in production');
  }
  return env;
}
