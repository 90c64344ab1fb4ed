import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RequestContext } from '../database/request-context';
import { UnauthenticatedError } from '../errors/domain-error';
import { AccessTokens } from './access-tokens';
import { PUBLIC_KEY } from './decorators';

/** Global guard: every route needs a valid bearer token unless it is @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly context: RequestContext,
  ) {}

  canActivate(execution: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [execution.getHandler(), execution.getClass()]);
    if (isPublic) return true;
    const request = execution.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthenticatedError();
    this.context.set('userId', this.tokens.verify(token));
    return true;
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([^\s]+)$/i.exec(header ?? '');
  return match?.[1];
}
