/** Tests run TypeScript through ts-jest in isolated-module mode (fast); `npm run typecheck` does the type checking. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/examples"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { isolatedModules: true, diagnostics: false }] },
  testTimeout: 120000,
  // The default report, then the NOT RUN notices of test files skipped for a missing tool.
  reporters: ["default", "<rootDir>/test/helpers/not-run-reporter.js"],
};
