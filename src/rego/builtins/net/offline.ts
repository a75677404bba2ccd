// Builtins that reach the network. Policies judge offline: a verdict must follow from the
// repository and the base commit alone, never from what a server answers at evaluation
// time (DESIGN.md section 6). They are declared, so a test can replace them
// (`with http.send as mock`, as OPA allows), and otherwise fail with a builtin error.
import { any, anyObject, builtin, objectOf, setOf, str } from '../shared/decl.js';
import { HostBuiltinError } from '../host.js';
import type { BuiltinSpec } from '../shared/spec.js';

// Raised even without strict builtin errors: as undefined, a rule that asks a server
// would quietly judge as if the server had said nothing.
const offline = (name: string) => () => {
  throw new HostBuiltinError(
    'eval_builtin_error',
    name,
    `not available: policies judge offline, so ${name} cannot reach the network; ` +
      `replace it with \`with ${name} as ...\` in tests, or give the data in data.json or the input`,
  );
};

export const offlineBuiltins: BuiltinSpec[] = [
  builtin('http.send', [objectOf(str, any)], anyObject, { host: offline('http.send') }),
  builtin('net.lookup_ip_addr', [str], setOf(str), { host: offline('net.lookup_ip_addr') }),
];
