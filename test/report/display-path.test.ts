import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { displayPath } from '../../src/report/findings/summary.js';

// The quick path for a file plainly inside cwd must name every file as resolve and
// relative do: a finding points at the same place either way.
const reference = (file: string, cwd: string) => relative(cwd, resolve(cwd, file));

const CWDS = ['/work/repo', '/work/repo/', '/work/./repo', '/', '/work/repo/access/..', 'rel'];
const FILES = [
  '/work/repo/access/grants/a.yaml',
  '/work/repo/access/.hidden/a.yaml',
  '/work/repo/access/..grants/a.yaml',
  '/work/repo/access/../outside.yaml',
  '/work/repo/./access/a.yaml',
  '/work/repo//access/a.yaml',
  '/work/repo/access/',
  '/work/repo/access/.',
  '/work/repo/access/..',
  '/work/repository/a.yaml',
  '/work/repo',
  '/elsewhere/a.yaml',
  'access/grants/a.yaml',
  './access/a.yaml',
  '../a.yaml',
];

describe('displayPath', () => {
  it.each(CWDS.flatMap((cwd) => FILES.map((file) => [file, cwd])))(
    'names %s from %s as relative(resolve()) does',
    (file, cwd) => {
      expect(displayPath(file, cwd)).toBe(reference(file, cwd));
    },
  );
});
