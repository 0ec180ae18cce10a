// One jest run for the whole repo: unit, integration over real HTTP, the store contract suite
// (SQLite + Google's Firestore emulator) and the browser journeys (Debian Chromium).
const transform = { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2023' } }] };
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  globalSetup: '<rootDir>/scripts/jest/global-setup.js',
  globalTeardown: '<rootDir>/scripts/jest/global-teardown.js',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{shared,bot,liff,functions}/**/*.test.ts'] },
    { ...common, displayName: 'contract', testMatch: ['<rootDir>/bot/test/contract/**/*.contract.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e.ts'] },
  ],
};
