import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { SystemDatabase } from '../database/system-database';
import { QUEUES } from '../queue/jobs';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'prioritized', 'waiting-children'] as const;

/**
 * The process's Prometheus metrics, one registry per app instance. Counters and histograms are
 * fed where things happen; gauges (pool, queues, outbox lag) are read when scraped.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Histogram({
    name: 'hatchery_http_request_duration_seconds',
    help: 'HTTP requests by route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly jobs = new Histogram({
    name: 'hatchery_job_duration_seconds',
    help: 'Jobs run by the worker, by job name and outcome (completed or failed)',
    labelNames: ['job', 'outcome'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
    registers: [this.registry],
  });

  readonly jobFailures = new Counter({
    name: 'hatchery_job_failures_total',
    help: 'Job attempts that threw, by job name',
    labelNames: ['job'],
    registers: [this.registry],
  });

  readonly emails = new Counter({
    name: 'hatchery_emails_total',
    help: 'Emails handed to the SMTP server (sent) or refused on the way (failed)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  readonly catchUps = new Counter({
    name: 'hatchery_reconciler_catch_ups_total',
    help: 'Work queued again from Postgres: timed effects that passed without their job, outbox jobs Redis lost',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  constructor(
    @InjectDataSource() dataSource: DataSource,
    system: SystemDatabase,
    moduleRef: ModuleRef,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hatchery_process_' });
    const pool = (dataSource.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'hatchery_db_pool_connections',
      help: "Connections of the app's Postgres pool: total, idle, and requests waiting for one",
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        this.set({ state: 'total' }, pool?.totalCount ?? 0);
        this.set({ state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ state: 'waiting' }, pool?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'hatchery_outbox_lag_seconds',
      help: 'Age of the oldest outbox row not yet handed to the queue (0 when none)',
      registers: [this.registry],
      async collect() {
        const { rows } = await system.pool.query<{ lag: number }>(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS lag FROM outbox_messages WHERE relayed_at IS NULL`,
        );
        this.set(rows[0].lag);
      },
    });
    new Gauge({
      name: 'hatchery_queue_jobs',
      help: 'Jobs in each queue by state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const name of QUEUES) {
          const queue = moduleRef.get<Queue>(getQueueToken(name), { strict: false });
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
        }
      },
    });
  }
}
