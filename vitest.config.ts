import { defineConfig } from 'vitest/config';

// Two sets of tests. `fast` is the loop while editing (`npm test`): units, the Rego
// toolchain, the model, reports, the emulator. `slow` drives whole jobs: the workflows
// against real git repositories and the emulator, the Action end to end (bundled, or run
// from its sources), OPA's conformance cases, the whole-tree checks (the GitHub door read
// by the type checker, the runtime rebuilt from its sources), child processes (the exec
// provisioner, `accessctl build`, the deadline's thread), the evidence reports rendered
// whole (golden files, headless Chromium) and the policy library over 100,000 grants.
// CI runs both (`npm run test:all`).
const slow = [
  'test/e2e/**/*.test.ts',
  'test/action/pr-check-scope.test.ts',
  'test/action/pr-check-snapshot.test.ts',
  'test/action/snapshot.test.ts',
  'test/action/provision.test.ts',
  'test/action/reconcile.test.ts',
  'test/workflows/**/*.test.ts',
  'test/rego/conformance/**/*.test.ts',
  'test/github/api-door.test.ts',
  'test/rego/wasm/runtime-asset.test.ts',
  'test/evidence/evidence-golden.test.ts',
  'test/report/evidence/html.test.ts',
  'test/policy/deadline.test.ts',
  'test/provisioners/github-org.test.ts',
  'test/provisioners/exec.test.ts',
  'test/rego/bundle/build-command.test.ts',
  'test/policy/library-scale.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      // The fast set shares one module graph per worker (isolate: false): importing the
      // sources once per worker instead of once per file halves its CPU time (115 s against
      // 223 s measured). Its tests leave no state behind: no module mocks, and whatever
      // changes process.env puts it back after each test. It runs on two workers (vitest
      // takes one fewer than the cores, so one on a 2-core machine): 91 s against 141 s.
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: slow,
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      // One worker: the whole jobs start processes, servers and a browser of their own.
      { extends: true, test: { name: 'slow', include: slow, sequence: { groupOrder: 1 } } },
    ],
  },
});
