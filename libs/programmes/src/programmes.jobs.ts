import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { defineJobs, JobHandler, JobHandlerProvider, JobPayloads, PeriodicTask, SystemDatabase, Tenancy } from '@hatchery/core';
import { CallsService } from './calls.service';

declare module '@hatchery/core' {
  interface JobPayloads {
    'call.open': { organizationId: string; callId: string };
    'call.close': { organizationId: string; callId: string };
  }
}

export const PROGRAMMES_JOBS = defineJobs({ 'call.open': 'selection', 'call.close': 'selection' });

@JobHandlerProvider()
export class OpenCallHandler implements JobHandler<'call.open'> {
  readonly jobName = 'call.open' as const;
  constructor(private readonly calls: CallsService) {}

  async handle({ callId }: JobPayloads['call.open']): Promise<void> {
    await this.calls.openIfDue(callId);
  }
}

@JobHandlerProvider()
export class CloseCallHandler implements JobHandler<'call.close'> {
  readonly jobName = 'call.close' as const;
  constructor(private readonly calls: CallsService) {}

  async handle({ callId }: JobPayloads['call.close']): Promise<void> {
    await this.calls.closeIfDue(callId);
  }
}

export const CALL_SWEEP_INTERVAL_MS = 30_000;

/**
 * Opens and closes calls whose time has passed, from Postgres alone: if Redis lost the delayed
 * jobs (or the worker was down when they were due), this catches up within one interval.
 */
@Injectable()
export class CallScheduleSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CallScheduleSweeper.name);
  // The delayed jobs open and close calls on time; the first sweep comes one interval after start.
  private readonly task = new PeriodicTask('call sweep', CALL_SWEEP_INTERVAL_MS, () => this.sweep(), this.logger, { runAtStart: false });

  constructor(
    private readonly system: SystemDatabase,
    private readonly tenancy: Tenancy,
    private readonly calls: CallsService,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many calls it moved on. */
  async sweep(): Promise<number> {
    const { rows } = await this.system.pool.query<{ id: string; organization_id: string }>(
      `SELECT id, organization_id FROM calls
        WHERE (status = 'scheduled' AND opens_at <= now()) OR (status = 'open' AND closes_at <= now())
        ORDER BY opens_at LIMIT 500`,
    );
    let moved = 0;
    for (const row of rows) {
      try {
        const changed = await this.tenancy.runInOrganization(row.organization_id, async () => {
          const status = (await this.calls.find(row.id)).status;
          await this.calls.openIfDue(row.id);
          const after = await this.calls.closeIfDue(row.id);
          return status !== after.status;
        });
        if (changed) moved++;
      } catch (error) {
        // One broken call must not hold up the others; it is tried again next sweep.
        this.logger.warn(`call ${row.id}: ${(error as Error).message}`);
      }
    }
    return moved;
  }
}
