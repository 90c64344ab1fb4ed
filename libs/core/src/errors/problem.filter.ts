import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem';

/** The one place errors become responses: application/problem+json (RFC 9457). */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    sendProblem(reply, error, String(request.id));
  }
}

export function sendProblem(reply: FastifyReply, error: unknown, requestId: string): void {
  const { body, headers } = toProblem(error, requestId);
  for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  reply.status(body.status).type('application/problem+json').send(body);
}
