import { createRequire as __accessctlCreateRequire } from 'node:module'; const require = __accessctlCreateRequire(import.meta.url);
import {
  BranchStore,
  CODEOWNERS_FILE,
  CONFIG_FILE,
  Context,
  DEFAULT_COMPOSE_LIMITS,
  DEFAULT_CONFIG,
  DEFAULT_EVIDENCE_BRANCH,
  ENTRYPOINTS,
  EXCEPTION_ENTRYPOINT,
  EXPIRE_MODES,
  FileStore,
  GRANTS_PART,
  GitHubError,
  OptionValueError,
  ParseCache,
  RESTORE_RULES,
  SnapshotKeyError,
  actionLogger,
  applyWaivers,
  branchTip,
  buildAccessModel,
  buildPolicyInput,
  cell,
  changedPaths,
  closeBotPullRequest,
  closing,
  code,
  codeCell,
  compareFindings,
  count,
  createComment,
  createGitHubClient,
  createProvisioners,
  defaultBranch,
  deleteComment,
  diffModels,
  driftRows,
  error,
  escape,
  evidenceJsonChunks,
  fetchCommit,
  fetchContributors,
  fetchLabelActors,
  fetchReviewFacts,
  formatExpireText,
  formatProvisionText,
  formatReconcileText,
  getBooleanInput,
  getInput,
  getPull,
  grantChangesSince,
  hasCommit,
  headline,
  info,
  lateLines,
  listComments,
  loadAccessRepositoryAtRef,
  loadPolicySet,
  logText,
  lookUpMergeReview,
  manualIssue,
  mergeBases,
  normalise,
  notStandingWarning,
  notice,
  ownIdentity,
  parseClean,
  parseConfig,
  parseJudgeMinutes,
  parseMaxRemovals,
  parseNow,
  parseWarnDays,
  parseWindowBound,
  pastEndLines,
  pathJoiner,
  pathOids,
  policyFindings,
  preformatted,
  publishBotPullRequest,
  pullCacheFile,
  pullRequestLookup,
  readBaseRules,
  readBaseSnapshot,
  readConfigAt,
  readFolder,
  readWaivers,
  removedGrants,
  renderCodeowners,
  renderEvidenceHtml,
  repositoryTopSync,
  ruleFiles,
  runEvidence,
  runExpire,
  runProvision,
  runReconcile,
  runSyncIdentities,
  saveSnapshot,
  setFailed,
  setOutput,
  setSecret,
  standingApprovals,
  summary,
  teamDescendants,
  updateComment,
  warning,
  workingTreeFile,
  writtenBy
} from "./chunks/chunk-QXCRRBOC.js";
import "./chunks/chunk-LELANMXH.js";
import "./chunks/chunk-U7235R66.js";
import "./chunks/chunk-4QSYMYVU.js";
import "./chunks/chunk-4RBVORL2.js";
import "./chunks/chunk-5RCIL5KO.js";

// src/action/evidence.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/action/context.ts
import { existsSync } from "node:fs";

// node_modules/@actions/github/lib/github.js
var context = new Context();

// src/action/context.ts
var ToolkitContext = context.constructor;
function readRunContext() {
  const repository = process.env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  if (owner === "" || repo === "")
    throw new Error(
      `GITHUB_REPOSITORY is "${repository}", not OWNER/REPO; run accessctl as a step of a GitHub Actions job`
    );
  const eventPath = process.env.GITHUB_EVENT_PATH ?? "";
  if (eventPath !== "" && !existsSync(eventPath))
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH ${eventPath}: no such file; run accessctl as a step of a GitHub Actions job`
    );
  let context2;
  try {
    context2 = new ToolkitContext();
  } catch (error2) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH ${eventPath}: ${error2 instanceof Error ? error2.message : String(error2)}`,
      { cause: error2 }
    );
  }
  return {
    eventName: context2.eventName ?? "",
    payload: context2.payload,
    owner: context2.repo.owner,
    repo: context2.repo.repo,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd()
  };
}
function defaultBranchPush(context2, command, nothing, info2) {
  if (context2.eventName !== "push")
    throw new Error(
      `command "${command}" runs on push to the default branch; this run was started by "${context2.eventName}"`
    );
  const { before, after, ref } = context2.payload;
  const repository = context2.payload.repository;
  const defaultRef = `refs/heads/${repository?.default_branch ?? "main"}`;
  if (ref !== defaultRef) {
    info2(`accessctl ${command}: ${ref ?? "this ref"} is not ${defaultRef}; ${nothing}`);
    return void 0;
  }
  return { before, after, branch: repository?.default_branch ?? "main" };
}

// src/action/evidence.ts
var EVENTS = ["schedule", "workflow_dispatch"];
var REPORT = "accessctl-evidence-report";
var SUMMARY_ROWS = 50;
async function runEvidenceAction(inputs) {
  const context2 = readRunContext();
  if (!EVENTS.includes(context2.eventName))
    throw new Error(
      `command "evidence" runs on schedule and workflow_dispatch; this run was started by "${context2.eventName}" (see docs/evidence.md)`
    );
  const log = inputs.evidenceLog;
  const logFile = "file" in log ? join(context2.workspace, log.file) : void 0;
  const key = process.env.ACCESSCTL_EVIDENCE_KEY ?? "";
  if (key !== "") setSecret(key);
  const report = await runEvidence({
    repo: context2.workspace,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    ...inputs.since === void 0 ? {} : { since: inputs.since },
    ...inputs.until === void 0 ? {} : { until: inputs.until },
    github: {
      client: createGitHubClient({ token: inputs.token, log: actionLogger }),
      owner: context2.owner,
      repo: context2.repo,
      cacheFile: await pullCacheFile(context2.workspace)
    },
    // a log file that is not there is checked as an empty log: its runs' anchors decide
    ..."branch" in log ? { evidenceBranch: log.branch } : { evidenceFile: logFile },
    ...key === "" ? {} : { evidenceKey: key },
    repositoryName: `${context2.owner}/${context2.repo}`,
    now: inputs.now
  });
  const html = join(context2.workspace, `${REPORT}.html`);
  await writeFile(html, renderEvidenceHtml(report), "utf8");
  await writeFile(join(context2.workspace, `${REPORT}.json`), evidenceJsonChunks(report), "utf8");
  const flagged = report.rows.filter((row) => row.flags.length > 0);
  setOutput("evidence-path", html);
  setOutput("flags", String(flagged.length));
  await summary.addRaw(summaryOf(report, flagged)).write();
  if (report.evidenceLog?.broken !== void 0)
    setFailed(
      `accessctl evidence: the provisioning evidence log was altered: ${report.evidenceLog.broken.problem}`
    );
  else if (flagged.length > 0)
    setFailed(
      `accessctl evidence: ${flagged.length} change(s) flagged (see the job summary and ${REPORT}.html)`
    );
}
function summaryOf(report, flagged) {
  const { changes, flags } = report.summary;
  const lines = [
    "## accessctl evidence",
    "",
    `${count(report.rows.length, "change")} to ${count(report.summary.grants, "grant")} in ${count(report.commits, "commit")}: ${changes.added} added, ${changes.modified} modified, ${changes.removed} removed.`,
    ""
  ];
  const log = report.evidenceLog;
  if (log !== void 0)
    lines.push(
      log.broken === void 0 ? `Provisioning log (${cell(log.file)}): ${log.records} records, hash chain verified${log.sealsChecked === true ? ", seals verified with the key" : ""}${log.anchors === void 0 ? "" : `, checked against ${log.anchors} anchor(s)`}.` : `**Provisioning log broken** at line ${log.broken.line}: ${escape(log.broken.problem)}`,
      ""
    );
  for (const note of report.notes ?? []) lines.push(`> ${escape(note)}`, "");
  if (flagged.length === 0) {
    lines.push("No change is flagged.", "");
    return lines.join("\n");
  }
  lines.push(
    `Flags: ${Object.entries(flags).map(([kind, count2]) => `${escape(kind)} ${count2}`).join(", ")}`,
    "",
    "| Commit | Change | Grant | Subject | Flags |",
    "|---|---|---|---|---|"
  );
  for (const row of flagged.slice(0, SUMMARY_ROWS))
    lines.push(
      `| ${codeCell(row.commit.slice(0, 7))} | ${cell(row.change)} | ${cell(row.grant)} | ${cell(row.subject)} | ${cell(row.flags.map((f) => f.message).join("; "))} |`
    );
  if (flagged.length > SUMMARY_ROWS)
    lines.push("", `\u2026and ${flagged.length - SUMMARY_ROWS} more in ${REPORT}.html.`);
  lines.push("");
  return lines.join("\n");
}

