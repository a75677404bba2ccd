// A base snapshot: every parsed file of the access directory at one commit, saved by a run
// of the default branch so that the pull-request check, which judges a change against that
// commit, does not read and parse every file again.
//
// What a pull request's run reads, its author could have written (a cache restored into its
// job can come from its own earlier runs, whose workflow it may edit). So a snapshot counts
// only when it is signed (Ed25519) with the private key that only default-branch runs hold,
// and verified with the public key in the base commit's accessctl.yaml (`snapshot.publicKey`),
// which the pull request cannot change. It is keyed by the base's tree of the access
// directory, the policies folder and accessctl.yaml: a snapshot of any other tree is refused.
// Anything that does not verify is ignored with its reason, and the model is built from git.
//
// The file: a JSON header line (format, the build that wrote it, the key, the body's SHA-256),
// a line with the header's signature, then the body: the parse cache's rows as one JSON array,
// gzip-compressed (about 9x smaller than JSON Lines and about as fast to read back; measured in
// `npm run bench -- pr-check`).
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

import { DEFAULT_COMPOSE_LIMITS } from './compose.js';
import { gitCommonDir, pathOids, resolveCommit } from './git.js';
import { loadAccessRepositoryAtRef } from './git-load.js';
import { ParseCache, codeFingerprint, isStoredRow, type StoredFile } from './parse-cache.js';

/** Bumped when the file's layout or the key's recipe changes. */
const FORMAT = 1;
const FOLDER = 'accessctl/snapshots';
const SUFFIX = '.snapshot';
/** The most a body may unpack to: a 100,000-grant repository unpacks to about 50 MB. */
const MAX_BODY = 1024 * 1024 * 1024;
/** The largest file read at all (100,000 grants make about 6 MB); anything larger is damaged. */
const MAX_FILE = 256 * 1024 * 1024;
const CONFIG_FILE = 'accessctl.yaml';

/** Why the base model was or was not taken from a snapshot. */
export type SnapshotStatus =
  'used' | 'none' | 'mismatch' | 'another-build' | 'untrusted' | 'damaged';

export interface SnapshotOutcome {
  status: SnapshotStatus;
  /** One sentence for the job summary and the CLI: what was found and what to do. */
  reason: string;
  /** The parsed files, by blob id, when `status` is 'used'. */
  entries?: Map<string, StoredFile>;
  /**
   * Whether the base commit's rules stand, as the run that signed the snapshot judged their
   * lineage (src/workflows/provision/rule-lineage.ts); only when the snapshot was made of
   * that very commit (another of the same trees may have another history).
   */
  rules?: RulesStanding;
  /**
   * The base's policies as that run compiled them (with the digest of what they were compiled
   * from, which the loader checks against the sources it is given), when it had files of its own.
   */
  policies?: { wasm: Uint8Array; digest: string };
}

/** What a snapshot may carry besides the parsed files, each worked out by the caller for the commit. */
export interface SnapshotExtras {
  rules?: (commit: string) => Promise<RulesStanding | undefined>;
  policies?: (commit: string) => Promise<{ wasm: Uint8Array; digest: string } | undefined>;
}

/**
 * Whether every change to the rules up to a commit stood; if not, the change that broke
 * them, as provisioning names it.
 */
export type RulesStanding = { stand: true } | { stand: false; commit: string; reasons: string[] };

export interface SnapshotTree {
  /** The repository (any folder inside its work tree). */
  repo: string;
  /** The access directory and the policies folder, from the repository root. */
  accessDir: string;
  policiesDir: string;
}

interface Header {
  accessctl: 'base-snapshot';
  format: number;
  code: string;
  limits: unknown;
  key: string;
  commit: string;
  files: number;
  body: string;
  /** The rules' standing at `commit`, when the run that wrote it could judge it. */
  rules?: RulesStanding;
  /** The compiled policies at the end of the body: their length and what they were compiled from. */
  policies?: { bytes: number; digest: string };
}

/**
 * The key of `commit`: its tree ids of the access directory, the policies folder and
 * accessctl.yaml, so any edit to what shapes the base model gives another key.
 */
export async function snapshotKey(tree: SnapshotTree, commit: string): Promise<string> {
  const paths = [tree.accessDir, tree.policiesDir, CONFIG_FILE];
  const oids = await pathOids(tree.repo, commit, paths);
  const hash = createHash('sha256').update(`accessctl-base-snapshot ${FORMAT}\n`);
  for (const path of paths) hash.update(`${path}\0${oids.get(path) ?? '-'}\n`);
  return hash.digest('hex');
}

/** Where snapshots are kept: the repository's git folder, never its work tree. */
export async function snapshotFolder(repo: string): Promise<string> {
  return join(await gitCommonDir(repo), FOLDER);
}

