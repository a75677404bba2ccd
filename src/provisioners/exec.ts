// Any system without a built-in provisioner, through a command the user writes: accessctl
// runs it once per read, operation or listing, hands it one JSON request on stdin and reads
// one JSON answer from stdout. docs/provisioners.md is the protocol; this file keeps to it.
import { spawn } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';

import type { ExecSettings } from '../config/config.js';
import type { GrantRecord } from '../model/index.js';
import { resourceIdProblem, subjectProblem } from '../model/names.js';
import { planByRank } from './plan-by-rank.js';
import type {
  AccessTarget,
  ActualAccess,
  DesiredAccess,
  HeldAccess,
  Operation,
  OperationOutcome,
  Provisioner,
  Unsupported,
} from './provisioner.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';

export type ExecTarget = AccessTarget & {
  resource: string;
  /** As the grant writes it: user:alice, team:payments, service:deployer. */
  subject: string;
  /** The catalog entry's config, for the command to find the system and the object. */
  config: Record<string, unknown>;
};

export interface ExecProvisionerOptions {
  name: string;
  settings: ExecSettings;
  /** Where the variables listed in `settings.env` are read. */
  env: NodeJS.ProcessEnv;
  /** The folder the command runs in and a relative program path is resolved against. */
  cwd: string;
  retry?: RetryPolicy;
}

/** EX_TEMPFAIL from sysexits.h: the command says "try again later". */
export const EXIT_TRANSIENT = 75;
/** Variables every command gets, so a script finds its interpreter and a temp folder. */
const BASE_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ'];
/** An answer bigger than this is not an answer; the rest is dropped. */
const MAX_OUTPUT_BYTES = 1 << 20;
/** How long a command asked to stop (SIGTERM) may take before it is killed. */
const KILL_GRACE_MS = 2_000;

/** The command answered, but not with what the protocol asks for, or it failed. */
export class ExecError extends Error {
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message);
    this.name = 'ExecError';
  }
}

export class ExecProvisioner implements Provisioner<ExecTarget> {
  readonly name: string;
  readonly configured = true;
  private readonly settings: ExecSettings;
  private readonly env: NodeJS.ProcessEnv;
  private readonly cwd: string;
  private readonly retry: RetryPolicy;
  /** The catalog's roles per resource, weakest first, as the grants seen so far give them. */
  private readonly roleOrder = new Map<string, string[]>();