// src/action/expire.ts
import { join as join3 } from "node:path";

// src/workflows/expire/configured-mode.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
function configuredExpireMode(accessDir) {
  const file = join2(dirname(accessDir), CONFIG_FILE);
  if (!existsSync2(file)) return void 0;
  return parseConfig(file, readFileSync(file, "utf8")).expiry.mode;
}

// src/action/expire.ts
var EVENTS2 = ["schedule", "workflow_dispatch"];
async function runExpireAction(inputs) {
  const event = process.env.GITHUB_EVENT_NAME ?? "";
  if (!EVENTS2.includes(event))
    throw new Error(
      `command "expire" runs on schedule and workflow_dispatch; this run was started by "${event}" (see docs/expire.md)`
    );
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const accessDir = join3(workspace, inputs.accessDir);
  const mode = inputs.mode ?? configuredExpireMode(accessDir) ?? "pr";
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (owner === "" || repo === "")
    throw new Error(
      "GITHUB_REPOSITORY is not OWNER/REPO; run accessctl as a step of a GitHub Actions job"
    );
  const client = createGitHubClient({ token: inputs.token, log: actionLogger });
  const result = await runExpire({
    accessDir,
    now: inputs.now,
    mode,
    ...inputs.warnDays === void 0 ? {} : { warnDays: inputs.warnDays },
    github: { client, repository: { owner, repo } },
    policiesDir: inputs.policiesDir,
    // a scheduled or dispatched run: its git folder is its own
    keepPasses: true,
    progress: (line) => info(`accessctl expire: ${line}`),
    ...inputs.judgeUntil === void 0 ? {} : { judgeUntil: inputs.judgeUntil }
  });
  const text = formatExpireText(result);
  logText(text.trimEnd());
  setOutput(
    "pull-request",
    result.pullRequest === void 0 ? "" : String(result.pullRequest.number)
  );
  setOutput("expire-json", JSON.stringify(result));
  await summary.addHeading("accessctl expire", 2).addRaw(preformatted(text)).write();
  for (const p of result.problems)
    error(p.message, { file: p.path, startLine: p.line, startColumn: p.column });
  for (const s of result.skipped) error(s.message, { file: s.path });
  if (result.skipped.length > 0 || result.problems.length > 0)
    setFailed(
      `accessctl expire: ${result.skipped.length} file(s) with expired grants were not edited and ${result.problems.length} problem(s) were found in grant files; fix them (see the annotations) so the next run can remove what expired`
    );
}

// src/action/pr-check.ts
import { createHash } from "node:crypto";

// src/github/check-runs.ts
async function latestCheckRuns(client, repo, ref, name) {
  const { data } = await client.rest.checks.listForRef({
    ...repo,
    ref,
    check_name: name,
    filter: "latest",
    per_page: 100
  });
  return data.check_runs;
}
async function createCompletedCheckRun(client, repo, run2) {
  const { data } = await client.rest.checks.create({
    ...repo,
    name: run2.name,
    head_sha: run2.headSha,
    status: "completed",
    conclusion: run2.conclusion,
    output: run2.output
  });
  return data.id;
}
async function updateCheckRun(client, repo, id, output) {
  await client.rest.checks.update({ ...repo, check_run_id: id, output });
}

// src/report/pull-request/annotations.ts
var ANNOTATIONS_PER_REQUEST = 50;
var MAX_ANNOTATIONS = ANNOTATIONS_PER_REQUEST;
function planAnnotations(findings, cap = MAX_ANNOTATIONS) {
  const annotatable = findings.filter((f) => f.preexisting !== true && f.deleted !== true);
  const ordered = [
    ...annotatable.filter((f) => f.severity === "error"),
    ...annotatable.filter((f) => f.severity !== "error")
  ];
  return {
    annotations: ordered.slice(0, cap).map(toAnnotation),
    leftOut: Math.max(0, ordered.length - cap)
  };
}
function toAnnotation(f) {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.line,
    // GitHub accepts columns only on single-line annotations, which these are
    start_column: f.column,
    end_column: f.column,
    annotation_level: f.severity === "error" ? "failure" : "warning",
    title: f.rule,
    message: f.message
  };
}
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
  const out = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

// src/report/pull-request/report.ts
var COMMENT_MARKER = "<!-- accessctl:pr-check -->";

