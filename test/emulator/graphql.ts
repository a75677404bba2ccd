// A GraphQL executor for the emulator: the query language (operations with variables,
// fields, aliases, arguments, fragments, inline fragments, __typename) over a schema of
// resolvers, answering as GitHub's GraphQL API does, `{data}` or `{errors}` with status 200.
// Written here rather than taken from graphql-js: the emulator serves one small schema, and
// the project has no GraphQL dependency. A field the schema does not have is an error, as on
// GitHub ("Field 'x' doesn't exist on type 'Y'"), so a query that drifts from what the
// emulator learnt fails loudly instead of reading nulls.

type Value = string | number | boolean | null | { variable: string } | Value[];

interface Field {
  kind: 'field';
  alias?: string;
  name: string;
  args: Record<string, Value>;
  selections: Selection[];
}
interface Spread {
  kind: 'spread';
  fragment: string;
}
interface InlineFragment {
  kind: 'inline';
  on?: string;
  selections: Selection[];
}
type Selection = Field | Spread | InlineFragment;

interface Fragment {
  on: string;
  selections: Selection[];
}

export interface Document {
  variables: Map<string, { type: string; default?: Value }>;
  selections: Selection[];
  fragments: Map<string, Fragment>;
}

export class GraphQLError extends Error {}

const TOKEN =
  /\s*(?:#[^\n]*\n\s*)*(\.\.\.|[{}():,!=$@[\]]|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[_A-Za-z][_0-9A-Za-z]*)/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < source.length) {
    if (/^[\s,]*$/.test(source.slice(at))) break;
    TOKEN.lastIndex = at;
    const found = TOKEN.exec(source);
    if (found === null)
      throw new GraphQLError(`Parse error on "${source.slice(at, at + 10).trim()}"`);
    if (found[1] !== ',') tokens.push(found[1] ?? '');
    at = TOKEN.lastIndex;
  }
  return tokens;
}

/** One query operation and its fragments; mutations and subscriptions are not served. */
export function parseDocument(source: string): Document {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new GraphQLError('Parse error: unexpected end of document');
    return token;
  };
  const expect = (wanted: string) => {
    const token = next();
    if (token !== wanted) throw new GraphQLError(`Parse error on "${token}": expected "${wanted}"`);
  };
  const name = () => {
    const token = next();
    if (!/^[_A-Za-z]/.test(token))
      throw new GraphQLError(`Parse error on "${token}": expected a name`);
    return token;
  };
  const value = (): Value => {
    const token = next();
    if (token === '$') return { variable: name() };
    if (token === '[') {
      const list: Value[] = [];
      while (peek() !== ']') list.push(value());
      expect(']');
      return list;
    }
    if (token.startsWith('"')) return JSON.parse(token) as string;
    if (/^-?\d/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    // an enum value (LABELED_EVENT): the resolver reads it as its name
    if (/^[A-Za-z_]\w*$/.test(token)) return token;
    throw new GraphQLError(`Parse error on "${token}": objects are not served here`);
  };
  const type = (): string => {
    let text: string;
    if (peek() === '[') {
      next();
      text = `[${type()}]`;
      expect(']');
    } else text = name();
    if (peek() === '!') {
      next();
      text += '!';
    }
    return text;
  };
  const selectionSet = (): Selection[] => {
    expect('{');
    const selections: Selection[] = [];
    while (peek() !== '}') {
      if (peek() === '...') {
        next();
        if (peek() === 'on') {
          next();
          const on = name();
          selections.push({ kind: 'inline', on, selections: selectionSet() });
        } else if (peek() === '{') selections.push({ kind: 'inline', selections: selectionSet() });
        else selections.push({ kind: 'spread', fragment: name() });
        continue;
      }
      let fieldName = name();
      let alias: string | undefined;
      if (peek() === ':') {
        next();
        alias = fieldName;
        fieldName = name();
      }
      const args: Record<string, Value> = {};
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          const arg = name();
          expect(':');
          args[arg] = value();
        }
        expect(')');
      }
      if (peek() === '@')
        throw new GraphQLError('Parse error on "@": directives are not served here');
      const field: Field = {
        kind: 'field',
        name: fieldName,
        args,
        selections: peek() === '{' ? selectionSet() : [],
        ...(alias === undefined ? {} : { alias }),
      };
      selections.push(field);
    }
    expect('}');
    return selections;
  };

  const doc: Document = { variables: new Map(), selections: [], fragments: new Map() };
  let operations = 0;
  while (at < tokens.length) {
    const token = peek();
    if (token === 'fragment') {
      next();
      const fragmentName = name();
      expect('on');
      const on = name();
      doc.fragments.set(fragmentName, { on, selections: selectionSet() });
      continue;
    }
    if (token === 'mutation' || token === 'subscription')
      throw new GraphQLError(`This emulator serves queries only, not a ${token}`);
    if (token === 'query') {
      next();
      if (peek() !== '(' && peek() !== '{') name();
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          expect('$');
          const variable = name();
          expect(':');
          const declared = type();
          let fallback: Value | undefined;
          if (peek() === '=') {
            next();
            fallback = value();
          }
          doc.variables.set(variable, {
            type: declared,
            ...(fallback === undefined ? {} : { default: fallback }),
          });
        }
        expect(')');
      }
    }
    doc.selections = selectionSet();
    operations += 1;
  }
  if (operations !== 1) throw new GraphQLError('A document must hold exactly one query operation');
  return doc;
}

