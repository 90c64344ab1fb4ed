import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { INestApplication } from '@nestjs/common';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };

/**
 * Errors are sent as application/problem+json: document them so. Every operation can also
 * answer 400 (validation, malformed JSON) and 500 (only a request id), so those are added
 * where a route does not declare them itself.
 */
export function documentProblems(document: OpenAPIObject): OpenAPIObject {
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations) as { responses?: Record<string, { description: string; content?: object }> }[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const responses = (operation.responses ??= {});
      responses['400'] ??= {
        description: 'VALIDATION_FAILED (with errors[]; also U+0000 or a lone surrogate in any text), MALFORMED_JSON, BODY_TOO_DEEP (over 32 levels), BAD_URL, INVALID_INPUT',
        content: PROBLEM,
      };
      responses['500'] ??= { description: 'INTERNAL_ERROR: the body carries only the request id', content: PROBLEM };
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && response.content && 'application/json' in response.content) response.content = PROBLEM;
      }
    }
  }
  return document;
}

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Hatchery API')
    .setDescription('Applications, cohorts, startups, equity, mentors, space and rent for science and technology parks. Errors are RFC 9457 problem documents with a stable `code`.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return documentProblems(SwaggerModule.createDocument(app, config));
}
