/** @type {import('jest').Config} */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '\\.spec\\.ts$',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: {
    '^@rtop/testing$': '<rootDir>/test/support',
    '^@rtop/(.*)$': '<rootDir>/libs/$1/src',
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30_000,
  maxWorkers: 2,
  // A failed test must not leave a broker client holding the run open until CI's time runs out.
  forceExit: true,
};
