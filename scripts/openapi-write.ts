import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../apps/api/src/openapi-document';
import { serializeOpenApiDocument } from '../apps/api/src/openapi';
import openapiTS, { astToString } from 'openapi-typescript';

/** Committed at the repo root; the e2e suite fails when the served document differs. */
export const OPENAPI_FILE = join(__dirname, '..', 'openapi.json');
/** The web app's typed client is generated from the same document, so it cannot drift from it. */
export const WEB_CLIENT_FILE = join(__dirname, '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');

async function webClient(document: string): Promise<string> {
  const header = '/**\n * Generated from openapi.json by `npm run openapi:write` (openapi-typescript). Do not edit.\n */\n\n';
  return header + astToString(await openapiTS(JSON.parse(document)));
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // missing: reported as different
  }
}

/**
 * `npm run openapi:write` writes openapi.json from the controllers and DTOs;
 * `npm run openapi:check` (`--check`) only says whether the committed file is current.
 */
async function main(): Promise<void> {
  const text = serializeOpenApiDocument(await buildOpenApiDocument());
  const client = await webClient(text);
  if (process.argv.includes('--check')) {
    if (read(OPENAPI_FILE) !== text) {
      process.stderr.write('openapi.json is not the document the API serves: run `npm run openapi:write` and commit it.\n');
      process.exitCode = 1;
    } else if (read(WEB_CLIENT_FILE) !== client) {
      process.stderr.write('apps/web/src/api/schema.d.ts is not the client the API\'s document generates: run `npm run openapi:write` and commit it.\n');
      process.exitCode = 1;
    } else {
      process.stdout.write('openapi.json and the web client are current.\n');
    }
    return;
  }
  writeFileSync(OPENAPI_FILE, text);
  writeFileSync(WEB_CLIENT_FILE, client);
  process.stdout.write(`Wrote ${OPENAPI_FILE} and ${WEB_CLIENT_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`openapi-write failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
