// Digests and HMACs, hex encoded as OPA returns them.
import { bool, builtin, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

export const crypto: BuiltinSpec[] = [
  builtin('crypto.md5', [str], str),
  builtin('crypto.sha1', [str], str),
  builtin('crypto.sha256', [str], str),
  builtin('crypto.hmac.md5', [str, str], str),
  builtin('crypto.hmac.sha1', [str, str], str),
  builtin('crypto.hmac.sha256', [str, str], str),
  builtin('crypto.hmac.sha512', [str, str], str),
  builtin('crypto.hmac.equal', [str, str], bool),
];
