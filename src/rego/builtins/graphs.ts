// Graph traversal over adjacency objects, and `walk` over any document.
import { any, anyArray, builtin, collectionOf, objectOf, setOf, tuple } from './decl.js';
import type { BuiltinSpec } from './spec.js';

const graph = objectOf(any, collectionOf(any));

export const graphs: BuiltinSpec[] = [
  builtin('walk', [any], tuple(anyArray, any), { relation: true }),
  builtin('graph.reachable', [graph, collectionOf(any)], setOf(any)),
  builtin('graph.reachable_paths', [graph, collectionOf(any)], setOf(anyArray)),
];
