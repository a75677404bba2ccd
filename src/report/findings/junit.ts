// `accessctl check --format junit`: JUnit XML, which CI systems show as test results. One
// testsuite per file of the access repository, one testcase per finding (an error is a
// failure, a warning passes and says so), and one passing testcase for a file with none.
import type { LocatedFinding } from '../../model/finding.js';
import { displayPath } from './summary.js';

export function formatFindingsJunit(
  findings: readonly LocatedFinding[],
  files: readonly string[],
  cwd: string,
): string {
  const byFile = new Map<string, LocatedFinding[]>();
  for (const file of files) byFile.set(displayPath(file, cwd), []);
  for (const f of findings) {
    const file = displayPath(f.file, cwd);
    byFile.set(file, [...(byFile.get(file) ?? []), f]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, found] of byFile) {
    const failed = found.filter((f) => f.severity === 'error').length;
    const cases =
      found.length === 0
        ? [`    <testcase classname="${xml(file)}" name="no problems"/>`]
        : found.map((f) => testcase(file, f));
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="accessctl check" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(file: string, f: LocatedFinding): string {
  const name = `${f.rule} at ${file}:${f.line}:${f.column}`;
  const open = `    <testcase classname="${xml(file)}" name="${xml(name)}">`;
  const body =
    f.severity === 'error'
      ? `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(`${file}:${f.line}:${f.column} ${f.message}`)}</failure>`
      : `      <system-out>${xml(`warning ${f.rule}: ${f.message}`)}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

// Control characters, U+FFFE/U+FFFF and lone surrogates: XML 1.0 cannot hold them at all.
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);

/**
 * Text and attribute values: the five markup characters escaped, and characters XML 1.0
 * cannot hold replaced, so a hostile grant can never make the report unreadable.
 */
function xml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string)
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