// src/report/pull-request/markdown.ts
var VERDICT_ICON = {
  passes: "\u2705 passes",
  warnings: "\u26A0\uFE0F warnings",
  "needs approval": "\u23F3 needs approval",
  denied: "\u274C denied",
  removed: "\u2796 removed",
  "not judged": "\u2754 not judged: fix the file"
};
var UNTOUCHED_LIST_BYTES = 768 * 1024;
function renderPrMarkdown(report, options = {}) {
  const lines = [];
  if (options.marker !== false) lines.push(COMMENT_MARKER);
  const headline2 = report.verdict === "pass" ? `### \u2705 accessctl: the access request passes${report.warnings > 0 ? ` with ${report.warnings} warning(s)` : ""}` : `### \u274C accessctl: the access request is blocked (${report.denied} error(s), ${report.warnings} warning(s))`;
  lines.push(headline2, "");
  lines.push(
    `Judged at ${code(report.pullRequest.headSha.slice(0, 7))} by the rules of the base commit ${code(report.judgedBy.baseCommit.slice(0, 7))}` + (report.judgedBy.policyFiles.length > 0 ? ` (built-in library and ${report.judgedBy.policyFiles.map(code).join(", ")}).` : " (built-in library).")
  );
  if (options.baseModel === true)
    lines.push(
      "",
      report.baseModel.snapshot === "used" ? `Base model: ${escape(report.baseModel.reason)}.` : `Base model: built from git (${report.baseModel.snapshot === "off" ? "snapshots off" : `snapshot ${report.baseModel.snapshot}`}): ${escape(report.baseModel.reason)}.`
    );
  if (report.judgedBy.editedRuleFiles.length > 0) {
    lines.push(
      "",
      `> **This pull request edits the rules** (${report.judgedBy.editedRuleFiles.map(code).join(", ")}). It is judged by the rules of its base commit, not by its own edits, and it needs a policy owner\u2019s approval.`
    );
  }
  lines.push("", "#### Changed grants", "");
  if (report.grants.length === 0) lines.push("No grant is added, changed or removed.");
  else {
    lines.push(
      "| Grant | Subject | Resource | Role | Risk | Expires | Owners | Approvals so far | Verdict |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const g of report.grants)
      lines.push(
        `| ${cell(g.id)} (${g.change}) | ${cell(g.subject)} | ${cell(g.resource)} | ${cell(g.role)} | ${cell(g.risk)} | ${cell(g.expires)} | ${cell(g.owners.join(", "))} | ${g.approvals.length === 0 ? "none" : cell(g.approvals.join(", "))} | ${VERDICT_ICON[g.verdict] ?? cell(g.verdict)} |`
      );
  }
  const ignored = report.reviewers.filter((r) => r.ignored !== void 0);
  if (ignored.length > 0) {
    lines.push("", "#### Approvals that do not count", "");
    for (const r of ignored)
      lines.push(`- ${escape(`@${r.reviewer}`)}: ${escape(r.ignored ?? "")}`);
  }
  lines.push("", "#### Findings on this change", "");
  const current = report.findings.filter((f) => !f.preexisting);
  if (current.length === 0) lines.push("None on this change.");
  for (const f of current.filter((c) => c.severity === "error")) lines.push(findingLine(f));
  for (const f of current.filter((c) => c.severity !== "error")) lines.push(findingLine(f));
  const { annotations, leftOut } = planAnnotations(report.findings);
  if (leftOut > 0)
    lines.push(
      "",
      `> Annotations: ${annotations.length} of ${annotations.length + leftOut} findings on this change, at most ${MAX_ANNOTATIONS} a run, errors first; the other ${leftOut} are listed above.`
    );
  lines.push(...untouchedSection(report, options.listUntouched === true));
  const waived = report.exceptions ?? [];
  if (waived.length > 0) {
    lines.push(
      "",
      `#### Exceptions (${waived.length} waived by the base's \`exception\` rules)`,
      ""
    );
    for (const f of waived)
      lines.push(
        `- \u2796 ${code(f.rule)} ${code(`${f.file}:${f.line}:${f.column}`)}: ${escape(f.message)} (waived: ${escape(f.reason)})`
      );
  }
  lines.push("", "#### What to do next", "");
  for (const step of report.nextSteps) lines.push(`- ${escape(step)}`);
  return `${lines.join("\n")}
`;
}
function findingLine(f) {
  const icon = f.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  return `- ${icon} ${code(f.rule)} ${code(`${f.file}:${f.line}:${f.column}`)}: ${escape(f.message)}`;
}
function untouchedSection(report, list) {
  const old = report.findings.filter((f) => f.preexisting);
  if (old.length === 0) return [];
  const byRule = /* @__PURE__ */ new Map();
  for (const f of old) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const counts = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const command = code(`accessctl check --base ${report.judgedBy.baseCommit.slice(0, 12)}`);
  const lines = [
    "",
    "#### Elsewhere in the repository",
    "",
    `${old.length} finding(s) on grants and files this pull request does not change; they are warnings here and do not block it.`,
    "",
    "| Rule | Findings |",
    "| --- | --- |",
    ...counts.map(([rule, n]) => `| ${codeCell(rule)} | ${n} |`),
    "",
    list ? `Each one is listed below; ${command} on the head lists them too.` : `Run ${command} on the head for each one; the job summary of this run lists them.`
  ];
  if (!list) return lines;
  lines.push("", "<details><summary>Every finding elsewhere</summary>", "");
  let bytes = 0;
  let shown = 0;
  for (const f of old) {
    const line = findingLine(f);
    bytes += Buffer.byteLength(line) + 1;
    if (bytes > UNTOUCHED_LIST_BYTES) break;
    lines.push(line);
    shown++;
  }
  if (shown < old.length)
    lines.push(
      "",
      `\u2026 and ${old.length - shown} more, cut to keep this summary within GitHub's size limit: run ${command} for all of them.`
    );
  lines.push("", "</details>");
  return lines;
}

// src/workflows/pr-check/check-pull-request.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { join as join5 } from "node:path";

// src/workflows/pr-check/judged-model.ts
import { statSync } from "node:fs";
import { join as join4 } from "node:path";
var YAML_FILE = /\.ya?ml$/i;
async function loadJudgedModel(options) {
  const accessDir = normalise(options.accessDir);
  const { parseCache } = options;
  if (parseCache !== void 0)
    await parseClean(
      parseCache,
      inRepository(accessDir),
      { parseCache },
      (inside) => !inside.startsWith(GRANTS_PART)
    );
  const headFiles = workspaceFiles(options.workspace, accessDir, parseCache);
  const fromHead = headFiles.filter((f) => f.relativePath.startsWith(GRANTS_PART));
  const files = [...options.baseAccessFiles, ...fromHead].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  const model = buildAccessModel(files, { parseCache });
  const since = await branchPoints(options.workspace, options.baseCommit);
  const seen = /* @__PURE__ */ new Map();
  const paths = /* @__PURE__ */ new Map();
  for (const point of since) {
    const fromPoint = (options.wholeModels === true ? void 0 : await grantChangesSince(options.workspace, point, headFiles, model.documents, {
      accessDir,
      parseCache,
      workTree: parseCache?.indexState()
    })) ?? await wholeModelChanges(options.workspace, point, headFiles, accessDir, parseCache);
    for (const change of fromPoint) {
      const before = seen.get(change.id);
      if (before === void 0 || before.change === "modified" && change.change === "added")
        seen.set(change.id, change);
    }
    for (const path of await changedPaths(options.workspace, point, "HEAD"))
      if (!paths.has(path.path)) paths.set(path.path, path);
  }
  const grantChanges = [...seen.values()];
  const changed = [...paths.values()].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  const ids = (type) => grantChanges.filter((c) => c.change === type).map((c) => c.id);
  const rules = new Set(ruleFiles(changed, accessDir));
  const requests = changed.map((f) => f.path).filter((path) => !rules.has(path));
  return {
    model,
    grantChanges,
    since,
    behind: await changedOnBase(options.workspace, options.baseCommit, since, requests),
    changes: {
      added: ids("added"),
      modified: ids("modified"),
      removed: ids("removed"),
      files: changed.map((f) => f.path),
      ruleFiles: ruleFiles(changed, accessDir)
    }
  };
}
async function wholeModelChanges(workspace, since, headFiles, accessDir, parseCache) {
  const before = await loadAccessRepositoryAtRef(workspace, since, { accessDir, parseCache });
  const after = buildAccessModel(headFiles, { parseCache });
  return diffModels(before, after).filter((c) => c.kind === "Grant");
}
async function changedOnBase(workspace, base, points, paths) {
  if (paths.length === 0) return [];
  const atBase = await pathOids(workspace, base, paths);
  const behind = /* @__PURE__ */ new Set();
  for (const point of points) {
    if (point === base) continue;
    const atPoint = await pathOids(workspace, point, paths);
    for (const path of paths) if (atBase.get(path) !== atPoint.get(path)) behind.add(path);
  }
  return paths.filter((path) => behind.has(path));
}
async function branchPoints(workspace, base) {
  try {
    const points = await mergeBases(workspace, base, "HEAD");
    return points.length > 0 ? points : [base];
  } catch {
    return [base];
  }
}
function inRepository(accessDir) {
  return accessDir === "" || accessDir === "." ? (inside) => inside : (inside) => `${accessDir}/${inside}`;
}
function workspaceFiles(workspace, accessDir, cache) {
  const root = join4(workspace, accessDir);
  try {
    if (!statSync(root).isDirectory()) return [];
  } catch {
    return [];
  }
  const found = [];
  const onDisk = pathJoiner(root);
  const named = inRepository(accessDir);
  const walk = (relative3) => {
    const entries = readFolder(join4(root, relative3), named(relative3)).sort(
      (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    );
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const inside = relative3 === "" ? entry.name : `${relative3}/${entry.name}`;
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) walk(inside);
      else if (entry.isFile() && YAML_FILE.test(entry.name))
        found.push(workingTreeFile(onDisk(inside), named(inside), inside, cache));
    }
  };
  walk("");
  return found;
}

