import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Env } from '../config/env';
import { SystemDatabase } from '../database/system-database';
import { Metrics } from '../metrics/metrics';
import { jobQueue, QueueName } from '../queue/jobs';
import { PeriodicTask } from '../queue/periodic-task';
import { addOutboxJob, PendingRow } from './outbox-relay';

export interface RedeliveryReport {
  /** Relayed rows whose job had not finished. */
  checked: number;
  /** Their job was gone from Redis: added again. */
  redelivered: number;
  /** Their job had finished without the row being marked (a crash, or a row whose id BullMQ already held). */
  completed: number;
  /** Their job used up its attempts: kept in the queue for an operator (Bull Board) to retry. */
  failed: number;
}

/**
 * Postgres is the truth, Redis the delivery: a relayed outbox row whose job has not completed must
 * still have that job in Redis. Runs on worker start and every RECONCILE_INTERVAL_MS; a row whose
 * job Redis no longer holds (a wipe, a failover that lost writes) is added again under the same id,
 * and its handler, which re-reads its rows, acts once. Together with the timer reconciler (timed
 * effects) and the call sweeper (call windows), nothing a committed transaction asked for is only
 * in Redis.
 */
@Injectable()
export class OutboxRedelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRedelivery');
  private readonly task: PeriodicTask;

  constructor(
    private readonly system: SystemDatabase,
    private readonly moduleRef: ModuleRef,
    private readonly metrics: Metrics,
    private readonly env: Env,
  ) {
    this.task = new PeriodicTask('redelivery sweep', this.env.RECONCILE_INTERVAL_MS, () => this.sweep(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  async sweep(batchSize = 500): Promise<RedeliveryReport> {
    const report: RedeliveryReport = { checked: 0, redelivered: 0, completed: 0, failed: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const { rows } = await this.system.pool.query<PendingRow>(
        `SELECT id, job_name, job_id, payload, run_at, request_id FROM outbox_messages
          WHERE relayed_at IS NOT NULL AND completed_at IS NULL AND id > $1 ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const finished: string[] = [];
      await Promise.all(
        rows.map(async (row) => {
          const queue = this.queue(jobQueue(row.job_name));
          const state = await queue.getJobState(row.job_id);
          if (state === 'completed') finished.push(row.id);
          else if (state === 'failed') report.failed += 1;
          else if (state === 'unknown') {
            await addOutboxJob(queue, row);
            report.redelivered += 1;
          }
        }),
      );
      if (finished.length > 0) await this.system.pool.query(`UPDATE outbox_messages SET completed_at = now() WHERE id = ANY($1::uuid[])`, [finished]);
      report.checked += rows.length;
      report.completed += finished.length;
      if (rows.length < batchSize) break;
    }
    if (report.redelivered > 0) {
      this.metrics.catchUps.inc({ kind: 'outbox' }, report.redelivered);
      this.logger.warn(report, 'outbox jobs missing from Redis were queued again');
    }
    return report;
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