/**
 * Parses the access directory at `ref` from git and writes its snapshot, signed with
 * `privateKey` (PEM, Ed25519). Other snapshots in the folder are removed: only the newest
 * base is worth keeping. Gives the file written.
 */
export async function saveBaseSnapshot(
  tree: SnapshotTree,
  ref: string,
  privateKey: string,
  /** What else is signed with the parsed files (see SnapshotExtras). */
  extras: SnapshotExtras = {},
): Promise<{ file: string; files: number; bytes: number; rules?: RulesStanding }> {
  const key = signingKey(privateKey);
  const commit = await resolveCommit(tree.repo, ref);
  const cache = ParseCache.inMemory();
  await loadAccessRepositoryAtRef(tree.repo, commit, {
    accessDir: tree.accessDir,
    parseCache: cache,
  });
  const rows = [...cache.kept()];
  const packed = await promisify(gzip)(JSON.stringify(rows), { chunkSize: ZLIB_CHUNK });
  const compiled = await extras.policies?.(commit);
  const body = compiled === undefined ? packed : Buffer.concat([packed, compiled.wasm]);
  const header: Header = {
    accessctl: 'base-snapshot',
    format: FORMAT,
    code: codeFingerprint(),
    limits: DEFAULT_COMPOSE_LIMITS,
    key: await snapshotKey(tree, commit),
    commit,
    files: rows.length,
    body: sha256(body),
  };
  const standing = await extras.rules?.(commit);
  if (standing !== undefined) header.rules = standing;
  if (compiled !== undefined)
    header.policies = { bytes: compiled.wasm.length, digest: compiled.digest };
  const headerLine = JSON.stringify(header);
  const signature = sign(null, Buffer.from(headerLine), key).toString('base64');
  const folder = await snapshotFolder(tree.repo);
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${header.key}${SUFFIX}`);
  const temporary = `${file}.${process.pid}.tmp`;
  const bytes = Buffer.concat([Buffer.from(`${headerLine}\n${signature}\n`), body]);
  await writeFile(temporary, bytes);
  await rename(temporary, file);
  for (const name of await readdir(folder))
    if (name.endsWith(SUFFIX) && name !== `${header.key}${SUFFIX}`)
      await rm(join(folder, name), { force: true });
  return {
    file,
    files: rows.length,
    bytes: bytes.length,
    ...(standing === undefined ? {} : { rules: standing }),
  };
}

/**
 * The snapshot of `commit`, when one is in the repository's snapshot folder and verifies
 * with `publicKey` (the base commit's `snapshot.publicKey`); otherwise why not.
 */
export async function readBaseSnapshot(
  tree: SnapshotTree,
  commit: string,
  publicKey: string | undefined,
): Promise<SnapshotOutcome> {
  const [key, folder] = await Promise.all([snapshotKey(tree, commit), snapshotFolder(tree.repo)]);
  const name = `${key}${SUFFIX}`;
  const short = commit.slice(0, 7);
  let bytes: Buffer;
  try {
    const file = join(folder, name);
    // lstat: a link could make the check read any file of the runner, or a device
    const found = await lstat(file);
    if (!found.isFile() || found.size > MAX_FILE)
      return {
        status: 'damaged',
        reason: `${name} is ${found.isFile() ? `over ${MAX_FILE / (1024 * 1024)} MiB` : 'not a regular file'}; it is ignored`,
      };
    bytes = await readFile(file);
  } catch {
    const others = (await readdir(folder).catch(() => [] as string[])).filter((n) =>
      n.endsWith(SUFFIX),
    );
    if (others.length > 0)
      return {
        status: 'mismatch',
        reason: `the snapshots in ${folder} are of other trees (${others.length}), none of the base commit ${short}'s access, policies and ${CONFIG_FILE}; a default-branch run of \`accessctl snapshot\` at ${short} writes one`,
      };
    return {
      status: 'none',
      reason: `no snapshot of the base commit ${short} in ${folder}; a default-branch run of \`accessctl snapshot\` writes one (docs/pr-check.md, "Base snapshots")`,
    };
  }
  if (publicKey === undefined)
    return {
      status: 'untrusted',
      reason: `the base commit's ${CONFIG_FILE} sets no snapshot.publicKey, so nothing can show who wrote ${name}`,
    };
  const firstLine = bytes.indexOf(0x0a);
  const secondLine = firstLine === -1 ? -1 : bytes.indexOf(0x0a, firstLine + 1);
  const headerText = bytes.toString('utf8', 0, Math.max(firstLine, 0));
  const header = readHeader(headerText);
  if (header === undefined || secondLine === -1)
    return { status: 'damaged', reason: `${name} has no readable header; it is ignored` };
  if (header.format !== FORMAT || header.code !== codeFingerprint() || !sameLimits(header.limits))
    return {
      status: 'another-build',
      reason: `${name} was written by another build of accessctl; the next default-branch run of \`accessctl snapshot\` writes it again`,
    };
  if (header.key !== key)
    return {
      status: 'mismatch',
      reason: `${name} holds a snapshot of another tree (of commit ${header.commit.slice(0, 7)}), not of the base commit ${short}; it is ignored`,
    };
  const body = bytes.subarray(secondLine + 1);
  if (sha256(body) !== header.body)
    return {
      status: 'damaged',
      reason: `${name} is cut short or changed after it was written (its body does not match its header); it is ignored`,
    };
  const signature = Buffer.from(bytes.toString('utf8', firstLine + 1, secondLine), 'base64');
  let verified: boolean;
  try {
    verified = verify(null, Buffer.from(headerText), createPublicKey(publicKey), signature);
  } catch {
    verified = false;
  }
  if (!verified)
    return {
      status: 'untrusted',
      reason: `${name} is not signed with the key of the base commit's snapshot.publicKey (written by another run, or edited); it is ignored`,
    };
  const policyBytes = header.policies?.bytes ?? 0;
  const entries =
    policyBytes < body.length
      ? await decodeBody(body.subarray(0, body.length - policyBytes))
      : undefined;
  if (entries === undefined)
    return { status: 'damaged', reason: `${name} does not unpack to parsed files; it is ignored` };
  return {
    status: 'used',
    reason: `the snapshot of the base commit ${short} (${entries.size} files, signed by a default-branch run)`,
    entries,
    ...(header.rules === undefined || header.commit !== commit ? {} : { rules: header.rules }),
    ...(header.policies === undefined
      ? {}
      : {
          policies: {
            wasm: new Uint8Array(body.subarray(body.length - policyBytes)),
            digest: header.policies.digest,
          },
        }),
  };
}

