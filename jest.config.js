/** Unit specs sit beside the code; e2e suites under test/ run against the real Postgres and Redis. */
const moduleNameMapper = {
  '^@hatchery/core$': '<rootDir>/libs/core/src',
  '^@hatchery/core/(.*)$': '<rootDir>/libs/core/src/$1',
  '^@hatchery/accounts$': '<rootDir>/libs/accounts/src',
  '^@hatchery/accounts/entities$': '<rootDir>/libs/accounts/src/entities',
  '^@hatchery/organizations$': '<rootDir>/libs/organizations/src',
  '^@hatchery/programmes$': '<rootDir>/libs/programmes/src',
  '^@hatchery/programmes/entities$': '<rootDir>/libs/programmes/src/entities',
  '^@hatchery/applications$': '<rootDir>/libs/applications/src',
  '^@hatchery/startups$': '<rootDir>/libs/startups/src',
  '^@hatchery/startups/entities$': '<rootDir>/libs/startups/src/entities',
  '^@hatchery/cohorts$': '<rootDir>/libs/cohorts/src',
  '^@hatchery/cohorts/entities$': '<rootDir>/libs/cohorts/src/entities',
  '^@hatchery/funding$': '<rootDir>/libs/funding/src',
  '^@hatchery/funding/entities$': '<rootDir>/libs/funding/src/entities',
  '^@hatchery/notifications$': '<rootDir>/libs/notifications/src',
  '^@hatchery/equity$': '<rootDir>/libs/equity/src',
  '^@hatchery/mentors$': '<rootDir>/libs/mentors/src',
  '^@hatchery/mentors/entities$': '<rootDir>/libs/mentors/src/entities',
  '^@hatchery/spaces$': '<rootDir>/libs/spaces/src',
  '^@hatchery/spaces/entities$': '<rootDir>/libs/spaces/src/entities',
  '^@hatchery/billing$': '<rootDir>/libs/billing/src',
  '^@hatchery/billing/entities$': '<rootDir>/libs/billing/src/entities',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }] };

module.exports = {
  maxWorkers: 2,
  // A safety net for CI: a leaked handle must not keep the run alive until its time limit.
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/setup-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/timeouts.ts'],
      moduleNameMapper,
      transform,
    },
  ],
};
