import { defineConfig } from 'vitest/config';

// Two sets of tests. `fast` is the loop while editing (`npm test`): units, the Rego
// toolchain, the model, reports, the emulator. `slow` drives whole jobs: the workflows
// against real git repositories and the emulator, the Action end to end (bundled, or run
// from its sources), and OPA's conformance cases. CI runs both (`npm run test:all`).
const slow = [
  'test/e2e/**/*.test.ts',
  'test/action/pr-check-scope.test.ts',
  'test/action/provision.test.ts',
  'test/action/reconcile.test.ts',
  'test/workflows/**/*.test.ts',
  'test/rego/conformance/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: slow } },
      { extends: true, test: { name: 'slow', include: slow } },
    ],
  },
});