/** The signing key cannot be used; the message says what to give instead. */
export class SnapshotKeyError extends Error {}

/** The private key to sign with; a SnapshotKeyError saying what is wrong with it otherwise. */
function signingKey(pem: string) {
  let key;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new SnapshotKeyError(
      `ACCESSCTL_SNAPSHOT_KEY is not a private key in PEM (${(error as Error).message}); make one with \`openssl genpkey -algorithm ed25519\``,
      { cause: error },
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new SnapshotKeyError(
      `ACCESSCTL_SNAPSHOT_KEY is an ${key.asymmetricKeyType ?? 'unknown'} key; snapshots are signed with Ed25519 (\`openssl genpkey -algorithm ed25519\`)`,
    );
  return key;
}

function readHeader(text: string): Header | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const header = value as Partial<Header>;
  return header.accessctl === 'base-snapshot' &&
    typeof header.format === 'number' &&
    typeof header.code === 'string' &&
    typeof header.key === 'string' &&
    typeof header.commit === 'string' &&
    /^[0-9a-f]{40,64}$/.test(header.commit) &&
    typeof header.body === 'string' &&
    (header.rules === undefined || isStanding(header.rules)) &&
    (header.policies === undefined ||
      (typeof header.policies === 'object' &&
        header.policies !== null &&
        Number.isSafeInteger(header.policies.bytes) &&
        header.policies.bytes > 0 &&
        typeof header.policies.digest === 'string'))
    ? (header as Header)
    : undefined;
}

function isStanding(value: unknown): value is RulesStanding {
  if (typeof value !== 'object' || value === null) return false;
  const rules = value as Record<string, unknown>;
  if (rules.stand === true) return true;
  return (
    rules.stand === false &&
    typeof rules.commit === 'string' &&
    Array.isArray(rules.reasons) &&
    rules.reasons.every((r) => typeof r === 'string')
  );
}

function sameLimits(limits: unknown): boolean {
  return JSON.stringify(limits) === JSON.stringify(DEFAULT_COMPOSE_LIMITS);
}

async function decodeBody(body: Buffer): Promise<Map<string, StoredFile> | undefined> {
  try {
    const text = await promisify(gunzip)(body, {
      maxOutputLength: MAX_BODY,
      chunkSize: ZLIB_CHUNK,
    });
    const rows = JSON.parse(text.toString('utf8')) as unknown;
    if (!Array.isArray(rows) || !rows.every(isStoredRow)) return undefined;
    return new Map(rows);
  } catch {
    return undefined;
  }
}

/**
 * Packed and unpacked off the main thread in chunks of a mebibyte: in zlib's default 16 KiB
 * ones, each a round trip to the thread pool, unpacking the 52 MB body of 100,000 grants took
 * 213 to 259 ms against 76 to 78 ms (three runs each).
 */
const ZLIB_CHUNK = 1024 * 1024;

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
