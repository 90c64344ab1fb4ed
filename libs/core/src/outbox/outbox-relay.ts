import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { wallClock } from '../clock/clock';
import { SystemDatabase } from '../database/system-database';
import { jobQueue, JobName, QueueName } from '../queue/jobs';

export interface PendingRow {
  id: string;
  job_name: JobName;
  job_id: string;
  payload: object;
  run_at: Date | null;
  request_id: string | null;
}

/** The job of an outbox row; an id BullMQ already holds is a no-op. */
export async function addOutboxJob(queue: Queue, row: Omit<PendingRow, 'id'>): Promise<void> {
  // BullMQ delays run on real time, not the Clock: a moment of the test clock has no meaning to Redis.
  // BullMQ delays run on real time.
  const delay = row.run_at ? Math.max(0, row.run_at.getTime() - wallClock().getTime()) : 0;
  const data = row.request_id ? { ...row.payload, requestId: row.request_id } : row.payload;
  await queue.add(row.job_name, data, { jobId: row.job_id, delay });
}

/**
 * Moves committed outbox rows to BullMQ. It must see every organization's rows, so it uses
 * the system role, whose only right is reading and marking outbox rows. A crash between
 * `add` and the update re-adds the same job id next time, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly system: SystemDatabase,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relays one batch; returns how many jobs were handed over. */
  async relayOnce(batchSize = 100): Promise<number> {
    const client = await this.system.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<PendingRow>(
        `SELECT id, job_name, job_id, payload, run_at, request_id FROM outbox_messages
          WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      for (const row of rows) {
        await addOutboxJob(this.queue(jobQueue(row.job_name)), row);
      }
      if (rows.length > 0) {
        await client.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.relayOnce()
        .then((count) => this.schedule(count > 0 ? 0 : 500))
        .catch((error: Error) => {
          this.logger.warn(`relay failed, retrying: ${error.message}`);
          this.schedule(2000);
        });
    }, delayMs);
  }
}
