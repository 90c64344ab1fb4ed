import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../apps/api/src/openapi-document';
import { serializeOpenApiDocument } from '../apps/api/src/openapi';

/** Committed at the repo root; the e2e suite fails when the served document differs. */
export const OPENAPI_FILE = join(__dirname, '..', 'openapi.json');

/**
 * `npm run openapi:write` writes openapi.json from the controllers and DTOs;
 * `npm run openapi:check` (`--check`) only says whether the committed file is current.
 */
async function main(): Promise<void> {
  const text = serializeOpenApiDocument(await buildOpenApiDocument());
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(OPENAPI_FILE, 'utf8');
    } catch {
      // missing: reported below
    }
    if (committed !== text) {
      process.stderr.write('openapi.json is not the document the API serves: run `npm run openapi:write` and commit it.\n');
      process.exitCode = 1;
    } else {
      process.stdout.write('openapi.json is current.\n');
    }
    return;
  }
  writeFileSync(OPENAPI_FILE, text);
  process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`openapi-write failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
