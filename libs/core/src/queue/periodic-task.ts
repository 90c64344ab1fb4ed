/** Where a periodic task reports a failed run: a Nest `Logger` fits. */
export interface PeriodicTaskLogger {
  warn(message: string): void;
}

export interface PeriodicTaskOptions {
  /** Run once at `start()`, before the first interval has passed (default true). */
  runAtStart?: boolean;
}

/**
 * A background job of a worker that runs every `intervalMs` (the reconcilers and sweepers of the
 * catch-up pattern): `start()` from `onApplicationBootstrap`, `stop()` from
 * `onApplicationShutdown`.
 *
 * - the first run is at start (unless `runAtStart: false`), then one every interval;
 * - runs never overlap: a tick while a run is in flight does nothing;
 * - a failed run is logged (`<name> failed, retrying next interval: <message>`) and the next
 *   interval runs it again;
 * - the interval timer does not keep the process alive (unref), and `stop()` clears it and
 *   resolves once the run in flight, if any, has ended.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly run: () => Promise<unknown>,
    private readonly logger: PeriodicTaskLogger,
    private readonly options: PeriodicTaskOptions = {},
  ) {}

  start(): void {
    if (this.timer) return;
    if (this.options.runAtStart ?? true) void this.tick();
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the interval and waits for the run in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Starts a run unless one is in flight; resolves (never rejects) when that run has ended. */
  tick(): Promise<void> {
    this.running ??= new Promise<unknown>((resolve) => resolve(this.run()))
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn(`${this.name} failed, retrying next interval: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
