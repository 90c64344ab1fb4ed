import { applyDecorators, CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { RequestContext } from '../database/request-context';
import { DomainError, ValidationFailedError } from '../errors/domain-error';
import { ProblemResponseDto } from '../http/problem.dto';
import { IdempotencyRecord } from './idempotency-record.entity';

const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs inside the request transaction. The key row is inserted first: a concurrent duplicate
 * waits on its primary key until the first commits, then replays it. A failed request rolls
 * the key back with everything else, so a retry runs afresh.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly reflector: Reflector,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = execution.switchToHttp().getRequest<FastifyRequest>();
    const reply = execution.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_FORMAT.test(key)) {
      throw new ValidationFailedError([{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    }
    const status = this.reflector.get<number>(HTTP_CODE_METADATA, execution.getHandler()) ?? HttpStatus.CREATED;
    const requestHash = createHash('sha256').update(`${request.method} ${request.url}\n${canonical(request.body)}`).digest('hex');
    return from(this.run(key, requestHash, status, reply, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async run(key: string, requestHash: string, status: number, reply: FastifyReply, handle: () => Promise<unknown>): Promise<unknown> {
    const repository = this.txHost.tx.getRepository(IdempotencyRecord);
    const userId = this.context.requireUserId();
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values({ userId, key, requestHash })
      .orIgnore()
      .returning(['key'])
      .execute();
    if (inserted.raw.length === 0) {
      const first = await repository.findOneByOrFail({ userId, key });
      if (first.requestHash !== requestHash) {
        throw new DomainError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request.');
      }
      reply.header('Idempotent-Replayed', 'true');
      reply.status(first.responseStatus ?? status);
      return first.responseBody;
    }
    const body = await handle();
    await repository.update({ userId, key }, { responseStatus: status, responseBody: (body ?? null) as object });
    return body;
  }
}

/** The route accepts `Idempotency-Key`: same key and body replays, same key and another body is a 422. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays the first response for the same key and body' }),
    ApiUnprocessableEntityResponse({ type: ProblemResponseDto, description: 'IDEMPOTENCY_KEY_REUSED' }),
  );