// src/workflows/pr-check/check-pull-request.ts
async function checkPullRequest(options) {
  const accessDir = normalise(options.accessDir);
  const policiesDir = normalise(options.policiesDir);
  const base = await readBaseRules({
    workspace: options.workspace,
    baseCommit: options.request.baseSha,
    accessDir,
    policiesDir
  });
  const config = withDirectories(base.config, accessDir, policiesDir);
  const [baseSnapshot, opened] = await Promise.all([
    options.snapshot === false ? { status: "none", reason: "base snapshots were not asked for" } : readBaseSnapshot(
      { repo: options.workspace, accessDir, policiesDir },
      base.commit,
      base.config.snapshot.publicKey
    ),
    options.parseCache === false && options.snapshot === false ? void 0 : ParseCache.open(join5(options.workspace, accessDir), DEFAULT_COMPOSE_LIMITS, {
      trusted: false
    })
  ]);
  const loadPolicies = () => loadPolicySet({
    userSources: base.policies,
    now: options.now,
    timeoutMs: options.evaluationDeadline === true ? config.evaluation.timeoutSeconds * 1e3 : void 0,
    ...baseSnapshot.policies === void 0 ? {} : { compiled: baseSnapshot.policies }
  });
  const loadingEarly = base.policies.modules.length > 0 ? loadPolicies() : void 0;
  loadingEarly?.catch(() => {
  });
  if (baseSnapshot.entries !== void 0) opened?.adopt(baseSnapshot.entries);
  const parseCache = options.parseCache === false && baseSnapshot.entries === void 0 ? void 0 : opened;
  const judged = await loadJudgedModel({
    workspace: options.workspace,
    accessDir,
    baseCommit: base.commit,
    baseAccessFiles: base.accessFiles,
    parseCache
  });
  const policies = await (loadingEarly ?? loadPolicies());
  const { request } = options;
  const input = buildPolicyInput(judged.model, {
    now: options.now,
    changes: judged.changes,
    removed: removedGrants(judged.grantChanges),
    request: {
      author: request.author,
      labels: request.labels,
      labelActors: request.labelActors,
      approvals: request.approvals,
      pushers: request.pushers
    },
    config
  });
  const entrypoints = [...ENTRYPOINTS, EXCEPTION_ENTRYPOINT].filter(
    (e) => policies.evaluator.entrypoints.includes(e)
  );
  const results = policies.evaluator.evaluateEach(input, entrypoints);
  const [deny, warn, exception = []] = entrypoints.map((entrypoint, i) => {
    const value = results[i]?.[0]?.result ?? (entrypoint === EXCEPTION_ENTRYPOINT ? [] : void 0);
    if (!Array.isArray(value))
      throw new Error(
        `the policies' ${entrypoint} did not give a set of findings; check the base commit's ${policiesDir}/`
      );
    return value;
  });
  const waived = applyWaivers(
    policyFindings({ deny, warn }, judged.model, accessDir),
    readWaivers(exception)
  );
  const guarded = config.separation.paths;
  const editedRuleFiles = judged.changes.files.filter(
    (f) => judged.changes.ruleFiles?.includes(f) === true || guarded.some((prefix) => f.startsWith(prefix))
  );
  const findings = scope(
    dedupe([
      ...judged.model.findings,
      ...waived.kept,
      ...codeownersFindings(options, judged.model, config, accessDir, policiesDir),
      ...judged.behind.map((file) => behindFinding(file, base.commit)),
      ...heldByTheBase(judged, baseSnapshot.rules)
    ]),
    judged
  ).map((f) => existsSync3(join5(options.workspace, f.file)) ? f : { ...f, deleted: true }).sort(compareFindings);
  const grants = grantRows(judged, findings, countedReviewers(request, config));
  for (const row of grants)
    if (row.verdict === "not judged" && !findings.some((f) => f.severity === "error" && !f.preexisting && f.file === row.file))
      findings.push(
        unjudgedFinding(
          row,
          judged.grantChanges.find((c) => c.id === row.id)?.after?.source.location,
          accessDir
        )
      );
  findings.sort(compareFindings);
  const denied = findings.filter((f) => f.severity === "error").length;
  return {
    verdict: denied > 0 ? "fail" : "pass",
    denied,
    warnings: findings.length - denied,
    pullRequest: {
      number: request.number,
      author: request.author,
      headSha: request.headSha,
      labels: request.labels
    },
    judgedBy: {
      baseCommit: base.commit,
      policyFiles: policies.origin.userFiles,
      editedRuleFiles
    },
    baseModel: {
      snapshot: options.snapshot === false ? "off" : baseSnapshot.status,
      reason: baseSnapshot.reason
    },
    reviewers: request.approvals.map((a) => {
      const ignored = ignoredBecause(a, request, config);
      return { reviewer: a.reviewer, ...ignored === void 0 ? {} : { ignored } };
    }),
    grants,
    findings,
    ...waived.waived.length === 0 ? {} : { exceptions: waived.waived.sort(compareFindings) },
    nextSteps: nextSteps(findings, request, config, editedRuleFiles)
  };
}
function withDirectories(config, accessDir, policiesDir) {
  const defaults = DEFAULT_CONFIG.separation.paths;
  const paths = config.separation.paths;
  if (paths.length !== defaults.length || paths.some((p, i) => p !== defaults[i])) return config;
  return {
    ...config,
    separation: { paths: [`${policiesDir}/`, `${accessDir}/catalog/`, CONFIG_FILE] }
  };
}
function scope(findings, judged) {
  const changedGrants = /* @__PURE__ */ new Set([
    ...judged.changes.added,
    ...judged.changes.modified,
    ...judged.changes.removed
  ]);
  const changedFiles = new Set(judged.changes.files);
  return findings.map((f) => {
    const touched = f.grant !== void 0 ? changedGrants.has(f.grant) : changedFiles.has(f.file) || isRequestRule(f);
    return touched ? f : { ...f, severity: "warning", preexisting: true };
  });
}
function heldByTheBase(judged, rules) {
  if (rules?.stand !== false) return [];
  return judged.grantChanges.filter((change) => change.change !== "removed" && change.after !== void 0).map((change) => {
    const at = change.after?.source.location;
    return {
      rule: "base-rules-not-approved",
      severity: "error",
      message: `the rules of the base do not stand: ${rules.commit.slice(0, 7)} changed them without a policy owner's approval (${rules.reasons.join("; ")}), so provisioning would hold this grant once merged; ${RESTORE_RULES}, then run this check again`,
      file: at?.file ?? "",
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      grant: change.id
    };
  });
}
function behindFinding(file, base) {
  return {
    rule: "branch-behind",
    severity: "error",
    message: `the base branch changed this file (at ${base.slice(0, 7)}) since the request branched off, so merging would combine both versions into one this check did not judge; merge the base branch into the request (or rebase it) and push`,
    file,
    line: 1,
    column: 1
  };
}
function unjudgedFinding(row, at, accessDir) {
  return {
    rule: "grant-not-judged",
    severity: "error",
    message: `grant ${row.id} is not among the grant documents the policies judge (a Grant outside ${accessDir}/grants/, say), so it cannot pass; move it into a file under ${accessDir}/grants/`,
    file: at?.file ?? row.file,
    line: at?.line ?? row.line,
    column: at?.column ?? 1,
    grant: row.id
  };
}
function isRequestRule(f) {
  return f.rule === "policy-owner-approval";
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function codeownersFindings(options, model, config, accessDir, policiesDir) {
  const path = join5(options.workspace, CODEOWNERS_FILE);
  if (!existsSync3(path)) return [];
  let expected;
  try {
    expected = renderCodeowners(model, {
      org: options.org,
      policyOwners: config.policyOwners,
      accessDir,
      policiesDir,
      configFile: CONFIG_FILE
    });
  } catch {
    return [];
  }
  if (readFileSync2(path, "utf8") === expected) return [];
  return [
    {
      rule: "codeowners-stale",
      severity: "warning",
      message: `CODEOWNERS does not match the catalog, so GitHub may ask the wrong people to review; run \`accessctl codeowners --org ${options.org}\` and commit ${CODEOWNERS_FILE}`,
      file: CODEOWNERS_FILE,
      line: 1,
      column: 1
    }
  ];
}
function ignoredBecause(approval, request, config) {
  const login = approval.reviewer.toLowerCase();
  if (login === request.author.toLowerCase()) return "the author\u2019s own approval never counts";
  if (request.pushers.includes(login)) return "pushed commits to this pull request";
  if (approval.stale && !config.approvals.allowStale) return "given before the last push";
  return void 0;
}
function countedReviewers(request, config) {
  return new Set(
    request.approvals.filter((a) => ignoredBecause(a, request, config) === void 0).map((a) => a.reviewer.toLowerCase())
  );
}
function grantRows(judged, findings, counted) {
  const changed = new Set(judged.grantChanges.map((c) => c.id));
  const byId = /* @__PURE__ */ new Map();
  for (const g of judged.model.grants) if (changed.has(g.id)) byId.set(g.id, g);
  const teams = new Map(judged.model.teams.map((t) => [t.id, t]));
  const descendants = teamDescendants(judged.model);
  const ownerLogins = (refs) => {
    const logins = /* @__PURE__ */ new Set();
    for (const ref of refs) {
      if (ref.startsWith("user:")) logins.add(ref.slice(5).toLowerCase());
      const team = ref.startsWith("team:") ? teams.get(ref.slice(5)) : void 0;
      for (const login of [...team?.members ?? [], ...team?.maintainers ?? []])
        logins.add(login.toLowerCase());
    }
    return logins;
  };
  return judged.grantChanges.map((change) => {
    const grant = change.change === "removed" ? void 0 : byId.get(change.id);
    const record = grant ?? change.before?.record;
    const pkg = record?.package === void 0 ? void 0 : judged.model.packages.find((p) => p.id === record.package);
    const owners = (record?.package === void 0 ? record?.resolved?.resource.owners : pkg?.owners) ?? [];
    const parts = record?.parts ?? [];
    const logins = ownerLogins(owners);
    const beneficiaries = record === void 0 ? /* @__PURE__ */ new Set() : ownerLogins([
      record.subject,
      ...record.subject.startsWith("team:") ? (descendants.get(record.subject.slice(5)) ?? []).map((id) => `team:${id}`) : []
    ]);
    const location = grant?.source.locate("") ?? change.after?.source.location ?? { file: change.before?.file ?? "", line: 1 };
    const mine = findings.filter((f) => f.grant === change.id && !f.preexisting);
    const unjudged = change.change !== "removed" && (grant === void 0 || findings.some(
      (f) => f.grant === void 0 && f.severity === "error" && !f.preexisting && f.file === location.file && !APPROVAL_RULES.has(f.rule)
    ));
    return {
      id: change.id,
      change: change.change,
      subject: record?.subject ?? "",
      resource: record?.package === void 0 ? record?.resource ?? "" : `package:${record.package}`,
      role: record?.package === void 0 ? record?.role ?? "" : parts.map((p) => `${p.role} on ${p.resource}`).join(", "),
      risk: record?.package === void 0 ? record?.resolved?.role.risk ?? "unknown" : riskiest(parts.map((p) => p.resolved?.role.risk)),
      expires: record?.expires ?? "",
      owners,
      approvals: [...counted].filter(
        (login) => change.change === "removed" ? logins.has(login) || beneficiaries.has(login) : logins.has(login) && !beneficiaries.has(login)
      ).sort(),
      verdict: unjudged ? "not judged" : change.change === "removed" && mine.length === 0 ? "removed" : verdictOf(mine),
      file: location.file,
      line: location.line
    };
  });
}
var RISKS = ["low", "medium", "high", "critical"];
function riskiest(risks) {
  const ranks = risks.map((r) => RISKS.indexOf(r));
  if (ranks.length === 0 || ranks.some((rank) => rank < 0)) return "unknown";
  return RISKS[Math.max(...ranks)] ?? "unknown";
}
var APPROVAL_RULES = /* @__PURE__ */ new Set(["approval-required", "removal-approval", "policy-owner-approval"]);
function verdictOf(findings) {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.some((f) => !APPROVAL_RULES.has(f.rule))) return "denied";
  if (errors.length > 0) return "needs approval";
  return findings.length > 0 ? "warnings" : "passes";
}
function nextSteps(findings, request, config, editedRuleFiles) {
  const steps = [];
  const errors = findings.filter((f) => f.severity === "error");
  for (const f of errors.filter((e) => !APPROVAL_RULES.has(e.rule)))
    steps.push(`Fix ${f.rule} at ${f.file}:${f.line}: ${f.message}`);
  for (const f of errors.filter(
    (e) => e.rule === "approval-required" || e.rule === "removal-approval"
  ))
    steps.push(`Get an approving review for ${f.grant ?? f.file}: ${f.message}`);
  if (errors.some((e) => e.rule === "policy-owner-approval"))
    steps.push(
      `Get an approving review from a policy owner (${config.policyOwners.join(", ") || "none configured: set policyOwners in accessctl.yaml"}).`
    );
  const stale = request.approvals.filter((a) => a.stale && !config.approvals.allowStale);
  if (stale.length > 0 && errors.length > 0)
    steps.push(
      `Approvals by ${stale.map((a) => a.reviewer).join(", ")} were given before the last push and no longer count; ask for a new review.`
    );
  if (editedRuleFiles.length > 0)
    steps.push(
      "This pull request edits the rules; it is judged by the rules of its base commit, and the edits apply only after it is merged."
    );
  if (steps.length === 0) steps.push("Nothing: the request meets every rule.");
  return steps;
}

