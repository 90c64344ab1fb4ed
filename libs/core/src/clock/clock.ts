import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Env } from '../config/env';

/**
 * Real time, which the test clock does not move: for what runs on the system's time by nature —
 * BullMQ delays and the call windows they open and close, JWT expiry and the refresh tokens that
 * must agree with it. Everything else reads the injected Clock. The one place besides Clock that
 * may read the system time (the lint refuses it elsewhere).
 */
export function wallClock(): Date {
  return new Date();
}

/**
 * The time that drives milestones, phases and scheduled actions. In production it is the
 * system clock. Outside production, CLOCK_FILE may name a file holding an ISO instant: every
 * process reading it (api, worker, a test) then shares one controllable time, which is how the
 * suite moves programmes through months in seconds.
 */
@Injectable()
export class Clock {
  private readonly file?: string;

  constructor(env: Env) {
    this.file = env.NODE_ENV === 'production' ? undefined : env.CLOCK_FILE;
  }

  now(): Date {
    if (!this.file) return wallClock();
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8').trim();
    } catch {
      return wallClock();
    }
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`CLOCK_FILE holds no instant: ${text}`);
    return at;
  }
}
