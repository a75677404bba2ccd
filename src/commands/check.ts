import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';

import { CONFIG_FILE, ConfigError, parseConfig, type AccessConfig } from '../config/config.js';

import { AccessDirectoryError, GitError, PathEncodingError } from '../model/index.js';
import { PolicyLoadError, PolicyResultError } from '../policy/errors.js';
import { choosePolicies, describePolicies } from '../policy/select.js';
import { RegoCompileError, formatRegoError } from '../rego/errors.js';
import { RegoEvalError } from '../rego/runtime/index.js';
import { repositoryTop } from '../model/git.js';
import { withEnds } from '../report/findings/ends.js';
import { formatFindingsGithub } from '../report/findings/github.js';
import { formatFindingsJson } from '../report/findings/json.js';
import { formatFindingsJunit } from '../report/findings/junit.js';
import { formatFindingsMarkdown } from '../report/findings/markdown.js';
import { formatFindingsSarif } from '../report/findings/sarif.js';
import { displayPath, summarize } from '../report/findings/summary.js';
import { formatFindingsTable } from '../report/findings/table.js';
import { formatFindingsTap } from '../report/findings/tap.js';
import { formatFindingsText } from '../report/findings/text.js';
import { packageVersion } from '../version.js';
import { checkRepository, type CheckResult } from '../workflows/check/repository.js';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type Command,
  type Io,
  type OptionTable,
} from './command.js';
import {
  ACCESS_OPTION,
  MAX_FILE_SIZE_OPTION,
  NOW_OPTION,
  accessDirectoryMissing,
  flagValue,
  pullRequestRun,
} from './options.js';
import { parseByteCount, parseFormat, parseNow, parseTimeout } from '../options/index.js';

const FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'github', 'tap', 'table'] as const;

/** What decides the input the policies see: `check` and `input` take the same flags. */
export const JUDGING_OPTIONS: OptionTable = {
  access: ACCESS_OPTION,
  policies: {
    type: 'string',
    value: 'DIR',
    defaultText: './policies when that folder exists, else the built-in library alone',
    description: 'The folder of your Rego policies, compiled together with the built-in library.',
    example: 'policies',
  },
  bundle: {
    type: 'string',
    value: 'FILE',
    description: 'Judge with a prebuilt OPA bundle instead (accessctl build or opa build -t wasm).',
    example: 'bundle.tar.gz',
  },
  config: {
    type: 'string',
    value: 'FILE',
    defaultText: './accessctl.yaml when it exists, else the built-in settings',
    description: 'The accessctl configuration file.',
    example: 'accessctl.yaml',
  },
  base: {
    type: 'string',
    value: 'REF',
    description:
      "Judge the working tree as a pull request against REF: REF's rules judge, and only what changed since REF can fail.",
    example: 'origin/main',
  },
  now: NOW_OPTION,
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate the access repository and judge every grant by the policies',
  options: {
    ...JUDGING_OPTIONS,
    format: {
      type: 'string',
      default: 'text',
      value: 'FORMAT',
      choices: FORMATS,
      description:
        'How to print the findings: text lines, JSON, markdown, SARIF (code scanning), JUnit XML, GitHub workflow commands, TAP, or a table.',
    },
    'fail-on-warn': {
      type: 'boolean',
      default: false,
      description: 'Exit 1 on warnings too, not only on errors (as conftest --fail-on-warn).',
    },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      defaultText: 'evaluation.timeoutSeconds in accessctl.yaml, else 30',
      description:
        'Stop a policy that runs longer than this and fail, naming its entrypoint: nothing passes unjudged.',
      example: '60',
    },
    'max-file-size': MAX_FILE_SIZE_OPTION,
    'no-cache': {
      type: 'boolean',
      default: false,
      description: 'Parse every file again instead of reusing the parse cache in the git folder.',
    },
  },
  examples: [
    { does: 'judge the whole access repository', line: 'accessctl check' },
    {
      does: 'judge a branch as its pull request will be judged',
      line: 'accessctl check --base origin/main',
    },
    {
      does: 'report for GitHub code scanning',
      line: 'accessctl check --format sarif > accessctl.sarif',
    },
    {
      does: 'see the repository as it will be judged next year',
      line: 'accessctl check --now 2027-06-01T00:00:00Z',
    },
  ],
  async run(values, _positionals, io) {
    const format = flagValue('--format', () => parseFormat(values.format, FORMATS));
    const now = flagValue('--now', () => parseNow(values.now));
    const failOnWarn = values['fail-on-warn'] === true;
    const maxFileSize = flagValue('--max-file-size', () => parseByteCount(values['max-file-size']));
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
        evaluationTimeoutMs: flagValue('--timeout', () =>
          parseTimeout(values.timeout, config.evaluation.timeoutSeconds),
        ),
      });
    } catch (error) {
      const failed = policyFailure(error, io);
      if (failed !== undefined) return failed;
      if (error instanceof GitError || error instanceof PathEncodingError)
        throw new UsageError(error.message);
      if (error instanceof AccessDirectoryError)
        throw accessDirectoryMissing(values.access, accessDir);
      throw error;
    }
    const reported = performance.now();
    const { model, findings, exceptions } = result;
    for (const note of result.notes) io.err(`accessctl check: ${note}\n`);
    const summary = summarize(
      findings,
      model.files.length,
      model.documents.length,
      exceptions.length,
    );
    const policies = describePolicies(choice, result.policies, (p) => displayPath(p, io.cwd));
    const files = model.files;
    switch (format) {
      case 'sarif':
        io.out(
          formatFindingsSarif(withEnds(findings), await repositoryRoot(accessDir, io.cwd), {
            exceptions: withEnds(exceptions),
            version: packageVersion(),
          }),
        );
        break;
      case 'junit':
        io.out(formatFindingsJunit(findings, model.files, io.cwd));
        break;
      case 'markdown':
        io.out(formatFindingsMarkdown(findings, summary, io.cwd, { policies }));
        break;
      case 'json':
        io.out(formatFindingsJson(findings, summary, io.cwd, exceptions));
        break;
      case 'github':
        // workflow commands must reach the runner as they are: the only output not made inert
        (io.commands ?? io.out)(
          formatFindingsGithub(withEnds(findings), withEnds(exceptions), summary, io.cwd),
        );
        break;
      case 'tap':
        io.out(formatFindingsTap(findings, exceptions, files, io.cwd, { failOnWarn }));
        break;
      case 'table':
        io.out(formatFindingsTable(findings, exceptions, summary, io.cwd));
        break;
      default:
        io.out(formatFindingsText(findings, summary, io.cwd, { policies, exceptions }));
    }
    if (timed) {
      stage('report', performance.now() - reported);
      io.err(`accessctl check: stage times: ${stages.join(', ')}\n`);
      if (result.reusedFiles !== undefined)
        io.err(
          `accessctl check: parse cache: ${result.reusedFiles} of ${model.files.length} files reused\n`,
        );
    }
    const failing = findings.some((f) => f.severity === 'error' || failOnWarn);
    return failing ? EXIT_FINDINGS : EXIT_OK;
  },
};

/** The top of the git repository holding the access directory (cwd outside of git). */
async function repositoryRoot(accessDir: string, cwd: string): Promise<string> {
  return (await repositoryTop(accessDir)) ?? cwd;
}

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
export function readConfig(flag: string | undefined, cwd: string): AccessConfig {
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
  return pullRequestRun(env) ? 'untrusted' : true;
}