// src/workflows/pr-check/request.ts
async function fetchRequestFacts(client, target) {
  const { owner, repo, number } = target;
  const pull = await getPull(client, { owner, repo }, number);
  const [facts, pushers, labelActors] = await Promise.all([
    fetchReviewFacts(client, { owner, repo, number }),
    fetchContributors(client, { owner, repo, number }),
    fetchLabelActors(client, { owner, repo, number })
  ]);
  return {
    number,
    author: pull.user.login,
    title: pull.title,
    headSha: target.headSha,
    baseSha: pull.base.sha,
    baseRef: pull.base.ref,
    labels: pull.labels.map((label) => label.name ?? "").filter((name) => name !== ""),
    labelActors,
    approvals: standingApprovals(facts, target.headSha),
    pushers
  };
}

// src/action/pr-check.ts
var CHECK_NAME = "accessctl";
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_review"];
var MAX_BODY = 65e3;
async function runPullRequestCheck(inputs) {
  const context2 = readRunContext();
  if (!PULL_REQUEST_EVENTS.includes(context2.eventName))
    throw new Error(
      `command "check" judges pull requests; this run was started by "${context2.eventName}". Run it on: pull_request and pull_request_review (see docs/pr-check.md)`
    );
  const pull = context2.payload.pull_request;
  if (typeof pull?.number !== "number" || typeof pull.head?.sha !== "string")
    throw new Error(
      `the ${context2.eventName} event payload has no pull_request number and head sha`
    );
  const client = createGitHubClient({ token: inputs.token, log: actionLogger });
  const [request, mainBranch] = await Promise.all([
    fetchRequestFacts(client, {
      owner: context2.owner,
      repo: context2.repo,
      number: pull.number,
      headSha: pull.head.sha
    }),
    defaultBranch(client, { owner: context2.owner, repo: context2.repo })
  ]);
  if (request.baseRef !== void 0 && request.baseRef !== mainBranch) {
    const message = `accessctl: pull request #${pull.number} targets ${request.baseRef}, not the default branch ${mainBranch}; access requests are judged against ${mainBranch} only (the rules of another branch could be anyone\u2019s): change its base to ${mainBranch}`;
    await summary.addHeading("accessctl check", 2).addRaw(`${escape(message)}
`).write();
    setFailed(message);
    return;
  }
  const report = await checkPullRequest({
    workspace: context2.workspace,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    request,
    org: context2.owner,
    now: /* @__PURE__ */ new Date(),
    evaluationDeadline: true
  });
  info(
    report.baseModel.snapshot === "used" ? `accessctl: base model from ${report.baseModel.reason}` : `accessctl: base model built from git (snapshot ${report.baseModel.snapshot}): ${report.baseModel.reason}`
  );
  const markdown = renderPrMarkdown(report);
  setOutput("denied", String(report.denied));
  setOutput("warnings", String(report.warnings));
  setOutput("report-json", JSON.stringify(report));
  await summary.addRaw(renderPrMarkdown(report, { marker: false, listUntouched: true, baseModel: true })).write();
  const readOnly = [];
  let commentFailure;
  try {
    await publish(
      readOnly,
      "the pull-request comment",
      () => publishComment(client, context2, report.pullRequest.number, markdown)
    );
  } catch (error2) {
    commentFailure = error2;
  }
  const problem = commentFailure === void 0 ? void 0 : `the pull-request comment could not be written (${errorText(commentFailure)})`;
  await publish(readOnly, "the check run", async () => {
    if (await publishCheckRun(client, context2, report, markdown, problem) === "unchanged")
      info(
        "accessctl: the check run on this head commit already says this; not written again"
      );
  });
  if (readOnly.length > 0)
    warning(
      `The token may not write ${readOnly.join(" or ")} (403), as for a pull request from a fork; the report is in this job\u2019s summary.`
    );
  if (problem !== void 0) {
    await summary.addRaw(`
**Not published:** ${escape(problem)}; the check fails.
`).write();
    throw commentFailure;
  }
  if (report.verdict === "fail")
    setFailed(
      `accessctl: ${report.denied} error(s) block this access request; see the pull-request comment or the job summary for what to do next`
    );
  else info(`accessctl: the access request passes with ${report.warnings} warning(s)`);
}
async function publish(readOnly, what, write) {
  try {
    await write();
  } catch (error2) {
    if (error2 instanceof GitHubError && error2.status === 403 && error2.rateLimitReset === void 0 && !/rate limit/i.test(error2.githubMessage ?? "")) {
      readOnly.push(what);
      return;
    }
    throw error2;
  }
}
async function publishCheckRun(client, context2, report, markdown, problem) {
  const passes = report.verdict === "pass" && problem === void 0;
  const conclusion = passes ? "success" : "failure";
  const { annotations } = planAnnotations(report.findings);
  const body = truncate(markdown.replace(`${COMMENT_MARKER}
`, ""), DIGEST_ROOM);
  const output = {
    title: problem !== void 0 ? `Not published in full: ${problem}`.slice(0, 255) : report.verdict === "pass" ? `Passes with ${report.warnings} warning(s)` : `${report.denied} error(s), ${report.warnings} warning(s)`,
    summary: `${body}
${digestMarker(conclusion, annotations)}
`
  };
  const target = { owner: context2.owner, repo: context2.repo };
  const headSha = report.pullRequest.headSha;
  const existing = await latestCheckRuns(client, target, headSha, CHECK_NAME);
  const latest = existing.reduce(
    (newest, run3) => newest === void 0 || run3.id > newest.id ? run3 : newest,
    void 0
  );
  if (latest !== void 0 && latest.status === "completed" && latest.conclusion === conclusion && latest.output.title === output.title && latest.output.summary === output.summary && latest.output.annotations_count === annotations.length)
    return "unchanged";
  const [first = [], ...rest] = batches(annotations);
  const run2 = await createCompletedCheckRun(client, target, {
    name: CHECK_NAME,
    headSha,
    conclusion,
    output: { ...output, annotations: first }
  });
  for (const more of rest)
    await updateCheckRun(client, target, run2, { ...output, annotations: more });
  return "created";
}
var DIGEST_ROOM = 200;
function digestMarker(conclusion, annotations) {
  const digest = createHash("sha256").update(JSON.stringify({ conclusion, annotations })).digest("hex");
  return `<!-- accessctl:check-run sha256:${digest} -->`;
}
async function publishComment(client, context2, number, markdown) {
  const target = { owner: context2.owner, repo: context2.repo };
  const body = truncate(markdown);
  const self = await ownIdentity(client);
  const own = async () => (await listComments(client, target, number)).filter((c) => c.body?.startsWith(COMMENT_MARKER) === true && writtenBy(self, c.user)).sort((a, b) => a.id - b.id);
  let mine = await own();
  if (mine.length === 0) {
    try {
      await createComment(client, target, number, body);
    } catch (error2) {
      if (!(await own()).some((c) => c.body === body)) throw error2;
    }
    mine = await own();
  }
  const [keep, ...extra] = mine;
  if (keep !== void 0 && keep.body !== body) await updateComment(client, target, keep.id, body);
  for (const comment of extra) await deleteComment(client, target, comment.id);
}
function errorText(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
function truncate(text, reserve = 0) {
  const room = MAX_BODY - reserve;
  return text.length <= room ? text : `${text.slice(0, room)}

\u2026 (cut at GitHub's size limit; the full report is in the job summary and the report-json output)
`;
}

// src/action/provision-evidence.ts
import { join as join6 } from "node:path";
function actionEvidence(client, context2, log) {
  const key = process.env.ACCESSCTL_EVIDENCE_KEY ?? "";
  if (key !== "") setSecret(key);
  const at = { client, owner: context2.owner, repo: context2.repo };
  return {
    store: "file" in log ? new FileStore(join6(context2.workspace, log.file)) : new BranchStore({ ...at, branch: log.branch }),
    anchor: at,
    repository: `${context2.owner}/${context2.repo}`,
    ...key === "" ? {} : { key }
  };
}
function reportEvidence(outcome) {
  if (outcome === void 0) return;
  for (const r of outcome.recovered)
    warning(
      `accessctl: an earlier run stopped during "${r.intent.operation}" (${r.intent.mergeCommit.slice(0, 12)}): ${r.result === void 0 ? "" : `recorded as ${r.result}: `}${r.message}`
    );
  if (outcome.written > 0)
    info(
      `Evidence: ${outcome.written} record(s) appended to ${outcome.log}; ${outcome.records} in all, chain head ${outcome.head}`
    );
  if (outcome.problem !== void 0) warning(`accessctl: ${outcome.problem}`);
}

// src/action/provision.ts
var NO_COMMIT = /^0+$/;
async function runProvisionAction(inputs) {
  const context2 = readRunContext();
  const push = defaultBranchPush(context2, "provision", "nothing to provision", info);
  if (push === void 0) return;
  const { before, after } = push;
  if (before === void 0 || after === void 0 || NO_COMMIT.test(before))
    throw new Error(
      "the push event names no previous commit (a new branch), so there is no merge to provision; run `accessctl provision --from <last provisioned commit> --to HEAD` once by hand"
    );
  const to = await tipNow(
    createGitHubClient({ token: inputs.token, log: actionLogger }),
    context2,
    push.branch,
    after
  );
  const config = await readConfigAt(context2.workspace, to);
  const client = createGitHubClient({
    token: inputs.token,
    log: actionLogger,
    configuredWriteSpacingMs: config.github.writeSpacingMs
  });
  const { dryRun, maxRemovals } = inputs;
  const lookup = dryRun ? { review: {} } : await lookUpMergeReview(client, `${context2.owner}/${context2.repo}`, context2.workspace, to);
  if (lookup.note !== void 0) warning(`accessctl provision: ${lookup.note}`);
  const result = await runProvision({
    repo: context2.workspace,
    from: before,
    to,
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    now: inputs.now,
    provisioners: createProvisioners(config, process.env, {
      githubClient: client,
      org: context2.owner,
      cwd: context2.workspace,
      repository: `${context2.owner}/${context2.repo}`,
      manualIssue
    }),
    dryRun,
    lookup: pullRequestLookup(client, `${context2.owner}/${context2.repo}`),
    allowUnapproved: inputs.allowUnapproved,
    review: lookup.review,
    force: inputs.force,
    maxRemovals,
    progress: (line) => info(`accessctl provision: ${line}`),
    evidence: actionEvidence(client, context2, inputs.evidenceLog)
  });
  const text = formatProvisionText(result, maxRemovals);
  logText(text.trimEnd());
  reportEvidence(result.evidence);
  setOutput("provision-json", JSON.stringify(result));
  await summary.addHeading("accessctl provision", 2).addRaw(preformatted(text)).write();
  if (!result.ok)
    setFailed(
      result.blocked ?? "accessctl provision: some operations failed or grants were refused (see the table); fix the cause and re-run the job: operations already applied are not repeated"
    );
}
async function tipNow(client, context2, branch, pushed) {
  let tip;
  try {
    tip = await branchTip(client, { owner: context2.owner, repo: context2.repo }, branch);
  } catch (error2) {
    throw new Error(
      `cannot read where ${branch} points now (${error2 instanceof Error ? error2.message : String(error2)}), so nothing is provisioned: a run for an older push must not undo a later one; re-run the job`,
      { cause: error2 }
    );
  }
  if (tip === pushed) return tip;
  notice(
    `accessctl provision: ${branch} has moved on from this push's ${pushed.slice(0, 12)} to ${tip.slice(0, 12)} (a later push, or a re-run of an older job), so this run provisions up to ${tip.slice(0, 12)}: the systems end as the branch is now`
  );
  if (!await hasCommit(context2.workspace, tip))
    await fetchCommit(context2.workspace, "origin", tip, { history: true });
  return tip;
}

// src/report/reconcile/markdown.ts
function formatReconcileMarkdown(result, maxRemovals) {
  const { plan } = result;
  const lines = [`## accessctl reconcile`, "", `${escape(headline(result, maxRemovals))}.`, ""];
  const rows = driftRows(result);
  if (rows.length === 0) lines.push("No drift: every system matches the repository.", "");
  else {
    lines.push(
      "| status | drift | access | grant | wants | holds | action |",
      "| --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const r of rows)
      lines.push(
        `| ${[r.status, r.drift, r.access, r.grant, r.wants, r.holds, r.action].map(cell).join(" | ")} |`
      );
    lines.push("");
  }
  const section = (title, items) => {
    if (items.length === 0) return;
    lines.push(`**${title}**`, "", ...items.map((item) => `- ${cell(item)}`), "");
  };
  section(
    "Refused (never provisioned, access left as it is)",
    plan.refused.map((r) => `${r.grantId}: ${r.reasons.join("; ")}`)
  );
  section(
    "Not provisioned (no provisioner can carry them out)",
    plan.skipped.map((s) => `${s.grantId}: ${s.reasons.join("; ")}`)
  );
  section(
    "Could not read",
    plan.unreadable.map((u) => `${u.grantId === "" ? u.label : u.grantId}: ${u.message}`)
  );
  section(
    "Not listed (unmanaged access not looked for)",
    plan.unlisted.map((u) => `${u.resource}: ${u.reason}`)
  );
  section("Late manual changes (open longer than manual.slaDays)", lateLines(plan));
  section(
    "Past their approved end (a change that did not pass the gate moved the end later, or added the grant)",
    pastEndLines(plan)
  );
  section("Notes", plan.notes);
  lines.push(escape(closing(result, "apply: true")), "");
  return lines.join("\n");
}

// src/action/reconcile.ts
var EVENTS3 = ["schedule", "workflow_dispatch"];
async function runReconcileAction(inputs) {
  const context2 = readRunContext();
  if (!EVENTS3.includes(context2.eventName))
    throw new Error(
      `command "reconcile" runs on schedule and workflow_dispatch; this run was started by "${context2.eventName}" (see docs/provision.md)`
    );
  const { apply, maxRemovals } = inputs;
  const config = await readConfigAt(context2.workspace, "HEAD");
  const client = createGitHubClient({
    token: inputs.token,
    log: actionLogger,
    configuredWriteSpacingMs: config.github.writeSpacingMs
  });
  const result = await runReconcile({
    repo: context2.workspace,
    ref: "HEAD",
    accessDir: inputs.accessDir,
    policiesDir: inputs.policiesDir,
    now: inputs.now,
    provisioners: createProvisioners(config, process.env, {
      org: context2.owner,
      githubClient: client,
      cwd: context2.workspace,
      repository: `${context2.owner}/${context2.repo}`,
      manualIssue
    }),
    apply,
    force: inputs.force,
    maxRemovals,
    progress: (line) => info(`accessctl reconcile: ${line}`),
    evidence: actionEvidence(client, context2, inputs.evidenceLog),
    lookup: pullRequestLookup(client, `${context2.owner}/${context2.repo}`),
    allowUnapproved: inputs.allowUnapproved,
    // a scheduled or dispatched run of the default branch: its git folder is its own
    keepPasses: true,
    ...inputs.judgeUntil === void 0 ? {} : { judgeUntil: inputs.judgeUntil }
  });
  logText(formatReconcileText(result, maxRemovals, "apply: true").trimEnd());
  reportEvidence(result.evidence);
  const repaired = result.operations.filter((o) => o.status === "applied").length;
  setOutput("drift", String(result.plan.drift.length));
  setOutput("repaired", String(repaired));
  setOutput("reconcile-json", JSON.stringify(result));
  await summary.addRaw(formatReconcileMarkdown(result, maxRemovals)).write();
  if (!result.ok)
    setFailed(
      result.blocked ?? `accessctl reconcile: ${result.plan.drift.length} drift(s), ${repaired} repaired; ` + (apply ? "what is left needs a grant, prune: true in accessctl.yaml, or a fix of the failure shown in the table" : "set the input apply: true to repair it, or add grants for access the repository should keep")
    );
}

// src/action/snapshot.ts
async function runSnapshotAction(inputs) {
  const context2 = readRunContext();
  const push = defaultBranchPush(context2, "snapshot", "nothing to save", info);
  if (push === void 0) return;
  const { after } = push;
  if (after === void 0) throw new Error('the push event names no pushed commit ("after")');
  if (inputs.key.trim() === "")
    throw new Error(
      'input "snapshot-key" is empty; pass the Ed25519 private key (PEM) from a secret of an Environment limited to the default branch (docs/pr-check.md, "Base snapshots")'
    );
  const warn = (message) => warning(`accessctl snapshot: ${message}`);
  let saved;
  try {
    saved = await saveSnapshot({
      tree: {
        repo: context2.workspace,
        accessDir: inputs.accessDir,
        policiesDir: inputs.policiesDir
      },
      commit: after,
      key: inputs.key,
      lookup: pullRequestLookup(
        createGitHubClient({ token: inputs.token, log: actionLogger }),
        `${context2.owner}/${context2.repo}`
      ),
      warn
    });
  } catch (error2) {
    if (error2 instanceof SnapshotKeyError)
      throw new Error(`input "snapshot-key": ${error2.message}`, { cause: error2 });
    throw error2;
  }
  info(
    `accessctl snapshot: wrote ${saved.file}: ${saved.files} parsed files of ${after.slice(0, 7)} (${Math.ceil(saved.bytes / 1024)} KiB)`
  );
  const notStanding = notStandingWarning(after, saved.rules);
  if (notStanding !== void 0) warn(notStanding);
  setOutput("snapshot-path", saved.file);
}

// src/action/sync-identities.ts
import { existsSync as existsSync5, readFileSync as readFileSync4 } from "node:fs";
import { join as join8, relative as relative2 } from "node:path";

// src/workflows/sync-identities/pull-request.ts
import { existsSync as existsSync4, readFileSync as readFileSync3, realpathSync } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join7, relative, resolve, sep } from "node:path";
var SYNC_BRANCH = "accessctl/sync-identities";
var SYNC_LABEL = "accessctl:sync-identities";
var EVENTS4 = ["schedule", "workflow_dispatch", "repository_dispatch"];
async function syncIdentitiesOnGitHub(options) {
  if (!EVENTS4.includes(options.event))
    throw new Error(
      `command "sync-identities" runs on schedule, workflow_dispatch and repository_dispatch; this run was started by "${options.event}"`
    );
  const source = hrSource(options);
  const result = await runSyncIdentities({
    accessDir: options.accessDir,
    from: source.path,
    ...source.text === void 0 ? {} : { text: source.text },
    write: false
  });
  if (result.findings.length > 0) return { ...result, source: source.path };
  const { client, repository } = options.github;
  if (result.files.length === 0) {
    const closed = await closeBotPullRequest(
      client,
      repository,
      { branch: SYNC_BRANCH, label: SYNC_LABEL, run: "the identity sync" },
      "The identity sync found identities/ already in line with the latest HR file. Closing this pull request, so that merging it cannot apply an older state of HR."
    );
    return {
      ...result,
      source: source.path,
      ...closed === void 0 ? {} : { closedPullRequest: closed }
    };
  }
  const root = repositoryRoot(options.accessDir);
  const real = realpathSync(options.accessDir);
  const pathOf = (file) => relative(root, join7(real, relative(resolve(options.accessDir), resolve(file)))).split(sep).join("/");
  const edits = result.files.map((f) => ({ ...f, path: pathOf(f.file), removals: [] }));
  const config = readConfig(options.accessDir);
  const pullRequest = await publishBotPullRequest(client, repository, edits, {
    branch: SYNC_BRANCH,
    label: SYNC_LABEL,
    title: `Sync identities from HR: ${result.changes.length} change(s)`,
    body: pullRequestBody(result, source.path),
    message: `Sync identities from HR

${result.changes.map((c) => `- ${c}`).join("\n")}
`,
    owners: config,
    run: "the identity sync"
  });
  return { ...result, source: source.path, pullRequest };
}
function hrSource(options) {
  const payload = options.event === "repository_dispatch" && isObject(options.payload) && isObject(options.payload.client_payload) ? options.payload.client_payload : {};
  if (typeof payload.content === "string") {
    const name = typeof payload.name === "string" && /^[\w.-]+\.(?:csv|json)$/.test(payload.name) ? payload.name : "hr-export";
    return { path: join7(options.workspace, `client_payload.${name}`), text: payload.content };
  }
  const given = typeof payload.path === "string" ? payload.path : options.from;
  if (given === "")
    throw new Error(
      'no HR file: set the input "from" to its path, or send it in the repository_dispatch payload (client_payload.content or client_payload.path)'
    );
  const path = resolve(options.workspace, given);
  const inside = (p) => p === options.workspace || p.startsWith(options.workspace + sep);
  if (isAbsolute(given) || !inside(path) || existsSync4(path) && !inside(realpathSync(path)))
    throw new Error(
      `HR file "${given}" is outside the workspace; name a file of the checked-out repository`
    );
  return { path };
}
function pullRequestBody(result, source) {
  return [
    "<!-- accessctl:sync-identities -->",
    `The identity sync read the HR file \`${source.split(sep).pop() ?? source}\` and proposes:`,
    "",
    ...result.changes.map((c) => `- ${code(c)}`),
    ...result.removedGrants.length > 0 ? [
      "",
      `Grants removed because their subject left: ${result.removedGrants.map((g) => `\`${g}\``).join(", ")}.`
    ] : [],
    "",
    "It changes identities/, so a policy owner approves it. This pull request is rewritten by every run."
  ].join("\n") + "\n";
}
function readConfig(accessDir) {
  const file = join7(dirname2(resolve(accessDir)), CONFIG_FILE);
  if (!existsSync4(file)) return [];
  return parseConfig(file, readFileSync3(file, "utf8")).policyOwners;
}
function repositoryRoot(accessDir) {
  return repositoryTopSync(accessDir) ?? dirname2(realpathSync(accessDir));
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/report/sync-identities/text.ts
function formatSyncText(result) {
  const lines = [];
  for (const f of result.findings)
    lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
  if (result.findings.length > 0) lines.push("nothing was changed");
  else if (result.files.length === 0)
    lines.push("identities/ already matches the HR file: nothing to change");
  else {
    lines.push(
      ...result.changes,
      ...result.removedGrants.map((g) => `grant ${g} removed: its subject left`)
    );
    if (result.pullRequest !== void 0)
      lines.push(
        `pull request #${result.pullRequest.number} ${result.pullRequest.action}: ${result.pullRequest.url}`
      );
  }
  return lines.join("\n") + "\n";
}

