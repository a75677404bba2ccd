// `opa.runtime`: what the OPA process running a policy says about itself (its config,
// environment, version). Compiled policies run in no OPA process, so the answer is the
// one OPA gives when it is embedded without runtime information: an empty object. In
// particular no environment variable reaches a policy this way.
import { any, builtin, objectOf, str } from '../shared/decl.js';
import type { BuiltinSpec } from '../shared/spec.js';

export const opaRuntime: BuiltinSpec[] = [
  builtin('opa.runtime', [], objectOf(str, any), { host: () => ({}) }),
];
