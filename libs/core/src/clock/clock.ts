import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Env } from '../config/env';

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
    if (!this.file) return new Date();
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8').trim();
    } catch {
      return new Date();
    }
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) throw new Error(`CLOCK_FILE holds no instant: ${text}`);
    return at;
  }
}
