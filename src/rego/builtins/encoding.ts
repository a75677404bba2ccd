// Encodings: base64, base64url, hex, URL query strings, JSON and YAML.
import { any, arrayOf, bool, builtin, collectionOf, objectOf, oneOf, record, str } from './decl.js';
import type { BuiltinSpec } from './spec.js';

const s2s = (name: string): BuiltinSpec => builtin(name, [str], str);
const s2b = (name: string): BuiltinSpec => builtin(name, [str], bool);
const marshalOptions = record({ indent: str, prefix: str, pretty: bool }, { key: str, value: any });

export const encoding: BuiltinSpec[] = [
  s2s('base64.encode'),
  s2s('base64.decode'),
  s2b('base64.is_valid'),
  s2s('base64url.encode'),
  s2s('base64url.encode_no_pad'),
  s2s('base64url.decode'),
  s2s('hex.encode'),
  s2s('hex.decode'),
  s2s('urlquery.encode'),
  s2s('urlquery.decode'),
  builtin('urlquery.encode_object', [objectOf(str, oneOf(str, collectionOf(str)))], str),
  builtin('urlquery.decode_object', [str], objectOf(str, arrayOf(str))),
  builtin('json.marshal', [any], str),
  builtin('json.marshal_with_options', [any, marshalOptions], str),
  builtin('json.unmarshal', [str], any),
  s2b('json.is_valid'),
  builtin('yaml.marshal', [any], str),
  builtin('yaml.unmarshal', [str], any),
  s2b('yaml.is_valid'),
];
