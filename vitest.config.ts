import { defineConfig } from 'vitest/config';

// Two sets of tests. `fast` is the loop while editing (`npm test`): units, the Rego
// toolchain, the model, reports, the emulator. `slow` drives whole jobs: the workflows
// against real git repositories and the emulator, the Action end to end (bundled, or run
// from its sources), OPA's conformance cases, the whole-tree checks (the GitHub door read
// by the type checker, the runtime rebuilt from its sources), child processes (the exec
// provisioner, `accessctl build`, the deadline's thread) and the evidence reports
// rendered whole (golden files, headless Chromium). CI runs both (`npm run test:all`).
const slow = [
  'test/e2e/**/*.test.ts',
  'test/action/pr-check-scope.test.ts',
  'test/action/pr-check-snapshot.test.ts',
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
