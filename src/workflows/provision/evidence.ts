// The evidence log around one run: opened before anything is applied (no operation runs
// without its record), intents left by a stopped run completed, and the run closed with a
// seal and an anchor outside the log. Provisioning a merge and repairing drift share it.
import { writeAnchor, type AnchorTarget } from '../../provisioners/evidence-anchor.js';
import {
  EvidenceWriter,
  FileStore,
  type AnyEntry,
  type EvidenceStore,
} from '../../provisioners/evidence-log.js';
import type { EvidenceOutcome, Recovery } from '../../provisioners/outcome.js';
import type { Operation } from '../../provisioners/provisioner.js';
import {
  applyOperations,
  evidenceJournal,
  recoverIntents,
  type ApplyOptions,
  type ApplyResult,
  type MergeReview,
} from './apply.js';
import { followHandOffs } from './hand-offs.js';

export interface EvidenceOptions {
  /** Overrides `evidenceFile`. */
  store?: EvidenceStore;
  /** ACCESSCTL_EVIDENCE_KEY: each run's seal carries an HMAC of the chain head. */
  key?: string;
  /** Each run that wrote evidence leaves a commit status on the provisioned commit. */
  anchor?: AnchorTarget;
  /** "owner/name" on GitHub, written into every record. */
  repository?: string;
}

/** The writer for a run, or undefined when no log is kept. */
export async function openEvidence(
  file: string | undefined,
  options: EvidenceOptions = {},
): Promise<EvidenceWriter | undefined> {
  const store = options.store ?? (file === undefined ? undefined : new FileStore(file));
  if (store === undefined) return undefined;
  const writer = await EvidenceWriter.open(store);
  writer.sealingKey = options.key;
  return writer;
}

/** Appends the run's last records and its seal, then anchors the chain head outside the log. */
export async function closeRun(
  writer: EvidenceWriter,
  entries: AnyEntry[],
  run: {
    run: string;
    commit: string;
    now: Date;
    recovered: Recovery[];
    anchor?: AnchorTarget;
    repository?: string;
  },
): Promise<EvidenceOutcome> {
  const wrote = writer.written > 0 || entries.length > 0 || run.recovered.some((r) => r.result);
  const outcome = (): EvidenceOutcome => ({
    log: writer.store.name,
    written: writer.written,
    records: writer.count,
    head: writer.head,
    recovered: run.recovered,
  });
  if (!wrote) return outcome();
  try {
    await writer.append(
      [
        ...entries,
        {
          phase: 'seal',
          run: run.run,
          mergeCommit: run.commit,
          ...(run.repository === undefined ? {} : { repository: run.repository }),
          records: 0,
          head: '',
          time: run.now.toISOString(),
        },
      ],
      `accessctl: provisioning evidence of ${run.commit.slice(0, 12)}`,
    );
  } catch (error) {
    // the operations' intents are on record: the next run completes what is missing here
    return {
      ...outcome(),
      incomplete: true,
      problem: `the run's last records and its seal could not be written to ${writer.store.name}: ${error instanceof Error ? error.message : String(error)}; the next run completes them from the intents`,
    };
  }
  if (run.anchor === undefined) return outcome();
  try {
    await writeAnchor(run.anchor, run.commit, writer.count, writer.head);
    return { ...outcome(), anchored: true };
  } catch (error) {
    return {
      ...outcome(),
      anchored: false,
      problem: `the evidence anchor (commit status accessctl/evidence on ${run.commit.slice(0, 12)}) could not be written: ${error instanceof Error ? error.message : String(error)}; give the job statuses: write`,
    };
  }
}

export interface RecordedApplyOptions extends ApplyOptions {
  /** The commit the run provisions or reconciles, written into every record. */
  commit: string;
  now: Date;
  /** No log is opened when false (a dry run, a reconcile without --apply). */
  record: boolean;
  evidenceFile?: string;
  evidence?: EvidenceOptions;
  review?: MergeReview;
  /** Who approved each grant's change, when a run records several merges (see RunContext). */
  reviewOf?: (grantId: string) => MergeReview;
  /** How an operation is named in its records (a repair says so). */
  describe?: (operation: Operation) => string;
  /** Records of what the run set aside, written before the seal. */
  closing?: (repository: string | undefined) => AnyEntry[];
}

/**
 * Applies a plan's operations inside the evidence log: opened first, an earlier stopped
 * run's intents completed, each operation's intent and result written as it happens, and the
 * run sealed and anchored. Provisioning a merge and repairing drift both apply this way.
 */
export async function applyRecorded(
  operations: Operation[],
  options: RecordedApplyOptions,
): Promise<ApplyResult & { evidence?: EvidenceOutcome }> {
  const writer = options.record
    ? await openEvidence(options.evidenceFile, options.evidence)
    : undefined;
  const recovered =
    writer === undefined ? [] : await recoverIntents(writer, options.provisioners, options.now);
  const followed =
    writer === undefined
      ? { entries: [], problems: [] }
      : await followHandOffs(writer, options.provisioners, options.now);
  const repository = options.evidence?.repository;
  const journal =
    writer === undefined
      ? undefined
      : evidenceJournal(writer, {
          commit: options.commit,
          now: options.now,
          ...(options.describe === undefined ? {} : { describe: options.describe }),
          ...(repository === undefined ? {} : { repository }),
          ...(options.review === undefined ? {} : { review: options.review }),
          ...(options.reviewOf === undefined ? {} : { reviewOf: options.reviewOf }),
        });
  const applied = await applyOperations(operations, {
    ...options,
    run: {
      commit: options.commit,
      ...(options.review?.pullRequest === undefined
        ? {}
        : { pullRequest: options.review.pullRequest }),
    },
    ...(journal === undefined ? {} : { journal }),
  });
  if (writer === undefined || journal === undefined) return applied;
  const evidence = await closeRun(
    writer,
    [...followed.entries, ...(options.closing?.(repository) ?? [])],
    {
      run: journal.run,
      commit: options.commit,
      now: options.now,
      recovered,
      ...(options.evidence?.anchor === undefined ? {} : { anchor: options.evidence.anchor }),
      ...(repository === undefined ? {} : { repository }),
    },
  );
  return {
    ...applied,
    evidence: {
      ...evidence,
      ...(followed.entries.length === 0 ? {} : { followedUp: followed.entries }),
      ...(followed.problems.length === 0
        ? {}
        : { problem: [evidence.problem, ...followed.problems].filter(Boolean).join('; ') }),
    },
  };
}