// src/action/sync-identities.ts
async function runSyncIdentitiesAction(inputs) {
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (owner === "" || repo === "")
    throw new Error(
      "GITHUB_REPOSITORY is not OWNER/REPO; run accessctl as a step of a GitHub Actions job"
    );
  const eventPath = process.env.GITHUB_EVENT_PATH;
  const payload = eventPath !== void 0 && existsSync5(eventPath) ? JSON.parse(readFileSync4(eventPath, "utf8")) : {};
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const result = await syncIdentitiesOnGitHub({
    accessDir: join8(workspace, inputs.accessDir),
    workspace,
    event: process.env.GITHUB_EVENT_NAME ?? "",
    payload,
    from: inputs.from,
    github: {
      client: createGitHubClient({ token: inputs.token, log: actionLogger }),
      repository: { owner, repo }
    }
  });
  const text = formatSyncText(result);
  logText(text.trimEnd());
  setOutput(
    "pull-request",
    result.pullRequest === void 0 ? "" : String(result.pullRequest.number)
  );
  await summary.addHeading("accessctl sync-identities", 2).addRaw(preformatted(text)).write();
  for (const f of result.findings)
    error(f.message, {
      file: relative2(workspace, f.file),
      startLine: f.line,
      startColumn: f.column
    });
  if (result.findings.length > 0)
    setFailed(
      `accessctl sync-identities: ${result.findings.length} problem(s) in the HR file ${result.source}; nothing was changed (see the annotations)`
    );
}

