import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * A domain does not read or write another domain's tables in SQL: it asks that domain's service
 * (the ESLint rules keep imports to the libs' doors; this keeps raw SQL to a lib's own tables).
 * Each table belongs to the lib whose entity maps it; every string and template literal of a lib
 * that reads like SQL is scanned for FROM / JOIN / INTO / UPDATE of another lib's table.
 */
const ROOT = join(__dirname, '..');
const LIBS = join(ROOT, 'libs');

/** Reads across the line that are the design, each with its reason. */
const ALLOWED: Record<string, { tables: string[]; why: string }> = {
  'libs/core/src/database/tenancy.ts': {
    tables: ['organizations', 'memberships'],
    why: 'entering an organization (slug → id, the caller\'s membership) comes before any domain code runs, in the request\'s first statements',
  },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** table → the lib that owns it (its entity). */
export function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const lib of readdirSync(LIBS)) {
    for (const file of files(join(LIBS, lib, 'src')).filter((f) => f.endsWith('.entity.ts'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'(\w+)'/g)) owners.set(match[1], lib);
    }
  }
  return owners;
}

/** The text of every string and template literal in a source file (a template's holes become a space). */
export function literals(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Tables a piece of SQL reads or writes. */
export function tablesIn(sql: string): string[] {
  if (!/\b(select|insert|update|delete|with)\b/i.test(sql)) return [];
  return [...sql.matchAll(/\b(?:from|join|into|update)\s+"?(\w+)"?/gi)].map((m) => m[1].toLowerCase());
}

/** Every crossing: a lib's SQL naming another lib's table. */
export function crossings(owners: Map<string, string>, sources: { path: string; lib: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const source of sources) {
    const allowed = ALLOWED[source.path]?.tables ?? [];
    for (const sql of literals(source.text)) {
      for (const table of tablesIn(sql)) {
        const owner = owners.get(table);
        if (owner && owner !== source.lib && !allowed.includes(table)) found.push(`${source.path}: ${table} is ${owner}'s`);
      }
    }
  }
  return [...new Set(found)];
}

function libSources() {
  return readdirSync(LIBS).flatMap((lib) =>
    files(join(LIBS, lib, 'src'))
      .filter((f) => !f.endsWith('.spec.ts') && !f.endsWith('.entity.ts'))
      .map((f) => ({ path: relative(ROOT, f), lib, text: readFileSync(f, 'utf8') })),
  );
}

describe('SQL boundaries: a lib names only its own tables in SQL', () => {
  const owners = tableOwners();

  it('knows the owner of every table', () => {
    expect(owners.get('startups')).toBe('startups');
    expect(owners.get('enrolments')).toBe('cohorts');
    expect(owners.get('outbox_messages')).toBe('core');
    expect(owners.size).toBeGreaterThan(20);
  });

  it('finds a planted crossing (the calendar feed joining startups, as it once did)', () => {
    const planted = `const rows = await tx.query(\`SELECT m.id, s.name FROM milestones m JOIN enrolments e ON e.id = m.enrolment_id JOIN startups s ON s.id = e.startup_id WHERE m.cohort_id = \${id}\`);`;
    expect(crossings(owners, [{ path: 'libs/cohorts/src/planted.ts', lib: 'cohorts', text: planted }])).toEqual(['libs/cohorts/src/planted.ts: startups is startups\'s']);
    expect(crossings(owners, [{ path: 'libs/cohorts/src/planted.ts', lib: 'cohorts', text: `q('INSERT INTO "audit_entries" (id) VALUES ($1)')` }])).toEqual(['libs/cohorts/src/planted.ts: audit_entries is core\'s']);
    // Words in prose are not SQL.
    expect(crossings(owners, [{ path: 'libs/cohorts/src/planted.ts', lib: 'cohorts', text: `const m = 'A startup that withdrew from startups cannot be enrolled.'` }])).toEqual([]);
  });

  it('finds none in the libs', () => {
    expect(crossings(owners, libSources())).toEqual([]);
  });
});
