import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { ORGANIZATIONS_WITH_LEASES } from '@hatchery/spaces';
import { Clock, defineJobs, Env, JobHandler, JobHandlerProvider, jobId, JobPayloads, Metrics, PeriodicTask, SystemDatabase } from '@hatchery/core';
import { DunningService } from './dunning.service';
import { PaymentsService } from './payments.service';
import { InvoicesService } from './invoices.service';

declare module '@hatchery/core' {
  interface JobPayloads {
    /** Issue the organization's invoices for every period that ended and has not run (once per lease and period: the run row). */
    'billing.month-end': { organizationId: string };
    /** Tell the founders of a period's invoices (once per person and invoice). */
    'billing.invoices-issued': { organizationId: string; period: string };
  }
}

export const BILLING_JOBS = defineJobs({ 'billing.month-end': 'billing', 'billing.invoices-issued': 'billing' });

@JobHandlerProvider()
export class BillingMonthEndHandler implements JobHandler<'billing.month-end'> {
  readonly jobName = 'billing.month-end' as const;
  constructor(
    private readonly invoices: InvoicesService,
    private readonly dunning: DunningService,
    private readonly payments: PaymentsService,
  ) {}

  async handle(): Promise<void> {
    await this.invoices.issueDue();
    await this.payments.applyCredits();
    await this.dunning.sendDue();
  }
}

@JobHandlerProvider()
export class InvoicesIssuedHandler implements JobHandler<'billing.invoices-issued'> {
  readonly jobName = 'billing.invoices-issued' as const;
  constructor(private readonly invoices: InvoicesService) {}

  async handle({ period }: JobPayloads['billing.invoices-issued']): Promise<void> {
    await this.invoices.notifyIssued(period);
  }
}

/**
 * The month-end timer and its catch-up in one: on worker start and every RECONCILE_INTERVAL_MS,
 * every organization with leases gets a `billing.month-end` job; the job decides in the
 * organization's own timezone and issues what is due (nothing, before its local midnight on the
 * 1st). A period missed while the worker was down, a Redis wipe or a clock jump are caught up at the
 * next round; the run row makes a second delivery, or a second worker, issue nothing.
 */
@Injectable()
export class BillingSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BillingSweeper.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly system: SystemDatabase,
    @InjectQueue('billing') private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly env: Env,
    private readonly metrics: Metrics,
  ) {
    this.task = new PeriodicTask('billing sweep', this.env.RECONCILE_INTERVAL_MS, () => this.sweep(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** Returns how many organizations got a job. */
  async sweep(): Promise<{ organizations: number }> {
    const { rows } = await this.system.pool.query<{ organization_id: string }>(ORGANIZATIONS_WITH_LEASES);
    const round = String(Math.floor(this.clock.now().getTime() / this.env.RECONCILE_INTERVAL_MS));
    if (rows.length > 0) {
      await this.queue.addBulk(
        rows.map((r) => ({
          name: 'billing.month-end',
          data: { organizationId: r.organization_id },
          opts: { jobId: jobId('billing.month-end', r.organization_id, `r${round}`), removeOnComplete: true },
        })),
      );
      this.metrics.catchUps.inc({ kind: 'billing' }, rows.length);
    }
    return { organizations: rows.length };
  }
}