/**
 * A type of the schema: its fields, each resolved from the parent value and the field's
 * arguments. A field that returns an object names its type; `null` resolves to null.
 */
export interface ObjectType<P = unknown> {
  name: string;
  fields: Record<
    string,
    {
      type?: string | ((value: unknown) => string);
      resolve: (parent: P, args: Record<string, unknown>) => unknown;
    }
  >;
}

export type Schema = Map<string, ObjectType<never>>;

export function execute(
  schema: Schema,
  doc: Document,
  variables: Record<string, unknown>,
  root: unknown,
): { data: unknown } {
  for (const [name, declared] of doc.variables)
    if (
      declared.type.endsWith('!') &&
      variables[name] === undefined &&
      declared.default === undefined
    )
      throw new GraphQLError(
        `Variable $${name} of type ${declared.type} was provided invalid value`,
      );
  const resolveValue = (v: Value): unknown => {
    if (Array.isArray(v)) return v.map(resolveValue);
    if (v !== null && typeof v === 'object') {
      if (!doc.variables.has(v.variable))
        throw new GraphQLError(
          `Variable $${v.variable} is used by anonymous query but not declared`,
        );
      return variables[v.variable] ?? doc.variables.get(v.variable)?.default ?? null;
    }
    return v;
  };
  const flatten = (typeName: string, selections: Selection[]): Field[] =>
    selections.flatMap((s) => {
      if (s.kind === 'field') return [s];
      if (s.kind === 'inline')
        return s.on === undefined || s.on === typeName ? flatten(typeName, s.selections) : [];
      const fragment = doc.fragments.get(s.fragment);
      if (fragment === undefined)
        throw new GraphQLError(`Fragment ${s.fragment} was used, but not defined`);
      return fragment.on === typeName ? flatten(typeName, fragment.selections) : [];
    });
  const object = (typeName: string, value: unknown, selections: Selection[]): unknown => {
    if (value === null || value === undefined) return null;
    const type = schema.get(typeName) as ObjectType | undefined;
    if (type === undefined) throw new GraphQLError(`Type ${typeName} is not served here`);
    const out: Record<string, unknown> = {};
    for (const field of flatten(typeName, selections)) {
      const key = field.alias ?? field.name;
      if (field.name === '__typename') {
        out[key] = typeName;
        continue;
      }
      const def = type.fields[field.name];
      if (def === undefined)
        throw new GraphQLError(`Field '${field.name}' doesn't exist on type '${typeName}'`);
      const args = Object.fromEntries(
        Object.entries(field.args).map(([k, v]) => [k, resolveValue(v)]),
      );
      const result = def.resolve(value, args);
      if (def.type === undefined) {
        if (field.selections.length > 0)
          throw new GraphQLError(`Selections can't be made on scalars (field '${field.name}')`);
        out[key] = result;
        continue;
      }
      if (field.selections.length === 0)
        throw new GraphQLError(
          `Field must have selections (field '${field.name}' returns ${String(def.type)})`,
        );
      const typeOf = (item: unknown) =>
        typeof def.type === 'function' ? def.type(item) : (def.type as string);
      out[key] = Array.isArray(result)
        ? result.map((item) => object(typeOf(item), item, field.selections))
        : object(typeOf(result), result, field.selections);
    }
    return out;
  };
  return { data: object('Query', root, doc.selections) };
}
