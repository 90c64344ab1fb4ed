import type { FastifyInstance } from 'fastify';

/**
 * On close (SIGTERM), Fastify stops accepting connections and closes the idle keep-alive ones
 * once; a connection whose request was still running becomes idle later and would hold the close
 * until the client hangs up. So: responses sent while closing carry `Connection: close`, and
 * whatever is still open after `graceMs` is cut.
 */
export function closeGracefully(fastify: FastifyInstance, graceMs: number): void {
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  fastify.addHook('preClose', async () => {
    closing = true;
    timer = setTimeout(() => fastify.server.closeAllConnections(), graceMs);
    timer.unref();
  });
  fastify.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  fastify.addHook('onClose', async () => clearTimeout(timer));
}
