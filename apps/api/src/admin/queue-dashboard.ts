import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TransactionHost } from '@nestjs-cls/transactional';
import { AccessTokens, bearerToken, ForbiddenError, QUEUES, Tenancy, UnauthenticatedError } from '@hatchery/core';
import { OrganizationsService } from '@hatchery/organizations';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { sendProblem } from '@hatchery/core';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

function cookieToken(header: string | undefined): string | undefined {
  const match = /(?:^|;\s*)hatchery_access_token=([^;]+)/.exec(header ?? '');
  return match?.[1];
}

/**
 * Bull Board, for owners only: the caller (bearer token, or the hatchery_access_token cookie
 * for a browser) must be an owner of at least one organization.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardFastifyAdapter();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: QUEUES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))), serverAdapter: board });

  const tokens = app.get(AccessTokens);
  const cls = app.get(ClsService);
  const txHost = app.get(TransactionHost);
  const tenancy = app.get(Tenancy);
  const organizations = app.get(OrganizationsService);

  const isOwner = (userId: string) =>
    cls.run(() =>
      txHost.withTransaction(async () => {
        await tenancy.actAsUser(userId);
        return (await organizations.listMine()).some((organization) => organization.role === 'owner');
      }),
    );

  await app.register(
    async (instance: FastifyInstance) => {
      instance.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        try {
          const token = bearerToken(request.headers.authorization) ?? cookieToken(request.headers.cookie);
          if (!token) throw new UnauthenticatedError();
          if (!(await isOwner(tokens.verify(token)))) throw new ForbiddenError('The queue dashboard is for owners.');
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
