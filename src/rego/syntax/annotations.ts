// `# METADATA` blocks: a comment line starting with METADATA, followed by comment lines
// in column 1 on consecutive rows, holds YAML. The block belongs to the statement (the
// package or a rule) that follows it, as in OPA's annotations.

import { load, YAMLException } from 'js-yaml';
import type { RegoError } from '../errors.js';
import type { Annotations, Module, Rule } from './ast.js';
import type { Comment } from './lexer.js';

const SCOPES: ReadonlySet<string> = new Set(['package', 'rule', 'document', 'subpackages']);

interface Block {
  start: Comment;
  lines: string[];
  lastRow: number;
}

function findBlocks(comments: Comment[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const c of comments) {
    if (current !== undefined && c.row === current.lastRow + 1 && c.col === 1) {
      current.lines.push(c.text);
      current.lastRow = c.row;
      continue;
    }
    current = undefined;
    if (c.text.trim().startsWith('METADATA')) {
      current = { start: c, lines: [], lastRow: c.row };
      blocks.push(current);
    }
  }
  return blocks;
}

/**
 * Parse every block and attach it to the following statement: all of them go to
 * `module.annotations`, rule-scoped ones also to each rule the statement produced.
 */
export function attachAnnotations(
  module: Module,
  comments: Comment[],
  statements: { row: number; rules: Rule[] }[],
  errors: RegoError[],
): void {
  const file = module.file;
  const fail = (row: number, col: number, message: string): void => {
    errors.push({ code: 'rego_parse_error', message, file, row, col });
  };
  for (const block of findBlocks(comments)) {
    const { row, col } = block.start;
    const raw = parseYaml(block, (r, c, m) => fail(r, c, m));
    if (raw === undefined) continue;

    const pkgRow = module.package.loc.row;
    const target =
      pkgRow > block.lastRow ? 'package' : statements.find((s) => s.row > block.lastRow);
    if (target === undefined) continue;
    const onPackage = target === 'package';

    const scope = raw.scope ?? (onPackage ? 'package' : 'rule');
    if (typeof scope !== 'string' || !SCOPES.has(scope)) {
      fail(
        row,
        col,
        `invalid annotation scope '${String(scope)}': use one of package, subpackages, rule, document`,
      );
      continue;
    }
    if (onPackage && (scope === 'rule' || scope === 'document')) {
      fail(
        row,
        col,
        `annotation scope '${scope}' must be applied to a rule, but the next statement is the package`,
      );
      continue;
    }
    if (!onPackage && (scope === 'package' || scope === 'subpackages')) {
      fail(
        row,
        col,
        `annotation scope '${scope}' must be applied to the package statement, but the next statement is a rule`,
      );
      continue;
    }
    const annotations: Annotations = {
      scope: scope as Annotations['scope'],
      raw,
      loc: { file, row, col },
    };
    if (typeof raw.title === 'string') annotations.title = raw.title;
    if (typeof raw.description === 'string') annotations.description = raw.description;
    if (raw.custom !== undefined) {
      if (!isRecord(raw.custom)) {
        fail(row, col, 'invalid annotation: custom must be a mapping of keys to values');
        continue;
      }
      annotations.custom = raw.custom;
    }
    module.annotations.push(annotations);
    if (target !== 'package') {
      for (const rule of target.rules) rule.annotations = annotations;
    }
  }
}

function parseYaml(
  block: Block,
  fail: (row: number, col: number, message: string) => void,
): Record<string, unknown> | undefined {
  const text = block.lines.join('\n');
  if (text.trim() === '') return {};
  try {
    const value = load(text);
    if (value === null || value === undefined) return {};
    if (!isRecord(value)) {
      fail(
        block.start.row,
        block.start.col,
        'invalid annotation: the METADATA block must be a YAML mapping',
      );
      return undefined;
    }
    return value;
  } catch (e) {
    if (e instanceof YAMLException) {
      const line = e.mark?.line ?? -1;
      fail(block.start.row + line + 1, 1, `yaml: ${e.reason} in the METADATA block`);
    } else {
      fail(block.start.row, block.start.col, `yaml: ${e instanceof Error ? e.message : String(e)}`);
    }
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
