import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

/**
 * Generates a TypeScript client from an OpenAPI document (openapi-typescript, as a client
 * developer would) and type-checks test/openapi/client-program.ts against it with openapi-fetch.
 * Returns tsc's diagnostics: empty when the program type-checks.
 */
export function typeCheckClientProgram(documentPath: string, options: { redoclyConfig?: string } = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hatchery-client-'));
  try {
    const redocly = options.redoclyConfig ? ['--redocly', options.redoclyConfig] : [];
    try {
      execFileSync(join(BIN, 'openapi-typescript'), [documentPath, '--output', join(dir, 'schema.d.ts'), ...redocly], {
        stdio: 'pipe',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
      return ['openapi-typescript refused the document:', ...stderr.split('\n').filter((line) => line.includes('✘'))];
    }
    copyFileSync(join(ROOT, 'test', 'openapi', 'client-program.ts'), join(dir, 'client-program.ts'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          skipLibCheck: true,
          types: [],
          baseUrl: '.',
          paths: { 'openapi-fetch': [join(ROOT, 'node_modules', 'openapi-fetch')] },
        },
        files: ['client-program.ts'],
      }),
    );
    try {
      execFileSync(join(BIN, 'tsc'), ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { stdio: 'pipe', encoding: 'utf8' });
      return [];
    } catch (error) {
      const output = String((error as { stdout?: string }).stdout ?? error);
      return output.split('\n').filter((line) => line.includes('error TS'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