  constructor(options: ExecProvisionerOptions) {
    this.name = options.name;
    this.settings = options.settings;
    this.env = options.env;
    this.cwd = options.cwd;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  target(grant: GrantRecord): ExecTarget | Unsupported {
    // validation refuses these already; a command never receives a dot segment or a control character
    const name = resourceIdProblem(grant.resource) ?? subjectProblem(grant.subject);
    if (name !== undefined)
      return { unsupported: `${name.message}; accessctl provisions only canonical names` };
    const resource = grant.resolved?.resource;
    if (resource !== undefined) this.roleOrder.set(grant.resource, Object.keys(resource.roles));
    return this.targetFor(grant.resource, grant.subject, resource?.config ?? {});
  }

  /** The catalog lists a resource's roles from the weakest to the strongest. */
  rank(target: ExecTarget, role: string): number {
    return this.roleOrder.get(target.resource)?.indexOf(role) ?? -1;
  }

  async read(target: ExecTarget): Promise<ActualAccess> {
    const answer = await this.call({ action: 'read', target: wire(target) });
    const role = answer.role;
    if (role !== undefined && role !== null && (typeof role !== 'string' || role === ''))
      throw this.protocolError('read', 'its "role" must be a role name, or null for none');
    if (answer.pending !== undefined && typeof answer.pending !== 'boolean')
      throw this.protocolError('read', 'its "pending" must be true or false');
    return typeof role === 'string'
      ? { role, pending: answer.pending === true }
      : { pending: answer.pending === true };
  }

  plan(
    target: ExecTarget,
    desired: DesiredAccess | undefined,
    actual: ActualAccess,
    removedGrantId: string,
  ): Operation<ExecTarget> | undefined {
    return planByRank(target, desired, actual, removedGrantId, (role) => this.rank(target, role));
  }

  async apply(operation: Operation<ExecTarget>): Promise<OperationOutcome> {
    try {
      const answer = await this.call({
        action: operation.action,
        grant: operation.grantId,
        target: wire(operation.target),
        role: operation.action === 'revoke' ? operation.from : operation.to,
        ...(operation.from === undefined ? {} : { from: operation.from }),
        ...(operation.to === undefined ? {} : { to: operation.to }),
      });
      const message = answer.message;
      if (message !== undefined && typeof message !== 'string')
        throw this.protocolError(operation.action, 'its "message" must be a string');
      return {
        status: 'applied',
        message:
          message ?? `${this.name} applied ${operation.action} for ${operation.target.label}`,
      };
    } catch (error) {
      if (error instanceof ExecError) return { status: 'failed', message: error.message };
      throw error;
    }
  }

  async list(resource: {
    id: string;
    config: Record<string, unknown>;
  }): Promise<HeldAccess<ExecTarget>[]> {
    const answer = await this.call({ action: 'list', resource });
    if (!Array.isArray(answer.holders))
      throw this.protocolError('list', 'it must hold "holders": [{ "subject": ..., "role": ... }]');
    return answer.holders.map((holder: unknown, index) => {
      const { subject, role, pending } = (isRecord(holder) ? holder : {}) as Record<
        string,
        unknown
      >;
      if (typeof subject !== 'string' || !/^(user|team|service):\S+$/.test(subject))
        throw this.protocolError(
          'list',
          `holders[${index}].subject must be user:, team: or service:<id>`,
        );
      if (typeof role !== 'string' || role === '')
        throw this.protocolError('list', `holders[${index}].role must be a role name`);
      return {
        target: this.targetFor(resource.id, subject, resource.config),
        actual: { role, pending: pending === true },
      };
    });
  }

  private targetFor(
    resource: string,
    subject: string,
    config: Record<string, unknown>,
  ): ExecTarget {
    return {
      provisioner: this.name,
      key: `${resource} ${subject}`,
      label: `${subject} on ${resource}`,
      resource,
      subject,
      config,
    };
  }

  /** One request, retried while the command exits 75; the parsed JSON object it printed. */
  private async call(request: Record<string, unknown>): Promise<Record<string, unknown>> {
    const action = String(request.action);
    const output = await withRetry(
      () => this.run(action, JSON.stringify(request)),
      (error) => error instanceof ExecError && error.transient,
      this.retry,
    );
    // a change has nothing to report beyond success; silence is an empty answer
    if (output.trim() === '' && action !== 'read' && action !== 'list') return {};
    let answer: unknown;
    try {
      answer = JSON.parse(output);
    } catch {
      throw this.protocolError(
        action,
        `stdout is not JSON: ${JSON.stringify(output.slice(0, 200))}${output.length > 200 ? '...' : ''}`,
      );
    }
    if (!isRecord(answer)) throw this.protocolError(action, 'stdout must be one JSON object');
    return answer;
  }

  private run(action: string, input: string): Promise<string> {
    const [program = '', ...args] = this.settings.command;
    const path =
      program.includes('/') && !isAbsolute(program) ? resolve(this.cwd, program) : program;
    const who = `provisioner ${this.name} (${this.settings.command.join(' ')})`;
    return new Promise((done, fail) => {
      const child = spawn(path, args, {
        cwd: this.cwd,
        env: this.childEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
        // its own process group, so a timeout ends whatever the command started too
        detached: true,
      });
      const stdout = collect(child.stdout);
      const stderr = collect(child.stderr);
      let timedOut = false;
      let killer: NodeJS.Timeout | undefined;
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal);
        } catch {
          // the group is already gone
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        signalGroup('SIGTERM');
        killer = setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
      }, this.settings.timeoutSeconds * 1000);
      // a command that never reads stdin closes it early; that is its right
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
      child.on('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        const hint =
          error.code === 'ENOENT'
            ? `not found (looked for ${path} from ${this.cwd}); check provisioners.${this.name}.command`
            : error.code === 'EACCES'
              ? `not executable; chmod +x ${path}`
              : error.message;
        fail(new ExecError(`${who} cannot start: ${hint}`));
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        clearTimeout(killer);
        const err = stderr().trim().slice(-2000);
        if (timedOut)
          return fail(
            new ExecError(
              `${who} did not finish ${action} within ${this.settings.timeoutSeconds} s and was stopped; ` +
                `raise provisioners.${this.name}.timeoutSeconds or make the command faster`,
            ),
          );
        if (code === 0) return done(stdout());
        const why = err === '' ? 'no message on stderr' : err;
        if (code === EXIT_TRANSIENT)
          return fail(new ExecError(`${who} could not ${action} for now: ${why}`, true));
        fail(
          new ExecError(
            `${who} failed to ${action} (${code === null ? `killed by ${signal ?? 'a signal'}` : `exit ${code}`}): ${why}`,
          ),
        );
      });
    });
  }

  private childEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ACCESSCTL_PROVISIONER: this.name };
    for (const name of [...BASE_ENV, ...this.settings.env])
      if (this.env[name] !== undefined) env[name] = this.env[name];
    return env;
  }

  private protocolError(action: string, problem: string): ExecError {
    return new ExecError(
      `provisioner ${this.name} (${this.settings.command.join(' ')}) answered ${action} wrongly: ${problem}; see docs/provisioners.md`,
    );
  }
}

/** What the command sees of a target: everything but the provisioner's own name. */
function wire(target: ExecTarget): Omit<ExecTarget, 'provisioner'> {
  return {
    key: target.key,
    label: target.label,
    resource: target.resource,
    subject: target.subject,
    config: target.config,
  };
}

function collect(stream: NodeJS.ReadableStream): () => string {
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on('data', (chunk: Buffer) => {
    if (size >= MAX_OUTPUT_BYTES) return;
    chunks.push(chunk.subarray(0, MAX_OUTPUT_BYTES - size));
    size += chunk.length;
  });
  return () => Buffer.concat(chunks).toString('utf8');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
