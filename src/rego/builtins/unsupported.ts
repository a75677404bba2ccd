// OPA's builtins (v1.20 capabilities) that this toolchain does not implement. A call to
// one is a located compile error that says so, not `undefined function`, which reads
// like a typo in the policy.
const unsupported = new Map<string, string>([
  ['providers.aws.sign_req', 'it signs requests for the network, and policies judge offline'],
]);

/** Why `name` is an OPA builtin accessctl does not provide, or undefined if it is not one. */
export function unsupportedBuiltin(name: string): string | undefined {
  return unsupported.get(name);
}
