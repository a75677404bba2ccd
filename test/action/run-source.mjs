// The Action's entry run from its TypeScript sources, as dist/index.js runs the bundle: what
// the harness starts for tests that must not wait for `npm run build`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../../src/main.ts');
await run();
