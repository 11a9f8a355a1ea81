/**
 * Three tiers, told apart by the file's suffix:
 * - unit: `*.spec.ts` — deciders, domain and pure libraries; no service, no port, no disk.
 * - integration: `*.int.spec.ts` (PostgreSQL, Kafka, the embedded store) and `*.http.spec.ts` (real HTTP).
 * - e2e: `*.e2e.spec.ts` — whole processes end to end.
 * Only integration and e2e start services (PostgreSQL, Kafka, KurrentDB) in their globalSetup.
 */
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: {
    '^@rtop/testing$': '<rootDir>/test/support',
    '^@rtop/(.*)$': '<rootDir>/libs/$1/src',
  },
};
const withServices = {
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};

// The apps under test log warnings and errors only, unless a run asks for more.
process.env.RTOP_LOG_LEVEL ??= 'warn';

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30_000,
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testRegex: '\\.spec\\.ts$',
      testPathIgnorePatterns: ['\\.(int|http|e2e)\\.spec\\.ts$'],
      // A unit spec takes only the kits that start nothing from @rtop/testing, not the platform the rest
      // of it starts: loading Nest, pg and kafkajs for every decider file cost seconds per file.
      moduleNameMapper: { ...shared.moduleNameMapper, '^@rtop/testing$': '<rootDir>/test/support/unit' },
    },
    { ...shared, ...withServices, displayName: 'integration', testRegex: '\\.(int|http)\\.spec\\.ts$' },
    { ...shared, ...withServices, displayName: 'e2e', testRegex: '\\.e2e\\.spec\\.ts$' },
  ],
};
