import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { newId } from '../ids';
import { JobName, JobPayloads } from '../queue/jobs';
import { OutboxMessage } from './outbox-message.entity';

/**
 * The one way to enqueue: a row in the caller's transaction. If the transaction rolls back,
 * the job never exists; if it commits, the relay delivers it to BullMQ.
 */
@Injectable()
export class Outbox {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async enqueue<N extends JobName>(name: N, data: JobPayloads[N], options: { jobId: string; runAt?: Date }): Promise<void> {
    await this.txHost.tx.getRepository(OutboxMessage).insert({
      id: newId(),
      organizationId: data.organizationId,
      jobName: name,
      jobId: options.jobId,
      payload: data,
      runAt: options.runAt ?? null,
    });
  }
}
