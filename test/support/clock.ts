import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The controllable clock: a file holding an ISO instant that the api, the worker (in this
 * process or spawned) and the test all read as "now" (CLOCK_FILE).
 */
export class TestClock {
  private readonly dir = mkdtempSync(join(tmpdir(), 'hatchery-clock-'));
  readonly file = join(this.dir, 'now');
  private current: Date;

  constructor(start: Date | string = new Date()) {
    this.current = new Date(start);
    this.write();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date | string): void {
    this.current = new Date(at);
    this.write();
  }

  advance(ms: number): void {
    this.set(new Date(this.current.getTime() + ms));
  }

  advanceDays(days: number): void {
    this.advance(days * 24 * 3_600_000);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private write(): void {
    writeFileSync(this.file, this.current.toISOString());
  }
}
