import { EntryProcess, envFromProcess } from './entry-process';

/**
 * The worker as its own process, by default on the current process's database, Redis, SMTP and
 * clock settings; started once its /health answers (it has bootstrapped and reconciled once).
 */
export class WorkerProcess extends EntryProcess {
  constructor(private readonly overrides: Record<string, string> = {}) {
    super('worker', (status) => status < 500);
  }

  protected env(port: number): Record<string, string> {
    return {
      RECONCILE_INTERVAL_MS: '300',
      JOB_LOCK_MS: '2000',
      ...envFromProcess(),
      WORKER_HEALTH_PORT: String(port),
      // No metrics listener: a fixed port would collide between workers of parallel test files.
      WORKER_METRICS_PORT: '0',
      ...this.overrides,
    };
  }
}