// src/action/dispatch.ts
async function dispatch(inputs) {
  switch (inputs.command) {
    case "check":
      return runPullRequestCheck(inputs);
    case "expire":
      return runExpireAction(inputs);
    case "provision":
      return runProvisionAction(inputs);
    case "reconcile":
      return runReconcileAction(inputs);
    case "evidence":
      return runEvidenceAction(inputs);
    case "sync-identities":
      return runSyncIdentitiesAction(inputs);
    case "snapshot":
      return runSnapshotAction(inputs);
  }
}

// src/action/inputs.ts
var ACTION_COMMANDS = [
  "check",
  "provision",
  "reconcile",
  "expire",
  "evidence",
  "sync-identities",
  "snapshot"
];
function readInputs() {
  const command = getInput("command", { required: true });
  if (!ACTION_COMMANDS.includes(command)) {
    throw new Error(
      `input "command" is "${command}"; it must be one of ${ACTION_COMMANDS.join(", ")}`
    );
  }
  const common = {
    accessDir: getInput("access-dir") || "access",
    policiesDir: getInput("policies-dir") || "policies",
    token: getInput("token")
  };
  switch (command) {
    case "check":
      return { command: "check", ...common };
    case "provision":
      return {
        command: "provision",
        ...common,
        ...applyInputs(),
        dryRun: booleanInput("dry-run")
      };
    case "reconcile":
      return {
        command: "reconcile",
        ...common,
        ...applyInputs(),
        apply: booleanInput("apply"),
        ...judgeUntil()
      };
    case "expire": {
      const mode = expireMode();
      const warnDays = parsed("warn-days", parseWarnDays);
      return {
        command: "expire",
        ...common,
        now: parsed("now", parseNow),
        ...mode === void 0 ? {} : { mode },
        ...warnDays === void 0 ? {} : { warnDays },
        ...judgeUntil()
      };
    }
    case "evidence": {
      const since = parsed("since", (value) => parseWindowBound(value, "start"));
      const until = parsed("until", (value) => parseWindowBound(value, "end"));
      return {
        command: "evidence",
        ...common,
        now: parsed("now", parseNow),
        ...since === void 0 ? {} : { since },
        ...until === void 0 ? {} : { until },
        evidenceLog: evidenceLog()
      };
    }
    case "sync-identities":
      return { command: "sync-identities", ...common, from: getInput("from") };
    case "snapshot": {
      const key = getInput("snapshot-key");
      for (const line of key.split("\n")) if (line.trim() !== "") setSecret(line.trim());
      return { command: "snapshot", ...common, key };
    }
  }
}
function applyInputs() {
  return {
    now: parsed("now", parseNow),
    maxRemovals: parsed("max-removals", parseMaxRemovals),
    force: booleanInput("force"),
    allowUnapproved: booleanInput("allow-unapproved"),
    evidenceLog: evidenceLog()
  };
}
function judgeUntil() {
  const minutes = parsed("judge-minutes", parseJudgeMinutes);
  return minutes === void 0 ? {} : { judgeUntil: Date.now() + minutes };
}
function evidenceLog() {
  const file = getInput("evidence-file");
  if (file !== "") return { file };
  return { branch: getInput("evidence-branch") || DEFAULT_EVIDENCE_BRANCH };
}
function expireMode() {
  const mode = getInput("mode");
  if (mode === "") return void 0;
  if (!EXPIRE_MODES.includes(mode))
    throw new Error(`input "mode" is "${mode}"; it must be one of ${EXPIRE_MODES.join(", ")}`);
  return mode;
}
function booleanInput(name) {
  const value = getInput(name);
  if (value === "") return false;
  try {
    return getBooleanInput(name);
  } catch (error2) {
    throw new Error(`input "${name}" is "${value}"; it must be true or false`, { cause: error2 });
  }
}
function parsed(name, parse) {
  try {
    return parse(getInput(name));
  } catch (error2) {
    if (error2 instanceof OptionValueError)
      throw new Error(`input "${name}": ${error2.message}`, { cause: error2 });
    throw error2;
  }
}

// src/main.ts
async function run() {
  try {
    const inputs = readInputs();
    setSecret(inputs.token);
    await dispatch(inputs);
  } catch (error2) {
    setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}

// src/index.ts
await run();
