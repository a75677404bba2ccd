import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig, type AccessConfig } from '../config/config.js';

import { AccessDirectoryError, GitError } from '../model/index.js';
import { PolicyLoadError, PolicyResultError } from '../policy/errors.js';
import { choosePolicies, describePolicies } from '../policy/select.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import { RegoEvalError } from '../rego/runtime/index.js';
import { formatFindingsJson } from '../report/findings-json.js';
import { formatFindingsJunit } from '../report/findings-junit.js';
import { formatFindingsMarkdown } from '../report/findings-markdown.js';
import { formatFindingsSarif } from '../report/findings-sarif.js';
import { displayPath, summarize } from '../report/findings-summary.js';
import { formatFindingsText } from '../report/findings-text.js';
import { checkRepository, type CheckResult } from '../workflows/check.js';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type Command,
  type Io,
} from './command.js';
import { accessDirectoryMissing, parseByteCount, parseFormat, parseNow } from './options.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit'] as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate the access repository and judge every grant by the policies',
  usage:
    'accessctl check [--access DIR] [--policies DIR | --bundle FILE] [--config FILE] [--base REF] [--now ISO8601] [--format text|json|markdown|sarif|junit] [--max-file-size BYTES] [--no-cache]',
  options: {
    access: { type: 'string', default: 'access' },
    policies: { type: 'string' },
    bundle: { type: 'string' },
    config: { type: 'string' },
    base: { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'no-cache': { type: 'boolean' },
    'max-file-size': { type: 'string' },
  },
  async run(values, _positionals, io) {
    const format = parseFormat(values.format, FORMATS);
    const now = parseNow(values.now);
    const maxFileSize = parseByteCount(values['max-file-size']);
    const accessDir = resolve(io.cwd, String(values.access));
    const text = (flag: unknown) => (flag === undefined ? undefined : String(flag));
    let choice;
    try {
      choice = choosePolicies({
        policies: text(values.policies),
        bundle: text(values.bundle),
        cwd: io.cwd,
      });
    } catch (error) {
      if (error instanceof PolicyLoadError) throw new UsageError(error.message);
      throw error;
    }
    let config: AccessConfig;
    try {
      config = readConfig(text(values.config), io.cwd);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.err(`${error.message}\n`);
      return EXIT_FINDINGS;
    }
    // ACCESSCTL_TIMINGS=1: where the time of a run went, for benchmarks and slow repositories.
    const stages: string[] = [];
    const timed = process.env.ACCESSCTL_TIMINGS === '1';
    const stage = (name: string, ms: number) => stages.push(`${name} ${Math.round(ms)} ms`);
    let result: CheckResult;
    try {
      result = await checkRepository({
        onStage: timed ? stage : undefined,
        accessDir,
        policiesDir: choice.kind === 'directory' ? choice.dir : undefined,
        bundleFile: choice.kind === 'bundle' ? choice.file : undefined,
        now,
        config: { ...config },
        base: text(values.base),
        maxFileSize,
        parseCache: values['no-cache'] === true ? false : cacheTrust(process.env),
      });
    } catch (error) {
      const failed = policyFailure(error, io);
      if (failed !== undefined) return failed;
      if (error instanceof GitError) throw new UsageError(error.message);
      if (error instanceof AccessDirectoryError)
        throw accessDirectoryMissing(values.access, accessDir);
      throw error;
    }
    const reported = performance.now();
    const { model, findings } = result;
    for (const note of result.notes) io.err(`accessctl check: ${note}\n`);
    const summary = summarize(findings, model.files.length, model.documents.length);
    const policies = describePolicies(choice, result.policies, (p) => displayPath(p, io.cwd));
    io.out(
      format === 'sarif'
        ? formatFindingsSarif(findings, io.cwd)
        : format === 'junit'
          ? formatFindingsJunit(findings, model.files, io.cwd)
          : format === 'markdown'
            ? formatFindingsMarkdown(findings, summary, io.cwd, { policies })
            : format === 'json'
              ? formatFindingsJson(findings, summary, io.cwd)
              : formatFindingsText(findings, summary, io.cwd, { policies }),
    );
    if (timed) {
      stage('report', performance.now() - reported);
      io.err(`accessctl check: stage times: ${stages.join(', ')}\n`);
      if (result.reusedFiles !== undefined)
        io.err(
          `accessctl check: parse cache: ${result.reusedFiles} of ${model.files.length} files reused\n`,
        );
    }
    return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

/**
 * Policies that cannot judge: they do not compile, cannot be loaded, give findings of the
 * wrong shape, or fail while evaluating. Each is the policies' problem, never a pass and
 * never a finding about the access repository: exit 2, saying where.
 */
function policyFailure(error: unknown, io: Io): number | undefined {
  const show = (file: string) => (file === '' ? '<policy>' : displayPath(file, io.cwd));
  if (error instanceof RegoCompileError) {
    for (const e of error.errors) io.err(`${formatRegoError({ ...e, file: show(e.file) })}\n`);
    io.err(`accessctl check: the policies do not compile; fix them and run again\n`);
    return EXIT_USAGE;
  }
  if (error instanceof PolicyLoadError) {
    io.err(`accessctl check: ${error.message.split(`${io.cwd}${sep}`).join('')}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof PolicyResultError) {
    const where =
      error.where === undefined
        ? ''
        : `${show(error.where.file)}:${error.where.row}:${error.where.col}: `;
    io.err(`${where}${error.problem}\n`);
    io.err(
      `accessctl check: a policy rule gives findings of the wrong shape; fix it and run again\n`,
    );
    return EXIT_USAGE;
  }
  if (error instanceof RegoEvalError) {
    const where =
      error.location === undefined
        ? ''
        : `${show(error.location.file)}:${error.location.row}:${error.location.col}: `;
    io.err(`${where}${error.code}: ${error.detail}\n`);
    io.err(
      `accessctl check: the policies failed while evaluating, so nothing was judged; fix the rule and run again\n`,
    );
    return EXIT_USAGE;
  }
  return undefined;
}

/** `--config FILE`, else `accessctl.yaml` in the current folder when there is one, else the defaults. */
function readConfig(flag: string | undefined, cwd: string): AccessConfig {
  const file = resolve(cwd, flag ?? CONFIG_FILE);
  if (flag === undefined && !existsSync(file)) return parseConfig(CONFIG_FILE, undefined);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--config ${flag}: cannot read the file; check the path`);
  }
  return parseConfig(flag ?? CONFIG_FILE, text);
}

/**
 * A pull request's CI run restores caches its author's own runs could have saved: there
 * the parse cache is kept for the run only, never read from disk.
 */
function cacheTrust(env: NodeJS.ProcessEnv): true | 'untrusted' {
  const pullRequest =
    (env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') ||
    (env.CI_MERGE_REQUEST_IID ?? '') !== '';
  return pullRequest ? 'untrusted' : true;
}
