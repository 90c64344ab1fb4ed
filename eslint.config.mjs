// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Boundaries. Each lib's index.ts is its only door; core imports no domain; apps do not import each
 * other. `@hatchery/<lib>/entities` doors are kept for entity files only: a TypeORM relation needs
 * the other entity's class, and importing the whole door from an entity would load that domain's
 * services into the entity graph (import cycles); everywhere else a domain asks the other's service.
 * (A domain reading another's tables in raw SQL is caught by scripts/sql-boundaries.spec.ts.)
 */
const NO_APPS = { group: ['**/apps/**'], message: 'Libraries never import apps.' };
const NO_RELATIVE_INTO_LIBS = { regex: '^(\\.\\./)+(libs/)?[a-z-]+/src(/|$)', message: 'No relative path into another lib: import its door, @hatchery/<lib>.' };
const NO_DEEP_IMPORTS = { regex: '^@hatchery/[^/]+/(?!entities$).+', message: 'Another lib only through its door: @hatchery/<lib> (entity files may use @hatchery/<lib>/entities).' };
const NO_ENTITY_DOORS = { regex: '^@hatchery/[^/]+/entities$', message: "@hatchery/<lib>/entities is for TypeORM relations in entity files; elsewhere ask the domain's service (@hatchery/<lib>)." };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** The Clock (libs/core/src/clock) is what the test clock moves; real time must be asked for explicitly. */
const NO_SYSTEM_TIME = [
  'error',
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Use the injected Clock (clock.now()) so the test clock moves it. Where real time is meant (BullMQ delays, JWT expiry), call wallClock() from @hatchery/core and say why.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Use the injected Clock (clock.now().getTime()) so the test clock moves it. Where real time is meant (BullMQ delays, JWT expiry), call wallClock() from @hatchery/core and say why.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'apps/web/dist/**', 'node_modules/**', 'coverage/**', 'migrations/**', '*.js', 'apps/web/src/api/schema.d.ts'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/*/src/**/*.ts'],
    rules: restrict(NO_APPS, NO_RELATIVE_INTO_LIBS, NO_DEEP_IMPORTS, NO_ENTITY_DOORS),
  },
  {
    files: ['libs/*/src/**/*.entity.ts', 'libs/*/src/entities/index.ts'],
    rules: restrict(NO_APPS, NO_RELATIVE_INTO_LIBS, NO_DEEP_IMPORTS),
  },
  {
    files: ['libs/core/src/**/*.ts'],
    rules: restrict(NO_APPS, NO_RELATIVE_INTO_LIBS, { group: ['@hatchery/*', '@hatchery/*/**'], message: 'Core is the mechanism: it imports no domain (domains plug in by declaration merging and discovery).' }),
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: restrict(NO_DEEP_IMPORTS, NO_ENTITY_DOORS, { regex: '^(\\.\\./)+(apps/)?worker(/|$)', message: 'Apps do not import each other.' }, { regex: '^(\\.\\./)+libs/', message: 'Apps use the libs\' doors, @hatchery/<lib>.' }),
  },
  {
    files: ['apps/worker/**/*.ts'],
    rules: restrict(NO_DEEP_IMPORTS, NO_ENTITY_DOORS, { regex: '^(\\.\\./)+(apps/)?api(/|$)', message: 'Apps do not import each other.' }, { regex: '^(\\.\\./)+libs/', message: 'Apps use the libs\' doors, @hatchery/<lib>.' }),
  },
  {
    files: ['libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/core/src/clock/clock.ts'],
    rules: { 'no-restricted-syntax': NO_SYSTEM_TIME },
  },
  {
    // The web app talks to the API only through its generated client (src/api/client.ts).
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/api/client.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the API through the typed client: api.GET/POST… from src/api/client.ts.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['@hatchery/*'], message: 'The web app reads the API\'s types from its generated client, never from the server\'s code.' }] }],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
