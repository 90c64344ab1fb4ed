import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortKeys } from '../apps/api/src/openapi';
import { typeCheckClientProgram } from './support/openapi-client-check';
import { startSystem, System } from './support/system';

/**
 * The API contract: the committed openapi.json is the document the API serves (regenerate it with
 * `npm run openapi:write`), every operation has a summary, one tag and a named success schema,
 * and a client generated from it types a program that uses the main route of every domain.
 * (`npm run openapi:lint` runs Redocly's recommended rules on the same file in `npm test`.)
 */
const COMMITTED = join(__dirname, '..', 'openapi.json');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = Record<string, any>;

/** JSON pointers where two documents differ (first few), for a readable failure. */
function differences(a: unknown, b: unknown, at = '', out: string[] = []): string[] {
  if (out.length >= 15) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) differences((a as Json)[key], (b as Json)[key], `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${at || '/'}: committed ${JSON.stringify(a)?.slice(0, 80)}, served ${JSON.stringify(b)?.slice(0, 80)}`);
  }
  return out;
}

function operationsOf(document: Json): { where: string; operation: Json }[] {
  return Object.entries(document.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation: operation as Json })),
  );
}

describe('OpenAPI contract', () => {
  let system: System;
  let served: Json;
  const committed: Json = JSON.parse(readFileSync(COMMITTED, 'utf8'));

  beforeAll(async () => {
    system = await startSystem();
    served = (await system.http.get('/api/docs-json')).body;
  });
  afterAll(() => system?.close());

  it('openapi.json is the document the API serves', () => {
    const diff = differences(committed, sortKeys(served));
    if (diff.length > 0) {
      throw new Error(`openapi.json differs from GET /api/docs-json: run \`npm run openapi:write\` and commit openapi.json.\n  ${diff.join('\n  ')}`);
    }
  });

  it('every operation has a verb-like unique id, a summary, one declared tag and security', () => {
    const tags = new Set((served.tags as Json[]).map((tag) => tag.name));
    const ids = new Set<string>();
    const offenders: string[] = [];
    for (const { where, operation } of operationsOf(served)) {
      if (!/^[a-z][A-Za-z]+$/.test(operation.operationId ?? '') || ids.has(operation.operationId)) offenders.push(`${where}: operationId ${operation.operationId}`);
      ids.add(operation.operationId);
      if (!operation.summary) offenders.push(`${where}: no summary`);
      if (operation.tags?.length !== 1 || !tags.has(operation.tags[0])) offenders.push(`${where}: tags ${JSON.stringify(operation.tags)}`);
      if (!Array.isArray(operation.security)) offenders.push(`${where}: no security (public routes say security: [])`);
    }
    expect(offenders).toEqual([]);
  });

  it('every success response is a named schema (or an array of one), or 204 without a body', () => {
    const offenders: string[] = [];
    for (const { where, operation } of operationsOf(served)) {
      const successes = Object.entries(operation.responses as Json).filter(([status]) => /^2/.test(status));
      if (successes.length === 0) offenders.push(`${where}: no success response`);
      for (const [status, response] of successes) {
        if (status === '204') {
          if (response.content) offenders.push(`${where}: 204 with a body`);
          continue;
        }
        const json = response.content?.['application/json']?.schema;
        const other = Object.entries((response.content ?? {}) as Json).filter(([type]) => type !== 'application/json');
        const named = (schema: Json | undefined) => Boolean(schema?.$ref || (schema?.type === 'array' && schema.items?.$ref));
        if (json ? !named(json) : other.length === 0 || other.some(([, content]) => content.schema?.type !== 'string')) {
          offenders.push(`${where} ${status}: ${JSON.stringify(response.content ?? null).slice(0, 100)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every schema property and parameter is typed (no empty schema), enums are named', () => {
    const offenders: string[] = [];
    const typed = (schema: Json) => Boolean(schema && (schema.type || schema.$ref || schema.allOf || schema.oneOf || schema.anyOf));
    for (const [name, schema] of Object.entries(served.components.schemas as Json)) {
      if (!typed(schema)) offenders.push(`${name}: untyped`);
      for (const [key, property] of Object.entries((schema.properties ?? {}) as Json)) {
        if (!typed(property)) offenders.push(`${name}.${key}: untyped`);
        if (property.type === 'array' && !typed(property.items)) offenders.push(`${name}.${key}[]: untyped items`);
        if (property.type === 'object' && !property.properties && !property.additionalProperties && !property.allOf) offenders.push(`${name}.${key}: object without properties`);
        const inline = property.enum ?? property.items?.enum;
        if (inline) offenders.push(`${name}.${key}: inline enum (give it an enumName)`);
      }
    }
    for (const { where, operation } of operationsOf(served)) {
      for (const parameter of (operation.parameters ?? []) as Json[]) {
        if (!typed(parameter.schema)) offenders.push(`${where} ${parameter.in} ${parameter.name}: untyped`);
        if (parameter.in === 'path' && /Id$/.test(parameter.name) && parameter.schema?.format !== 'uuid') offenders.push(`${where} ${parameter.name}: not a uuid`);
        if (parameter.schema?.enum) offenders.push(`${where} ${parameter.name}: inline enum (give it an enumName)`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a client generated from openapi.json types a program that uses every domain', () => {
    expect(typeCheckClientProgram(COMMITTED)).toEqual([]);
  }, 60_000);
});
