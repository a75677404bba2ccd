// Digests and HMACs over UTF-8 text, hex encoded as OPA returns them.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

import { bool, builtin, str } from '../shared/decl.js';
import { stringOperand } from '../shared/operands.js';
import type { BuiltinSpec } from '../shared/spec.js';

const digest = (name: string, algorithm: string): BuiltinSpec =>
  builtin(name, [str], str, {
    host: (s) => createHash(algorithm).update(stringOperand(s, 1), 'utf8').digest('hex'),
  });

const hmac = (name: string, algorithm: string): BuiltinSpec =>
  builtin(name, [str, str], str, {
    host: (message, key) =>
      createHmac(algorithm, stringOperand(key, 2))
        .update(stringOperand(message, 1), 'utf8')
        .digest('hex'),
  });

/** Compares MACs in constant time, as OPA's crypto.hmac.equal does. */
function macsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export const digests: BuiltinSpec[] = [
  digest('crypto.md5', 'md5'),
  digest('crypto.sha1', 'sha1'),
  digest('crypto.sha256', 'sha256'),
  hmac('crypto.hmac.md5', 'md5'),
  hmac('crypto.hmac.sha1', 'sha1'),
  hmac('crypto.hmac.sha256', 'sha256'),
  hmac('crypto.hmac.sha512', 'sha512'),
  builtin('crypto.hmac.equal', [str, str], bool, {
    host: (a, b) => macsEqual(stringOperand(a, 1), stringOperand(b, 2)),
  }),
];
