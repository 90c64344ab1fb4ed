import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '../database/request-context';
import { newId } from '../ids';
import { JobName, JobPayloads } from '../queue/jobs';
import { OutboxMessage } from './outbox-message.entity';

/**
 * The one way to enqueue: a row in the caller's transaction. If the transaction rolls back,
 * the job never exists; if it commits, the relay delivers it to BullMQ.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async enqueue<N extends JobName>(name: N, data: JobPayloads[N], options: { jobId: string; runAt?: Date }): Promise<void> {
    await this.txHost.tx.getRepository(OutboxMessage).insert({
      id: newId(),
      organizationId: data.organizationId,
      jobName: name,
      jobId: options.jobId,
      payload: data,
      runAt: options.runAt ?? null,
      requestId: this.context.requestId ?? null,
    });
  }

  /** Many jobs of one name in one statement (a reminder batch can be thousands). */
  async enqueueMany<N extends JobName>(name: N, jobs: { data: JobPayloads[N]; jobId: string }[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 1000) {
      const chunk = jobs.slice(i, i + 1000);
      await this.txHost.tx.query(
        `INSERT INTO outbox_messages (id, organization_id, job_name, job_id, payload, request_id)
         SELECT unnest($1::uuid[]), unnest($2::uuid[]), $3, unnest($4::text[]), unnest($5::jsonb[]), $6`,
        [chunk.map(() => newId()), chunk.map((j) => j.data.organizationId), name, chunk.map((j) => j.jobId), chunk.map((j) => JSON.stringify(j.data)), this.context.requestId ?? null],
      );
    }
  }
}
