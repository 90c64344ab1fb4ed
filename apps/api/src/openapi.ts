import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { INestApplication, ParseUUIDPipe } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { OperationObject, ParameterObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PUBLIC_KEY } from '@hatchery/core';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };

/** One tag per domain, in the order a reader meets them. Every operation carries exactly one. */
export const OPENAPI_TAGS: { name: string; description: string }[] = [
  { name: 'auth', description: 'Accounts and tokens: register, log in, refresh, log out, who am I' },
  { name: 'organizations', description: 'Park operators (tenants), their settings and audit log' },
  { name: 'members', description: "Members of an organization, their roles, and invitations" },
  { name: 'programmes', description: 'Programmes: phases, milestone templates, rubric, equity, grant and perk policies' },
  { name: 'calls', description: 'Calls for applications: window, capacity, questions, rounds; the public list of open calls' },
  { name: 'applications', description: 'Applications to a call, from draft to decision' },
  { name: 'reviews', description: 'Selection: review assignments, scores, conflicts, progress, ranking, shortlists and decisions' },
  { name: 'cohorts', description: 'Cohorts, their phases, enrolments, grid and timeline; graduation reviews and equity stakes' },
  { name: 'milestones', description: "A startup's milestones: evidence, review, edits" },
  { name: 'startups', description: 'Startups, their founders and timelines' },
  { name: 'equity', description: 'Cap tables as a ledger, stake rules, investments, write-offs, proceeds and the portfolio' },
  { name: 'funding', description: 'Grants in tranches tied to milestones or dates, the perk catalogue and redemptions against the yearly perk cap' },
  { name: 'mentors', description: 'The mentor pool (tags, profiles, effective-dated rates, success-fee terms, conflicts), matching, assignments, sessions and their review, mentor hours, monthly statements (CSV, PDF) and success fees' },
  { name: 'spaces', description: 'Sites and spaces with effective-dated market rates, rent plans with effective-dated terms, the plans a programme gives, leases and occupancy' },
  { name: 'billing', description: 'Monthly rent invoices (billed in arrears, numbered per organization and year without gaps), credit notes, payments and their allocation, arrears aging, dunning and revenue' },
  { name: 'notifications', description: 'In-app notifications and email settings of the person logged in' },
  { name: 'calendar', description: 'Private iCalendar feeds of milestone and phase dates' },
  { name: 'health', description: 'Liveness and readiness probes' },
];

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

interface HandlerFacts {
  /** Method names of the handlers marked `@Public()` (on the method or its controller). */
  publicNames: Set<string>;
  /** Per method name, the path parameters parsed as UUIDs (`@Param(name, IdPipe)`). */
  uuidParams: Map<string, Set<string>>;
}

/** What the document builder does not read from the decorators, read from Nest's metadata. */
function handlerFacts(app: INestApplication): HandlerFacts {
  const scanner = new MetadataScanner();
  const facts: HandlerFacts = { publicNames: new Set(), uuidParams: new Map() };
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        if (Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller)) facts.publicNames.add(name);
        const args: Record<string, { data?: unknown; pipes?: unknown[] }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
        for (const [key, arg] of Object.entries(args)) {
          if (!key.startsWith(`${RouteParamtypes.PARAM}:`) || typeof arg.data !== 'string') continue;
          if (!(arg.pipes ?? []).some((pipe) => pipe instanceof ParseUUIDPipe)) continue;
          if (!facts.uuidParams.has(name)) facts.uuidParams.set(name, new Set());
          facts.uuidParams.get(name)!.add(arg.data);
        }
      }
    }
  }
  return facts;
}

/**
 * Public routes say so (`security: []`); the rest carry bearer auth (from `@Roles()` or
 * `@Authenticated()`). Path parameters parsed by IdPipe are uuids. Operation ids must be
 * unique: they name the generated client's functions.
 */
function documentHandlers(document: OpenAPIObject, facts: HandlerFacts): OpenAPIObject {
  const seen = new Map<string, string>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations) as [string, OperationObject][]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const id = operation.operationId ?? '';
      const where = `${method.toUpperCase()} ${path}`;
      if (seen.has(id)) throw new Error(`OpenAPI: operation id ${id} of ${where} is already ${seen.get(id)}'s: rename one of the controller methods`);
      seen.set(id, where);
      if (facts.publicNames.has(id)) operation.security = [];
      const uuids = facts.uuidParams.get(id);
      for (const parameter of (operation.parameters ?? []) as ParameterObject[]) {
        if (parameter.in === 'path' && uuids?.has(parameter.name)) parameter.schema = { type: 'string', format: 'uuid' };
      }
    }
  }
  return document;
}

/**
 * A nullable reference is `allOf: [{ $ref }]` with `nullable: true` (OpenAPI 3.0 ignores siblings
 * of a bare $ref); 3.0 wants a `type` beside `nullable`, so the referenced schema's type is copied.
 */
function typeNullableReferences(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const typeOf = (ref: string) => schemas[ref.split('/').pop()!]?.type;
  for (const schema of Object.values(schemas)) {
    for (const property of Object.values(schema.properties ?? {}) as SchemaObject[]) {
      const ref = (property.allOf?.[0] as { $ref?: string } | undefined)?.$ref;
      if (property.nullable && !property.type && property.allOf?.length === 1 && ref && typeOf(ref)) property.type = typeOf(ref);
    }
  }
  return document;
}

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Hatchery API')
    .setDescription('Applications, cohorts, startups, equity, mentors, space and rent for science and technology parks. Errors are RFC 9457 problem documents with a stable `code`.')
    .setVersion('1')
    .setLicense('Proprietary', 'https://hatchery.dev/terms')
    .addServer('/', 'This server')
    .addBearerAuth();
  for (const tag of OPENAPI_TAGS) builder.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    // listStartups, createCohort, getCohortGrid: the generated client's method names.
    operationIdFactory: (_controllerKey: string, methodKey: string) => methodKey,
    // One tag per operation, from @ApiTags: no extra tag named after the controller class.
    autoTagControllers: false,
  });
  return typeNullableReferences(documentHandlers(documentProblems(document), handlerFacts(app)));
}

/** Object keys sorted at every level (arrays keep their order), so a committed copy diffs cleanly. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The document as committed in openapi.json: sorted keys, two-space indent, a final newline. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return JSON.stringify(sortKeys(document), null, 2) + '\n';
}
