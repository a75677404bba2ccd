// Graph traversal over adjacency objects (`{node: [neighbours...]}`), and `walk`.
import { any, anyArray, builtin, collectionOf, objectOf, setOf, tuple } from '../shared/decl.js';
import { typeError } from '../shared/errors.js';
import {
  collectionOperand,
  isObject,
  kindOf,
  objectOperand,
  type JsonObject,
} from '../shared/operands.js';
import { compareValues, toSet } from '../shared/order.js';
import type { BuiltinSpec, Json } from '../shared/spec.js';

/** Object keys are strings in JSON; a node is looked up by its JSON text when not a string. */
const keyOf = (node: Json): string => (typeof node === 'string' ? node : JSON.stringify(node));

function neighbours(graph: JsonObject, node: Json): Json[] {
  const edges = graph[keyOf(node)];
  if (edges === undefined || edges === null) return [];
  if (!Array.isArray(edges)) {
    throw typeError(`operand 1 must be one of {set, array} but got ${kindOf(edges)}`);
  }
  return edges;
}

function reachable(graphValue: Json, initial: Json): Json {
  const graph = objectOperand(graphValue, 1);
  const queue = [...collectionOperand(initial, 2)];
  const seen = new Map<string, Json>();
  while (queue.length > 0) {
    const node = queue.shift() as Json;
    const key = JSON.stringify(node);
    if (seen.has(key) || !(keyOf(node) in graph)) continue;
    seen.set(key, node);
    queue.push(...neighbours(graph, node));
  }
  return toSet([...seen.values()]);
}

/** Every path from an initial node that ends where no unvisited neighbour is left. */
function reachablePaths(graphValue: Json, initial: Json): Json {
  const graph = objectOperand(graphValue, 1);
  const paths: Json[][] = [];
  const walk = (node: Json, path: Json[]): void => {
    const here = [...path, node];
    const onPath = new Set(here.map((n) => JSON.stringify(n)));
    const next = neighbours(graph, node).filter(
      (n) => keyOf(n) in graph && !onPath.has(JSON.stringify(n)),
    );
    if (next.length === 0) {
      paths.push(here);
      return;
    }
    for (const n of next) walk(n, here);
  };
  for (const root of collectionOperand(initial, 2)) {
    if (keyOf(root) in graph) walk(root, []);
  }
  return toSet(paths);
}

/**
 * Every `[path, value]` pair under a document, the root first, depth first with object
 * keys and set members in OPA's order: the collection the plan scans for `walk`.
 * Compiled modules walk natively (wasm/runtime/builtins/collections/walk.as.ts), since a host call sees a set
 * as an array; this stays the host's answer for callers of the builtin table.
 */
function transitiveClosure(root: Json): Json {
  const out: Json[] = [];
  const visit = (value: Json, path: Json[]): void => {
    out.push([path, value]);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (isObject(value)) {
      for (const key of Object.keys(value).sort(compareValues))
        visit(value[key] as Json, [...path, key]);
    }
  };
  visit(root, []);
  return out;
}

export const graphs: BuiltinSpec[] = [
  builtin('walk', [any], tuple(anyArray, any), { relation: true, host: transitiveClosure }),
  builtin('graph.reachable', [objectOf(any, collectionOf(any)), collectionOf(any)], setOf(any), {
    host: reachable,
  }),
  builtin(
    'graph.reachable_paths',
    [objectOf(any, collectionOf(any)), collectionOf(any)],
    setOf(anyArray),
    {
      host: reachablePaths,
    },
  ),
];
