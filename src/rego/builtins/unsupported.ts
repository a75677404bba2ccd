// OPA's builtins (v1.20 capabilities) that this toolchain does not implement. A call to
// one is a located compile error that says so, not `undefined function`, which reads
// like a typo in the policy.
const unsupported = new Map<string, string>([
  ['graphql.is_valid', 'GraphQL parsing is not built in'],
  ['graphql.parse', 'GraphQL parsing is not built in'],
  ['graphql.parse_and_verify', 'GraphQL parsing is not built in'],
  ['graphql.parse_query', 'GraphQL parsing is not built in'],
  ['graphql.parse_schema', 'GraphQL parsing is not built in'],
  ['graphql.schema_is_valid', 'GraphQL parsing is not built in'],
  ['providers.aws.sign_req', 'it signs requests for the network, and policies judge offline'],
]);

/** Why `name` is an OPA builtin accessctl does not provide, or undefined if it is not one. */
export function unsupportedBuiltin(name: string): string | undefined {
  return unsupported.get(name);
}
