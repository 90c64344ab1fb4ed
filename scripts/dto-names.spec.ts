import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The OpenAPI document names each schema after its class, and two classes with one name silently
 * become one schema (the second wins): a client then sends the wrong body. Every exported class in
 * the libs' and apps' DTO files must have a name of its own.
 */
const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'web' ? [] : files(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

describe('DTO class names', () => {
  it('are unique across the code base (one OpenAPI schema each)', () => {
    const seen = new Map<string, string[]>();
    for (const file of [...files(join(ROOT, 'libs')), ...files(join(ROOT, 'apps'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/^(?:export )?(?:abstract )?class (\w+)/gm)) {
        if (!/Dto$/.test(match[1])) continue;
        seen.set(match[1], [...(seen.get(match[1]) ?? []), relative(ROOT, file)]);
      }
    }
    const duplicates = [...seen].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    expect(duplicates).toEqual([]);
  });
});
