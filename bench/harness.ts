import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, ensureRoles, migrate, urls, withDatabase } from '../scripts/db';

export type Cleanup = { label: string; run: () => Promise<unknown>; first?: boolean };

/**
 * What every benchmark shares: a timestamped log, a list of cleanups undone last first (each on
 * its own, so one failure does not skip the rest), and signal handling that cleans up before
 * exiting. Interrupted, the steps marked `first` (dropping the database: WITH (FORCE) also ends
 * a query still running, which closing an API would otherwise wait for) run before the rest.
 */
export function benchHarness(name: string) {
  const t0 = performance.now();
  const log = (message: string) => process.stdout.write(`[${name} ${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
  const cleanups: Cleanup[] = [];
  let cleaning: Promise<void> | undefined;
  let interrupted = false;

  const cleanUp = (afterSignal = false): Promise<void> => {
    cleaning ??= (async () => {
      const steps = cleanups.splice(0).reverse();
      if (afterSignal) steps.sort((a, b) => Number(Boolean(b.first)) - Number(Boolean(a.first)));
      for (const step of steps) {
        try {
          await step.run();
        } catch (error) {
          process.stderr.write(`[${name}] cleanup "${step.label}" failed: ${(error as Error).message}\n`);
        }
      }
    })();
    return cleaning;
  };

  // Piped into a command that has exited (| head, | grep killed by the same signal): keep cleaning up.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  // `on`, not `once`: an API's own shutdown hook closes it and then raises the signal again, which
  // must not kill the process before the database is dropped.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`\n[${name}] ${signal}: cleaning up\n`);
      void cleanUp(true).finally(() => process.exit(130));
    });
  }

  return { log, cleanups, cleanUp, interrupted: () => interrupted, seconds: () => (performance.now() - t0) / 1000 };
}

/**
 * A migrated database of the bench's own (`hatchery_bench_<random>`), dropped at clean-up unless
 * `keep` (BENCH_KEEP_DATABASE=1, for EXPLAIN experiments), with its URLs for each role.
 */
export async function createBenchDatabase(harness: ReturnType<typeof benchHarness>, keep: boolean) {
  const { log, cleanups } = harness;
  const all = urls();
  const suffix = randomBytes(5).toString('hex');
  const database = `hatchery_bench_${suffix}`;
  const db = {
    owner: withDatabase(all.owner, database),
    app: withDatabase(all.app, database),
    system: withDatabase(all.system, database),
    /** Superuser on the bench database: seeds (bypassing row level security) and counts. */
    inspect: withDatabase(all.superuser, database),
  };
  log(`creating database ${database}`);
  await ensureRoles(all.superuser, all);
  cleanups.push({
    label: `drop database ${database}`,
    first: true,
    run: () =>
      keep
        ? Promise.resolve(log(`BENCH_KEEP_DATABASE=1: kept ${database}; drop it with: psql "${all.superuser}" -c 'DROP DATABASE ${database} WITH (FORCE)'`))
        : dropDatabase(all.superuser, database).then(() => log(`dropped database ${database}`)),
  });
  await ensureDatabase(all.superuser, db.owner);
  await migrate(db.owner);
  return { all, suffix, database, redisPrefix: `hatchery-bench-${suffix}`, db };
}

/** Writes a benchmark's report to bench/results/<name>-<day>.md (with the time when that exists); returns the path. */
export function writeResults(name: string, markdown: string): string {
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const now = new Date().toISOString();
  let file = join(dir, `${name}-${now.slice(0, 10)}.md`);
  if (existsSync(file)) file = join(dir, `${name}-${now.slice(0, 10)}-${now.slice(11, 19).replace(/:/g, '')}.md`);
  writeFileSync(file, markdown);
  return file;
}
