import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TransactionHost } from '@nestjs-cls/transactional';
import { AccountsService } from '@hatchery/accounts';
import { AccessTokens, bearerToken, ForbiddenError, QUEUES, UnauthenticatedError } from '@hatchery/core';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { sendProblem } from '@hatchery/core';
import { isOwnOrigin, parseCookies } from '../auth/browser-session';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

function cookieToken(header: string | undefined): string | undefined {
  return parseCookies(header).get('hatchery_access_token') || undefined;
}

/** A cookie-authenticated write must name its origin (Origin, or Referer) and it must be ours. */
function sameOrigin(request: FastifyRequest): boolean {
  return isOwnOrigin(request.headers.origin ?? request.headers.referer, request.headers.host);
}

/**
 * Bull Board, for the platform's operators only (users.platform_admin, set by
 * `npm run platform:admin`): it shows and controls every organization's jobs, and anyone can
 * sign up and own an organization, so being an organization's owner is not enough. (Not an
 * email list: emails are not verified, so anyone could register a listed address first.) The caller authenticates with a bearer token, or with the
 * hatchery_access_token cookie in a browser; with the cookie, a cross-site write is refused.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))), serverAdapter: board });

  const tokens = app.get(AccessTokens);
  const cls = app.get(ClsService);
  const txHost = app.get(TransactionHost);
  const accounts = app.get(AccountsService);
  const isPlatformAdmin = (userId: string) => cls.run(() => txHost.withTransaction(() => accounts.isPlatformAdmin(userId)));

  await app.register(
    async (instance: FastifyInstance) => {
      instance.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        try {
          const bearer = bearerToken(request.headers.authorization);
          const token = bearer ?? cookieToken(request.headers.cookie);
          if (!token) throw new UnauthenticatedError();
          const userId = tokens.verify(token);
          if (!bearer && request.method !== 'GET' && !sameOrigin(request)) throw new ForbiddenError('Cross-site request refused.');
          if (!(await isPlatformAdmin(userId))) throw new ForbiddenError('The queue dashboard is for the platform operators.');
        } catch (error) {
          sendProblem(reply, error, String(request.id));
          return reply;
        }
      });
      await instance.register(board.registerPlugin());
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
