#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  WorkingTreeSnapshot,
  addLatency,
  addMoment,
  analyzeExperiment,
  applyDecision,
  applyRollout,
  assemblePromptReport,
  defaultConfig,
  displayVersion,
  emptySamples,
  errorReport,
  evaluate,
  exitCodeFor,
  experimentCommand,
  failedCallsWarning,
  formatHistory,
  formatHistoryJson,
  gitRepository,
  listenForInterrupts,
  loadConfig,
  loadProject,
  parseShard,
  parseWeight,
  promote,
  promptReasons,
  readLockFile,
  readReportFile,
  renderAnalysis,
  reportTargets,
  resolveActor,
  runReleaseCommand,
  shortHash,
  singleId,
  stringOption,
  updateLockFile,
  writeFileAtomically,
  writeOutput,
  writeReportFiles
} from "./chunk-UYMJ7BZD.js";
import "./chunk-QWIFDZSH.js";
import "./chunk-NDRPIACG.js";
import "./chunk-53TPHBIN.js";
import {
  REPORT_SCHEMA_VERSION,
  reportJson
} from "./chunk-MPPY5SIS.js";
import {
  helpText
} from "./chunk-S6ZIHPZY.js";
import {
  RELEASE_USAGE,
  TOOL_VERSION,
  reportFormats
} from "./chunk-OQU3PNSX.js";
import {
  cohortsOf,
  entryFor
} from "./chunk-JCU7XLQ4.js";
import {
  PRODUCTION,
  byCodeUnit,
  environmentPrompts,
  environmentStatus,
  environmentsOf,
  findInEnvironment,
  findLocked,
  git,
  gitOrThrow,
  productionEntry,
  readFileAtCommit,
  readWorkingFile,
  resolveEnvironment,
  sha256,
  versionStatus,
  withEnvironmentPrompt
} from "./chunk-CHIGXYZG.js";
import "./chunk-L7DL4HE5.js";
import "./chunk-AQUIZFRD.js";
import {
  LIFECYCLE_STATUSES,
  checkTransition,
  isLifecycleStatus
} from "./chunk-SYHBIXPY.js";
import {
  capped,
  reportNotices,
  roundsSummary
} from "./chunk-4TPEIFMN.js";
import {
  FLAKY_CASE,
  caseProblems,
  changeEvidence,
  count,
  duration,
  hasBaseline,
  headline,
  interval,
  notAppliedNote,
  notableCases,
  percent,
  plural,
  points,
  runReasons,
  score,
  shortSha,
  stdErrText,
  usd,
  verdictLabel
} from "./chunk-VF6S3Y37.js";
import {
  runReason
} from "./chunk-ECO7HHYC.js";
import {
  neutralizeWorkflowCommands
} from "./chunk-2ZEMAEG7.js";
import {
  FAIL_ON_HELP,
  parseFailOn,
  worstVerdict
} from "./chunk-B3M2E42Y.js";
import {
  ConfigError,
  UsageError,
  getErrorMessage
} from "./chunk-WQAX2RUL.js";
import "./chunk-NM3O7CPD.js";

// src/cli.ts
import { isAbsolute, join as join3, relative, resolve as resolve2, sep } from "node:path";
import { parseArgs } from "node:util";

// src/report/merge.ts
function mergeReports(reports, policy = defaultConfig().gate) {
  const [first] = reports;
  if (!first) throw new UsageError("nothing to merge: give one or more JSON reports");
  checkCompatible(reports);
  const prompts = mergePrompts(reports, policy);
  const missing = missingShards(reports);
  const runLevel = reports.flatMap(runReasons);
  const extra = uniqueReasons(
    runLevel.filter((r) => prompts.length === 0 || r.code !== "nothing-to-evaluate")
  );
  const verdicts = [
    ...prompts.map((p) => p.verdict),
    ...reports.map(runLevelVerdict),
    ...missing.length > 0 ? ["error"] : []
  ];
  const warnings = unique(reports.flatMap((r) => r.warnings ?? []));
  const notEvaluated = [
    ...new Map(reports.flatMap((r) => r.notEvaluated ?? []).map((p) => [p.id, p])).values()
  ];
  const runErrors = reports.reduce(
    (sum, r) => sum + r.errors - r.prompts.reduce((s, p) => s + p.errors, 0),
    0
  );
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: first.tool,
    mode: first.mode,
    verdict: worstVerdict(verdicts),
    failOn: [...policy.failOn],
    reasons: [
      ...promptReasons(prompts),
      ...extra,
      ...missing.length > 0 ? [
        runReason(
          "missing-shards",
          `missing shard results: ${missing.join(", ")} of ${first.shard?.total ?? 0}; the verdict is incomplete`
        )
      ] : []
    ],
    generatedAt: reports.map((r) => r.generatedAt).reduce((a, b) => b > a ? b : a),
    ...first.base ? { base: first.base } : {},
    ...first.head ? { head: first.head } : {},
    prompts,
    usage: sumUsage(reports.map((r) => r.usage)),
    errors: prompts.reduce((sum, p) => sum + p.errors, 0) + Math.max(0, runErrors),
    ...warnings.length > 0 ? { warnings } : {},
    ...notEvaluated.length > 0 ? { notEvaluated } : {}
  };
}
function checkCompatible(reports) {
  const modes = unique(reports.map((r) => r.mode));
  if (modes.length > 1) throw new UsageError(`cannot merge reports of different modes (${modes.join(", ")})`);
  for (const key of ["base", "head"]) {
    const shas = unique(reports.flatMap((r) => r[key] ? [r[key].sha] : []));
    if (shas.length > 1)
      throw new UsageError(`cannot merge reports of different ${key} commits (${shas.join(", ")})`);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const r of reports) {
    if (!r.shard) continue;
    if (seen.has(r.shard.index))
      throw new UsageError(`shard ${r.shard.index}/${r.shard.total} is given more than once`);
    seen.add(r.shard.index);
  }
}
function missingShards(reports) {
  const total = Math.max(0, ...reports.map((r) => r.shard?.total ?? 0));
  const present = new Set(reports.flatMap((r) => r.shard ? [r.shard.index] : []));
  if (total === 0) return [];
  return Array.from({ length: total }, (_, i) => i + 1).filter((i) => !present.has(i));
}
function mergePrompts(reports, policy) {
  const groups = /* @__PURE__ */ new Map();
  for (const prompt of reports.flatMap((r) => r.prompts)) {
    groups.set(prompt.id, [...groups.get(prompt.id) ?? [], prompt]);
  }
  return [...groups.values()].map(
    (parts) => parts.length === 1 && parts[0] ? parts[0] : recompute(parts, policy)
  );
}
function recompute(parts, policy) {
  const [first] = parts;
  if (!first) throw new Error("recompute needs at least one part");
  if (parts.some((p) => p.adaptive))
    throw new UsageError(
      `prompt ${first.id} ran with repeat: auto in more than one report; its rounds cannot be combined (run it in one shard)`
    );
  const ids = /* @__PURE__ */ new Set();
  for (const c of parts.flatMap((p) => p.cases)) {
    if (ids.has(c.id))
      throw new UsageError(
        `prompt ${first.id}: case ${c.id} appears in more than one report (overlapping shards?)`
      );
    ids.add(c.id);
  }
  const metrics = /* @__PURE__ */ new Map();
  for (const m of parts.flatMap((p) => p.metrics)) {
    if (!metrics.has(m.name))
      metrics.set(m.name, { name: m.name, type: m.type, kind: m.pairwise ? "pairwise" : "single" });
  }
  return assemblePromptReport(
    {
      id: first.id,
      path: first.path,
      ...first.previousPath !== void 0 ? { previousPath: first.previousPath } : {},
      status: first.status,
      model: first.model,
      // One shard on the offline stand-in makes the whole evaluation a stand-in's.
      offline: parts.some((p) => p.offline === true),
      threshold: Math.max(...parts.map((p) => p.threshold)),
      version: first.version,
      promptTokens: first.promptTokens,
      metrics: [...metrics.values()],
      sides: {
        baseline: parts.some((p) => p.usage.baseline !== void 0),
        candidate: parts.some((p) => p.usage.candidate !== void 0)
      },
      cases: parts.flatMap((p) => p.cases),
      setupErrors: parts.reduce(
        (all, p) => ({ ...all, ...p.setupErrors }),
        {}
      )
    },
    policy
  );
}
function runLevelVerdict(report) {
  const fromPrompts = worstVerdict(report.prompts.map((p) => p.verdict));
  return worstVerdict([fromPrompts, report.verdict]) === fromPrompts ? "pass" : report.verdict;
}
function sumUsage(all) {
  return {
    ...sumBuckets(all),
    judge: sumBuckets(all.map((u) => u.judge)),
    budgetExhausted: all.some((u) => u.budgetExhausted)
  };
}
function sumBuckets(all) {
  const add = (pick) => all.reduce((sum, u) => sum + pick(u), 0);
  const calls = add((u) => u.calls);
  const weighted = (pick) => calls > 0 ? add((u) => pick(u) * u.calls) / calls : 0;
  return {
    calls,
    cachedCalls: add((u) => u.cachedCalls),
    errors: add((u) => u.errors),
    inputTokens: add((u) => u.inputTokens),
    outputTokens: add((u) => u.outputTokens),
    costUsd: add((u) => u.costUsd),
    latencyMs: { p50: weighted((u) => u.latencyMs.p50), p95: weighted((u) => u.latencyMs.p95) }
  };
}
function uniqueReasons(reasons) {
  const seen = /* @__PURE__ */ new Set();
  return reasons.filter((r) => {
    const key = `${r.code}\0${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function unique(values) {
  return [...new Set(values)];
}

// src/report/terminal.ts
var MAX_CASES = 10;
var MAX_NOTICES = 20;
var SYMBOL = { pass: "\u2714", skipped: "\u25CB", inconclusive: "?", fail: "\u2716", error: "\u26A0" };
function paint(color) {
  const wrap2 = (code, text) => color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const codes = {
    pass: "32",
    skipped: "2",
    inconclusive: "36",
    fail: "31",
    error: "33"
  };
  return {
    verdict: (v, text) => wrap2(codes[v], text),
    bold: (text) => wrap2("1", text),
    dim: (text) => wrap2("2", text)
  };
}
function renderTerminal(report, options) {
  const p = paint(options.color);
  const width = Math.max(40, options.width ?? 100);
  const fit = fitter(width, options.color);
  const lines = [];
  const refs = report.base && report.head ? ` \xB7 ${report.base.ref} (${shortSha(report.base.sha)}) -> ${report.head.ref} (${shortSha(report.head.sha)})` : "";
  lines.push(
    p.dim(
      `promptgate ${report.mode}${refs}${report.shard ? ` \xB7 shard ${report.shard.index}/${report.shard.total}` : ""}`
    ),
    ""
  );
  for (const prompt of report.prompts) lines.push(...promptBlock(prompt, p, fit, width), "");
  const notices = reportNotices(report);
  for (const line of capped(notices.notEvaluated, MAX_NOTICES))
    lines.push(...wrap(`\u25CB ${clean(line)}`, width, "", "  "));
  for (const warning of capped(notices.warnings, MAX_NOTICES))
    lines.push(...wrap(p.verdict("error", `warning: ${clean(warning)}`), width, "", "  "));
  if (notices.notEvaluated.length + notices.warnings.length > 0) lines.push("");
  for (const reason of runReasons(report))
    lines.push(...wrap(`note: ${clean(reason.message)}`, width, "", "  "));
  const untrusted = notAppliedNote(report);
  if (untrusted) lines.push(...wrap(`note: ${clean(untrusted)}`, width, "", "  "));
  lines.push(...totals(report, p, width));
  return `${lines.join("\n")}
`;
}
function fitter(width, color) {
  return (line) => {
    if ([...line.replace(ANSI, "")].length <= width) return line;
    let out = "";
    let shown = 0;
    for (const token of line.match(ANSI_OR_CHARACTER) ?? []) {
      if (token.startsWith("\x1B")) out += token;
      else if (shown++ < width - 1) out += token;
    }
    return `${out}\u2026${color ? "\x1B[0m" : ""}`;
  };
}
var ANSI = /\u001b\[[0-9;]*m/g;
var ANSI_OR_CHARACTER = /\u001b\[[0-9;]*m|[\s\S]/gu;
function clean(text) {
  return text.replace(/\r\n?|\n|\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}
function promptBlock(prompt, p, fit, width) {
  const label = p.verdict(prompt.verdict, `${SYMBOL[prompt.verdict]} ${verdictLabel(prompt.verdict)}`);
  const version = prompt.version.candidate ?? prompt.version.baseline;
  const { notBumped, suggestedBump } = prompt.version;
  const suggestion = suggestedBump ? `suggest ${suggestedBump}` : "";
  const bump = notBumped ? ` (not bumped${suggestion ? `, ${suggestion}` : ""})` : suggestion ? ` (${suggestion})` : "";
  const lines = [
    fit(
      `${label}  ${p.bold(clean(prompt.id))}  (${prompt.status})${version ? `  v${clean(version)}${bump}` : ""}`
    ),
    fit(p.dim(`  ${clean(prompt.path)} \xB7 ${clean(prompt.model)}`))
  ];
  if (prompt.status !== "removed" && prompt.metrics.length > 0) {
    lines.push(...metricTable(prompt, p).map((l) => `  ${l}`));
  }
  if (prompt.reasons.length > 0) {
    lines.push(
      "  why:",
      ...prompt.reasons.flatMap((r) => wrap(`- ${clean(r.message)}`, width, "    ", "      "))
    );
  }
  const cases = notableCases(prompt);
  if (cases.length > 0) {
    const shown = cases.slice(0, MAX_CASES);
    const rows = shown.map((c) => {
      const change = c.flip ?? c.candidate?.outcome ?? "";
      const why = caseProblems(c.candidate).join("; ");
      return [`${clean(c.id)}${c.flaky ? " (flaky)" : ""}`, change, clean(why)];
    });
    lines.push(`  ${hasBaseline(prompt) ? "changed cases" : "failing cases"}:`);
    lines.push(...align(rows).map((l) => fit(`    ${l}`)));
    if (cases.length > MAX_CASES)
      lines.push(p.dim(`    \u2026and ${cases.length - MAX_CASES} more (see the JSON report)`));
    if (shown.some((c) => c.flaky))
      lines.push(...wrap(`(flaky): ${FLAKY_CASE}`, width, "    ", "    ").map((l) => p.dim(l)));
  }
  if (prompt.adaptive)
    lines.push(...wrap(roundsSummary(prompt.adaptive), width, "  ", "    ").map((l) => p.dim(l)));
  for (const side of ["baseline", "candidate"]) {
    const usage = prompt.usage[side];
    if (usage) lines.push(fit(p.dim(`  ${side} usage: ${usageText(usage)}`)));
  }
  return lines;
}
function metricTable(prompt, p) {
  const compare = hasBaseline(prompt);
  const head = compare ? ["metric", "baseline", "candidate", "delta pass rate, score [CI]", "status"] : ["metric", "pass rate [CI]", "mean \xB1 SE", "status"];
  const rows = prompt.metrics.map((m) => compare ? compareRow(m) : candidateRow(m));
  const statuses = prompt.metrics.map((m) => m.status);
  return align([head, ...rows]).map((line, i) => {
    if (i === 0) return p.dim(line);
    const status = statuses[i - 1] ?? "pass";
    const label = verdictLabel(status);
    return line.endsWith(label) ? `${line.slice(0, -label.length)}${p.verdict(status, label)}` : line;
  });
}
function compareRow(m) {
  const name = `${m.name} (${m.type})`;
  if (m.pairwise) {
    const s = m.pairwise;
    return [
      name,
      "-",
      `${s.wins}W ${s.ties}T ${s.losses}L`,
      `net ${score(s.winRate - s.lossRate, true)} [${interval(s.netCi)}]`,
      verdictLabel(m.status)
    ];
  }
  const side = (s) => s ? `${percent(s.passRate)}  ${score(s.meanScore)}` : "-";
  const d = m.delta;
  const delta = d && d.n > 0 ? `${points(d.passRate, true)}  ${score(d.meanScore, true)} [${changeEvidence(d)}]` : "-";
  return [name, side(m.baseline), side(m.candidate), delta, verdictLabel(m.status)];
}
function candidateRow(m) {
  const s = m.candidate ?? m.baseline;
  const name = `${m.name} (${m.type})`;
  if (!s) return [name, "-", "-", verdictLabel(m.status)];
  return [
    name,
    `${percent(s.passRate)} [${percent(s.passRateCi.low)}, ${percent(s.passRateCi.high)}]`,
    `${score(s.meanScore)} \xB1 ${stdErrText(s.scoreStdErr, s.n)}`,
    verdictLabel(m.status)
  ];
}
function align(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, [...cell].length));
  return rows.map(
    (row) => row.map(
      (cell, i) => i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - [...cell].length)
    ).join("  ").trimEnd()
  );
}
function usageText(u) {
  return `${plural(u.calls, "call")} (${u.cachedCalls} cached), ${count(u.inputTokens + u.outputTokens)} tokens, ${usd(u.costUsd)}, p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`;
}
function totals(report, p, width) {
  const tally = (v) => report.prompts.filter((x) => x.verdict === v).length;
  const u = report.usage;
  const summary = [
    `${plural(report.prompts.length, "prompt")}: ${[
      `${tally("pass")} passed`,
      `${tally("fail")} failed`,
      `${tally("error")} errored`,
      ...tally("inconclusive") > 0 ? [`${tally("inconclusive")} inconclusive`] : [],
      ...tally("skipped") > 0 ? [`${tally("skipped")} skipped`] : []
    ].join(", ")}`,
    `${plural(u.calls, "call")} (${u.cachedCalls} cached, ${u.errors} failed)`,
    `${count(u.inputTokens + u.outputTokens)} tokens`,
    usd(u.costUsd),
    `p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`,
    `judge: ${plural(u.judge.calls, "call")}, ${count(u.judge.inputTokens + u.judge.outputTokens)} tokens, ${usd(u.judge.costUsd)}`,
    ...u.budgetExhausted ? ["budget exhausted"] : []
  ];
  const plainLabel = `${SYMBOL[report.verdict]} ${verdictLabel(report.verdict)}`;
  const [first = "", ...rest] = wrap(`${plainLabel}  ${clean(headline(report))}`, width, "", "  ");
  return [
    p.verdict(report.verdict, p.bold(plainLabel)) + first.slice(plainLabel.length),
    ...rest,
    ...wrap(summary.join(" \xB7 "), width, "", "").map((l) => p.dim(l))
  ];
}
function wrap(text, width, first, next) {
  const lines = [];
  let line = first;
  for (const word of text.split(" ")) {
    const prefix = lines.length === 0 ? first : next;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = next + word;
    } else {
      line += (line.length > prefix.length ? " " : "") + word;
    }
  }
  lines.push(line);
  return lines;
}

// src/lifecycle/cli.ts
import { existsSync } from "node:fs";
import { join as join2 } from "node:path";

// src/lifecycle/rollback.ts
import { join } from "node:path";
async function rollback(args) {
  const current = findLocked(args.lock, args.id);
  if (!current)
    throw new UsageError(`\`${args.id}\` has no production version in the lock file: nothing to roll back`);
  if (current.rollout) {
    throw new UsageError(
      `a rollout of ${current.rollout.version} is in progress: abort it first (\`promptgate rollout ${args.id} --abort\`), which returns everyone to ${current.version}`
    );
  }
  const target = args.toVersion ? namedVersion(current, args.toVersion) : previousVersion(current);
  const status = versionStatus(args.lock, args.id, target.hash);
  if (status) checkTransition(`${args.id} ${target.version}`, status, "production");
  const paths = [target.path, ...target.partials ?? []];
  const contents = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const text = await readFileAtCommit(args.root, target.commit, path);
    if (text === void 0) {
      throw new Error(
        `cannot read ${path} at commit ${target.commit.slice(0, 7)} (version ${target.version}): fetch the full history (git fetch --unshallow --tags) and try again`
      );
    }
    contents.set(path, text);
  }
  const at = args.now.toISOString();
  const to = {
    version: target.version,
    hash: target.hash,
    // GitHub Models files are versioned by their short hash; semver means a promptgate file.
    format: target.version === shortHash(target.hash) ? "github" : "promptgate",
    path: target.path,
    commit: target.commit,
    files: Object.fromEntries([...contents].map(([path, text]) => [path, sha256(text)])),
    promotedBy: args.actor,
    promotedAt: at
  };
  const event = {
    event: "rollback",
    version: target.version,
    hash: target.hash,
    path: target.path,
    ...target.partials?.length ? { partials: [...target.partials] } : {},
    commit: target.commit,
    actor: args.actor,
    at,
    from: current.version,
    ...args.reason?.trim() ? { reason: args.reason.trim() } : {}
  };
  const locked = { ...to, history: [...current.history, event] };
  const lock = { ...args.lock, prompts: { ...args.lock.prompts, [args.id]: locked } };
  const notes = args.restoreFile ? sharedPartialNotes(args.lock, args.id, target.partials ?? []) : [];
  if (current.path !== target.path) {
    notes.push(
      `${current.path} (the path of ${current.version}) was left in place; remove it if it is no longer used`
    );
  }
  if (!args.restoreFile) return { lock, from: productionEntry(current), to, restoredPartials: [], notes };
  const dirty = await uncommittedEdits(args.root, [...contents.keys()], current);
  if (dirty.length > 0) {
    throw new UsageError(
      `${dirty.join(", ")} ${dirty.length === 1 ? "has" : "have"} uncommitted changes that restoring would overwrite: commit or stash them first, or roll back the lock file only (--no-restore)`
    );
  }
  for (const [path, text] of contents) {
    await writeFileAtomically(join(args.root, path), text);
  }
  return {
    lock,
    from: productionEntry(current),
    to,
    restoredPath: target.path,
    restoredPartials: target.partials ?? [],
    notes
  };
}
async function uncommittedEdits(root, paths, current) {
  const dirty = [];
  for (const path of paths) {
    const working = await readWorkingFile(root, path);
    if (working === void 0 || sha256(working) === current.files[path]) continue;
    if (working !== await readFileAtCommit(root, "HEAD", path)) dirty.push(path);
  }
  return dirty;
}
function previousVersion(current) {
  const stack = [];
  for (const event of current.history.filter(changedVersion)) {
    if (event.event === "rollback") {
      const index = stack.findLastIndex((e) => e.hash === event.hash);
      if (index >= 0) {
        stack.length = index + 1;
        continue;
      }
    } else if (stack.at(-1)?.hash === event.hash) continue;
    stack.push(event);
  }
  while (stack.length > 0 && stack.at(-1)?.hash === current.hash) stack.pop();
  const previous = stack.at(-1);
  if (!previous) {
    throw new UsageError(
      `\`${current.version}\` is the first production version of this prompt: there is no earlier version to roll back to`
    );
  }
  return previous;
}
function changedVersion(event) {
  return ["promote", "forced-promote", "rollback", "rollout-complete"].includes(event.event);
}
function namedVersion(current, version) {
  const matches = (e) => e.version === version || version.length >= 7 && e.hash.startsWith(version);
  const event = current.history.filter(changedVersion).findLast(matches);
  if (!event) {
    const known = [...new Set(current.history.map((e) => e.version))].join(", ");
    throw new UsageError(
      `version \`${version}\` was never in production (production history: ${known || "empty"})`
    );
  }
  if (event.hash === current.hash)
    throw new UsageError(`version \`${current.version}\` is already in production`);
  return event;
}
function sharedPartialNotes(lock, id, partials) {
  return partials.flatMap((partial) => {
    const users = Object.entries(lock.prompts).filter(([other, p]) => other !== id && Object.hasOwn(p.files, partial)).map(([other]) => other);
    return users.length > 0 ? [`partial ${partial} is also used by ${users.join(", ")}: restoring it changes them too`] : [];
  });
}

// src/lifecycle/cli.ts
var LIFECYCLE_COMMANDS = ["promote", "rollback", "history"];
var LAST_REPORT_PATH = ".promptgate/last-report.json";
async function runLifecycleCommand(command, args, options, context) {
  const { print } = context;
  const clock = context.clock ?? (() => /* @__PURE__ */ new Date());
  const config = await loadConfig(new WorkingTreeSnapshot(context.root), options.config);
  if (command === "history") {
    const id = singleId2(args, "history");
    const lock = await readLockFile(context.root, config.lockFile);
    if (options.json === void 0) print(formatHistory(lock, id));
    else if (options.json === "-") print(formatHistoryJson(lock, id));
    else await writeOutput(options.json, formatHistoryJson(lock, id));
    return 0;
  }
  const actor = await resolveActor(context.root, context.env);
  if (command === "rollback") {
    const id = singleId2(args, "rollback");
    const result2 = await updateLockFile(context.root, config.lockFile, async (lock) => {
      const rolledBack = await rollback({
        root: context.root,
        lock,
        id,
        ...options.to ? { toVersion: options.to } : {},
        actor,
        now: clock(),
        restoreFile: !options["no-restore"]
      });
      return { lock: rolledBack.lock, result: rolledBack };
    });
    const restored = result2.restoredPath ? [result2.restoredPath, ...result2.restoredPartials] : [];
    print(
      [
        `rolled back ${args[0] ?? ""} from ${result2.from.version} to ${result2.to.version} (commit ${result2.to.commit.slice(0, 7)})`,
        ...restored.length > 0 ? [`restored ${restored.join(", ")}`] : [],
        ...result2.notes.map((n) => `note: ${n}`),
        `commit ${[config.lockFile, ...restored].join(" and ")} to make it permanent`,
        ""
      ].join("\n")
    );
    return 0;
  }
  if (command !== "promote") throw new UsageError(`unknown command \`${command}\``);
  if (options.all && args.length > 0) throw new UsageError("promote takes prompt ids or --all, not both");
  const project = await loadProject(new WorkingTreeSnapshot(context.root), config);
  const env = resolveEnvironment(options.env, config.release.environments);
  const report = await lastReport(options.report, context.root);
  const commit = (await gitOrThrow(["rev-parse", "HEAD"], context.root)).trim();
  const result = await updateLockFile(context.root, config.lockFile, async (lock) => {
    const promoted = await promote({
      env,
      root: context.root,
      lock,
      prompts: project.prompts,
      ids: options.all ? "all" : args,
      ...report,
      ...options.force !== void 0 ? { force: { reason: options.force } } : {},
      actor,
      commit,
      now: clock(),
      tag: config.promotion.tag && !options["no-tag"]
    });
    return { ...promoted.promoted.length > 0 ? { lock: promoted.lock } : {}, result: promoted };
  });
  print(
    [
      ...result.promoted.map(
        (id) => `promoted ${id} ${findInEnvironment(result.lock, env, id)?.version ?? ""}${env === PRODUCTION ? "" : ` to ${env}`}`
      ),
      ...result.tags.map((tag) => `tagged ${tag} (push it: git push origin ${tag})`),
      ...result.unchanged.map((id) => `unchanged ${id}: already in ${env}`),
      ...result.refused.map((r) => `refused ${r.id}: ${r.reason}`),
      ...result.notes.map((n) => `note: ${n}`),
      ...result.promoted.length > 0 ? [`commit ${config.lockFile} to record the promotion`] : [],
      ""
    ].join("\n")
  );
  return result.refused.length > 0 ? 1 : 0;
}
function singleId2(args, command) {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw new UsageError(`${command} takes exactly one prompt id`);
  return id;
}
async function lastReport(explicit, root) {
  if (explicit) return { report: await readReportFile(explicit) };
  const fallback = join2(root, LAST_REPORT_PATH);
  return existsSync(fallback) ? { report: await readReportFile(fallback) } : {};
}

// src/lifecycle/experiment/synthetic.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function gaussian(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
function binomial(random, n, p) {
  const v = n * p * (1 - p);
  if (v > 25) return Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(v) * gaussian(random))));
  const u = random();
  let k = 0;
  let probability = (1 - p) ** n;
  let cumulative = probability;
  while (u > cumulative && k < n) {
    probability *= (n - k) / (k + 1) * (p / (1 - p));
    cumulative += probability;
    k++;
  }
  return k;
}
function syntheticTraffic(random, variant, requests, profile) {
  const samples = emptySamples(variant);
  samples.requests = requests;
  samples.success = { n: requests, k: binomial(random, requests, profile.success) };
  samples.errors = { n: requests, k: binomial(random, requests, profile.errorRate) };
  if (profile.latencyMedianMs !== void 0) {
    for (let i = 0; i < requests; i++) {
      const ms = profile.latencyMedianMs * Math.exp(0.5 * gaussian(random));
      addMoment(samples.latency, ms);
      addLatency(samples.latencyHistogram, ms);
    }
  }
  if (profile.costUsd !== void 0) {
    for (let i = 0; i < requests; i++)
      addMoment(samples.cost, Math.max(0, profile.costUsd * (1 + 0.2 * gaussian(random))));
  }
  return samples;
}

// src/lifecycle/commands/drill.ts
var REQUESTS = 5e3;
var DRILL_CANARY = "drill-canary";
var drillCommand = {
  name: "drill",
  usage: [...RELEASE_USAGE.drill],
  options: { env: { type: "string" }, apply: { type: "boolean" }, seed: { type: "string" } },
  async run(context) {
    const id = singleId(context.args, "drill");
    const env = resolveEnvironment(stringOption(context.values, "env"), context.config.release.environments);
    const seedText = stringOption(context.values, "seed") ?? "1";
    if (!/^\d+$/.test(seedText)) throw new UsageError(`--seed must be a whole number, got \`${seedText}\``);
    const apply = context.values.apply === true;
    const lock = await readLockFile(context.root, context.config.lockFile);
    const record = findInEnvironment(lock, env, id);
    if (!record)
      throw new UsageError(`\`${id}\` has no version in ${env}: promote one before drilling its rollback`);
    if (apply && !record.rollout) {
      throw new UsageError(
        `--apply aborts a real rollout, and no rollout of \`${id}\` is in progress in ${env}`
      );
    }
    const drillLock = record.rollout ? lock : withEnvironmentPrompt(lock, env, id, {
      ...record,
      rollout: { ...productionEntry(record), version: DRILL_CANARY, weight: 10 }
    });
    const rollout = findInEnvironment(drillLock, env, id)?.rollout;
    if (!rollout) throw new Error("unreachable: the drill has a rollout");
    const random = seededRandom(Number(seedText));
    const control = syntheticTraffic(random, record.version, REQUESTS, {
      success: 0.9,
      errorRate: 5e-3,
      latencyMedianMs: 800
    });
    const canary = syntheticTraffic(random, rollout.version, REQUESTS, {
      success: 0.8,
      errorRate: 5e-3,
      latencyMedianMs: 1440
    });
    const analysis = analyzeExperiment(control, canary, context.config.release.rules);
    const actor = await resolveActor(context.root, context.env);
    const checks = [];
    checks.push({
      ok: analysis.decision === "rollback",
      text: `the analysis decides rollback (it decided ${analysis.decision})`
    });
    if (analysis.decision === "rollback") {
      const applied = applyDecision({ lock: drillLock, env, id, analysis, actor, now: context.now() });
      const after = applied && findInEnvironment(applied.lock, env, id);
      const restored = !!after && !after.rollout && after.version === record.version && after.hash === record.hash;
      checks.push({ ok: restored, text: `applying it returns every key to ${record.version}` });
      const sample = after ? entryFor(id, after, "drill-key").version : void 0;
      checks.push({
        ok: sample === record.version,
        text: `a targeting key in the canary's share resolves to ${record.version}`
      });
    }
    const passed = checks.every((c) => c.ok);
    let appliedText = "";
    if (apply && passed) {
      const summary = await updateLockFile(context.root, context.config.lockFile, (current) => {
        const result = applyDecision({ lock: current, env, id, analysis, actor, now: context.now() });
        return result ? { lock: result.lock, result: result.summary } : { result: [] };
      });
      appliedText = `applied: ${summary.join("; ")}
commit ${context.config.lockFile} (and re-export flagd flags)
`;
    }
    context.print(
      [
        `rollback drill for ${id} in ${env}${record.rollout ? "" : ` (no rollout in progress: a stand-in canary \`${DRILL_CANARY}\`)`}, ${apply ? "applied" : "dry run"}`,
        `synthetic outcomes: ${REQUESTS} requests per variant, canary success 90% -> 80%, p95 latency +80%`,
        "",
        renderAnalysis(analysis, { id, env, weight: rollout.weight }).trimEnd(),
        "",
        ...checks.map((c) => `${c.ok ? "PASS" : "FAIL"} ${c.text}`),
        passed ? "drill passed: a regressing canary is rolled back" : "drill FAILED: a regressing canary would not be rolled back; check `rules:` in promptgate.yaml",
        ""
      ].join("\n") + appliedText
    );
    return passed ? 0 : 1;
  }
};

// src/lifecycle/commands/export.ts
import { resolve } from "node:path";

// src/lifecycle/flagd.ts
var FLAGD_SCHEMA_URL = "https://flagd.dev/schema/v0/flags.json";
function flagdDocument(lock, env) {
  const prompts = environmentPrompts(lock, env);
  const ids = Object.keys(prompts).sort(byCodeUnit);
  const flags = Object.fromEntries(
    ids.map((id) => {
      const prompt = prompts[id];
      if (!prompt) throw new Error(`unreachable: ${id}`);
      const { defaultVersion, buckets } = cohortsOf(prompt);
      const versions = buckets ? buckets.map(([version]) => version) : [defaultVersion];
      const flag = {
        state: "ENABLED",
        variants: Object.fromEntries(versions.map((v) => [v, v])),
        defaultVariant: defaultVersion,
        ...buckets ? { targeting: { fractional: buckets.map(([v, w]) => [v, w]) } } : {},
        metadata: {
          environment: env,
          path: prompt.path,
          contentHash: prompt.hash,
          commit: prompt.commit,
          ...prompt.rollout ? { rolloutVersion: prompt.rollout.version, rolloutWeight: prompt.rollout.weight } : {}
        }
      };
      return [id, flag];
    })
  );
  return { $schema: FLAGD_SCHEMA_URL, flags };
}
function renderFlagd(lock, env) {
  return `${JSON.stringify(flagdDocument(lock, env), null, 2)}
`;
}

// src/lifecycle/commands/export.ts
var FORMATS = ["flagd"];
var exportCommand = {
  name: "export",
  usage: [...RELEASE_USAGE.export],
  options: { env: { type: "string" }, out: { type: "string" } },
  async run(context) {
    const [format, ...extra] = context.args;
    if (!format || extra.length > 0 || !FORMATS.includes(format)) {
      throw new UsageError(
        `export takes one format: ${FORMATS.join(", ")} (e.g. \`promptgate export flagd\`)`
      );
    }
    const env = resolveEnvironment(stringOption(context.values, "env"), context.config.release.environments);
    const text = renderFlagd(await readLockFile(context.root, context.config.lockFile), env);
    const out = stringOption(context.values, "out");
    if (out === void 0 || out === "-") context.print(text);
    else await writeOutput(resolve(context.cwd, out), text);
    return 0;
  }
};

// src/lifecycle/commands/rollout.ts
var rolloutCommand = {
  name: "rollout",
  usage: [...RELEASE_USAGE.rollout],
  options: {
    version: { type: "string" },
    weight: { type: "string" },
    abort: { type: "boolean" },
    env: { type: "string" },
    reason: { type: "string" },
    report: { type: "string" },
    force: { type: "string" }
  },
  async run(context) {
    const id = singleId(context.args, "rollout");
    const env = resolveEnvironment(stringOption(context.values, "env"), context.config.release.environments);
    const version = stringOption(context.values, "version");
    const weightText = stringOption(context.values, "weight");
    const abort = context.values.abort === true;
    if (abort && (version !== void 0 || weightText !== void 0))
      throw new UsageError("rollout --abort takes no --version or --weight");
    if (!abort && (version === void 0 || weightText === void 0))
      throw new UsageError("rollout needs --version V and --weight W (0-100), or --abort");
    const weight = abort ? void 0 : parseWeight(weightText ?? "");
    const actor = await resolveActor(context.root, context.env);
    const reason = stringOption(context.values, "reason");
    const result = await updateLockFile(
      context.root,
      context.config.lockFile,
      async (lock) => {
        let step = { kind: "abort" };
        if (weight !== void 0) {
          const source = await rolloutSource(context, lock, env, id, version ?? "");
          if ("refused" in source) return { result: source };
          step = { kind: "weight", weight, entry: source.entry };
        }
        const applied = applyRollout(
          { lock, env, id, actor, now: context.now(), ...reason ? { reason } : {} },
          step
        );
        return { lock: applied.lock, result: { summary: applied.summary } };
      }
    );
    if ("refused" in result) {
      context.print(`refused ${id} ${version ?? ""}: ${result.refused}
`);
      return 1;
    }
    context.print(
      [
        ...result.summary,
        `commit ${context.config.lockFile} (and re-export flagd flags) to apply it`,
        ""
      ].join("\n")
    );
    return 0;
  }
};
async function rolloutSource(context, lock, env, id, version) {
  const current = findInEnvironment(lock, env, id);
  if (current?.rollout?.version === version) return { entry: current.rollout };
  if (current?.version === version)
    throw new UsageError(`${id} ${version} is already the version of ${env}: nothing to roll out`);
  if (current?.rollout) {
    throw new UsageError(
      `a rollout of ${current.rollout.version} (${current.rollout.weight}%) is in progress in ${env}: complete it (--weight 100) or abort it (--abort) before rolling out ${version}`
    );
  }
  const force = stringOption(context.values, "force");
  const elsewhere = environmentsOf(lock, id).find(({ prompt: p }) => p.version === version);
  if (elsewhere) return fromEnvironment(lock, env, id, elsewhere, force);
  const project = await loadProject(new WorkingTreeSnapshot(context.root), context.config);
  const prompt = project.prompts.find((p) => p.id === id);
  if (prompt && displayVersion(prompt) === version) {
    const promoted = await promote({
      root: context.root,
      lock,
      prompts: project.prompts,
      ids: [id],
      ...await lastReport(stringOption(context.values, "report"), context.root),
      ...force !== void 0 ? { force: { reason: force } } : {},
      actor: await resolveActor(context.root, context.env),
      commit: (await gitOrThrow(["rev-parse", "HEAD"], context.root)).trim(),
      now: context.now(),
      tag: false,
      env
    });
    const refusal = promoted.refused[0];
    if (refusal) return { refused: refusal.reason };
    const entry = findInEnvironment(promoted.lock, env, id);
    if (!entry) throw new Error(`unreachable: ${id} missing after promote`);
    return { entry: productionEntry(entry) };
  }
  const known = [
    ...prompt ? [`the working tree has ${displayVersion(prompt)}`] : [],
    ...environmentsOf(lock, id).map(({ env: e, prompt: p }) => `${e} has ${p.version}`)
  ];
  throw new UsageError(
    `unknown version \`${version}\` of \`${id}\` (${known.join(", ") || "no version of it is known"})`
  );
}
function fromEnvironment(lock, env, id, elsewhere, force) {
  const version = elsewhere.prompt.version;
  const entry = productionEntry(elsewhere.prompt);
  const status = versionStatus(lock, id, entry.hash);
  if (status && status !== "production") checkTransition(`${id} ${version}`, status, environmentStatus(env));
  const passed = entry.evaluation?.verdict === "pass" && !entry.forced;
  if (force !== void 0 && !force.trim()) throw new UsageError("--force needs a reason");
  if (env === PRODUCTION && !passed && force === void 0) {
    return {
      refused: `${elsewhere.env}'s ${version} has no passing evaluation recorded${entry.forced ? ` (it was forced: ${entry.forced})` : ""}: evaluate it, or --force with a reason`
    };
  }
  return { entry: force !== void 0 && !passed ? { ...entry, forced: force } : entry };
}

// src/lifecycle/commands/status.ts
var statusCommand = {
  name: "status",
  usage: [...RELEASE_USAGE.status],
  options: {
    set: { type: "string" },
    version: { type: "string" },
    env: { type: "string" },
    reason: { type: "string" }
  },
  async run(context) {
    const target = stringOption(context.values, "set");
    if (target === void 0) {
      context.print(formatStatus(await readLockFile(context.root, context.config.lockFile), context.args));
      return 0;
    }
    const actor = await resolveActor(context.root, context.env);
    const line = await updateLockFile(
      context.root,
      context.config.lockFile,
      (lock) => setStatus(context, lock, target, actor)
    );
    context.print(`${line}
commit ${context.config.lockFile} to record it
`);
    return 0;
  }
};
function formatStatus(lock, ids) {
  const all = /* @__PURE__ */ new Set([
    ...Object.keys(lock.prompts),
    ...Object.values(lock.environments ?? {}).flatMap((prompts) => Object.keys(prompts))
  ]);
  const selected = ids.length > 0 ? ids : [...all].sort(byCodeUnit);
  const unknown = selected.filter((id) => !all.has(id));
  if (unknown.length > 0) throw new UsageError(`not in the lock file: ${unknown.join(", ")}`);
  const lines = selected.flatMap((id) => [
    id,
    ...environmentsOf(lock, id).map(({ env, prompt }) => {
      const rollout = prompt.rollout ? `; rollout ${prompt.rollout.version} at ${prompt.rollout.weight}%` : "";
      const status = versionStatus(lock, id, prompt.hash) ?? environmentStatus(env);
      return `  ${env}: ${prompt.version} (${status})${rollout}`;
    })
  ]);
  return `${lines.join("\n") || "no prompt has been promoted yet"}
`;
}
function setStatus(context, lock, target, actor) {
  if (!isLifecycleStatus(target))
    throw new UsageError(`unknown status \`${target}\` (one of ${LIFECYCLE_STATUSES.join(", ")})`);
  const id = singleId(context.args, "status --set");
  const reason = stringOption(context.values, "reason")?.trim();
  if (!reason) throw new UsageError("a status change needs --reason TEXT (it is kept in the history)");
  const env = resolveEnvironment(stringOption(context.values, "env"), context.config.release.environments);
  const current = findInEnvironment(lock, env, id);
  if (!current) throw new UsageError(`\`${id}\` has no version in ${env}`);
  const version = stringOption(context.values, "version") ?? current.version;
  const entry = version === current.version ? current : current.history.findLast((e) => e.version === version) ?? environmentsOf(lock, id).flatMap(({ prompt }) => prompt.history).findLast((e) => e.version === version);
  if (!entry) throw new UsageError(`unknown version \`${version}\` of \`${id}\` (not in the lock file)`);
  const from = versionStatus(lock, id, entry.hash) ?? "testing";
  const subject = `${id} ${version}`;
  checkTransition(subject, from, target);
  const servedBy = environmentsOf(lock, id).filter(
    ({ prompt }) => prompt.hash === entry.hash || prompt.rollout?.hash === entry.hash
  );
  if ((target === "archived" || target === "draft") && servedBy.length > 0) {
    throw new UsageError(
      `${subject} is still served in ${servedBy.map((s) => s.env).join(", ")}: replace or roll it back there before marking it ${target}`
    );
  }
  const event = {
    event: "status",
    version,
    hash: entry.hash,
    path: entry.path,
    commit: entry.commit,
    actor,
    at: context.now().toISOString(),
    status: target,
    reason
  };
  const served = version === current.version;
  const next = {
    ...current,
    ...served ? { status: target } : {},
    history: [...current.history, event]
  };
  if (served && target === environmentStatus(env)) delete next.status;
  return { lock: withEnvironmentPrompt(lock, env, id, next), result: `${subject}: ${from} -> ${target}` };
}

// src/lifecycle/commands/index.ts
var RELEASE_COMMANDS = new Map(
  [rolloutCommand, exportCommand, statusCommand, experimentCommand, drillCommand].map((command) => [
    command.name,
    command
  ])
);

// src/cli.ts
var OPTIONS = {
  config: { type: "string" },
  only: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  shard: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  offline: { type: "boolean" },
  "no-cache": { type: "boolean" },
  "cache-read-only": { type: "boolean" },
  "trust-head-config": { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  // lifecycle commands
  all: { type: "boolean" },
  env: { type: "string" },
  report: { type: "string" },
  force: { type: "string" },
  to: { type: "string" },
  "no-restore": { type: "boolean" },
  "no-tag": { type: "boolean" }
};
function parse(argv) {
  const formats = Object.fromEntries(
    reportFormats().map((f) => [f.flag, { type: "string" }])
  );
  return parseArgs({
    args: bareHistoryJson(argv),
    options: { ...formats, ...OPTIONS },
    allowPositionals: true,
    strict: true
  });
}
function stringOption2(values, name) {
  const value = Object.entries(values).find(([key]) => key === name)?.[1];
  return typeof value === "string" ? value : void 0;
}
function bareHistoryJson(argv) {
  if (argv.find((arg) => !arg.startsWith("-")) !== "history") return argv;
  return argv.flatMap((arg, i) => {
    const next = argv[i + 1];
    const bare = next === void 0 || next.startsWith("-") && next !== "-";
    return arg === "--json" && bare ? [arg, "-"] : [arg];
  });
}
function logSafe(sink) {
  return {
    write: (text) => sink.write(neutralizeWorkflowCommands(text)),
    get isTTY() {
      return sink.isTTY;
    },
    get columns() {
      return sink.columns;
    }
  };
}
var processDeps = () => ({
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => /* @__PURE__ */ new Date(),
  signals: process
});
async function main(argv, edges = processDeps()) {
  const deps = { ...edges, stdout: logSafe(edges.stdout), stderr: logSafe(edges.stderr) };
  const release = RELEASE_COMMANDS.get(argv[0] ?? "");
  if (release) {
    return runReleaseCommand(release, argv, {
      env: deps.env,
      root: await repoRoot(deps.cwd),
      cwd: deps.cwd,
      print: (text) => void deps.stdout.write(text),
      printError: (text) => void deps.stderr.write(text),
      now: deps.clock
    });
  }
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    deps.stderr.write(`promptgate: ${getErrorMessage(error)}

${helpText()}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    deps.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  if (values.help || !command || command === "help") {
    deps.stdout.write(helpText());
    return command || values.help ? 0 : 2;
  }
  try {
    const root = await repoRoot(deps.cwd);
    if (command === "eval" || command === "compare")
      return await evaluate2(command, values, deps, root, repoPaths(rest, deps.cwd, root));
    if (command === "merge") return await merge(rest, values, deps, root);
    if (LIFECYCLE_COMMANDS.includes(command))
      return await runLifecycleCommand(
        command,
        rest,
        {
          ...values,
          config: configFor(values, deps.cwd, root),
          report: values.report && resolve2(deps.cwd, values.report),
          json: historyJson(stringOption2(values, "json"), deps.cwd)
        },
        { root, env: deps.env, clock: deps.clock, print: (text) => void deps.stdout.write(text) }
      );
    throw new UsageError(
      `unknown command \`${command}\` (try: eval, compare, merge, promote, rollback, history, ${[...RELEASE_COMMANDS.keys()].join(", ")})`
    );
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof UsageError;
    deps.stderr.write(`promptgate: ${known ? "" : "error: "}${getErrorMessage(error)}
`);
    return 2;
  }
}
async function evaluate2(command, values, deps, root, paths) {
  const mode = command;
  const { env, stdout, stderr } = deps;
  const color = !values["no-color"] && stdout.isTTY === true && !env.NO_COLOR;
  const options = {
    configPath: configFor(values, deps.cwd, root),
    offline: values.offline ?? false,
    cacheMode: values["no-cache"] ? "off" : values["cache-read-only"] ? "read" : void 0,
    only: values.only,
    ...paths.length > 0 ? { paths } : {},
    shard: values.shard ? parseShard(values.shard) : void 0,
    overrides: { failOn: failOnOption(values) }
  };
  const progress = {
    onProgress: values.quiet ? void 0 : progressPrinter(stderr),
    onPlan: (plans, describer) => {
      if (values.quiet) return;
      const evaluated = plans.filter((p) => p.cases.length > 0);
      const models = [
        ...new Set(
          evaluated.flatMap((p) => [p.candidate?.model, p.baseline?.model]).filter((m) => !!m)
        )
      ];
      const others = plans.length - evaluated.length;
      stderr.write(
        `promptgate: ${evaluated.length} prompt(s) to evaluate${models.length ? ` with ${models.map((m) => describer.describe(m)).join(", ")}` : ""}${others ? ` (${others} more reported without evaluation)` : ""}
`
      );
    }
  };
  const interruption = deps.signals ? listenForInterrupts(deps.signals, {
    onInterrupt: (why) => stderr.write(`
promptgate: ${why.signal}: stopping, writing the reports
`)
  }) : void 0;
  const evaluateDeps = {
    root,
    repository: gitRepository(root),
    env,
    clock: deps.clock,
    progress,
    ...interruption ? { signal: interruption.signal } : {}
  };
  const targets = requestedReports(values, deps.cwd);
  let report;
  try {
    if (command === "compare") {
      if (!values.base) throw new UsageError("compare needs --base REF (e.g. --base origin/main)");
      const request = {
        ...options,
        mode: "compare",
        base: values.base,
        head: values.head,
        trustHeadConfig: values["trust-head-config"] === true
      };
      report = (await evaluate(request, evaluateDeps)).report;
    } else {
      report = (await evaluate({ ...options, mode: "eval" }, evaluateDeps)).report;
    }
  } catch (error) {
    await writeReportFiles(errorReport(mode, error, deps.clock()), targets);
    throw error;
  } finally {
    interruption?.dispose();
  }
  for (const prompt of report.prompts)
    if (prompt.loadError !== void 0) stderr.write(`promptgate: ${prompt.loadError}
`);
  await writeReportFiles(report, targets);
  await writeOutput(join3(root, LAST_REPORT_PATH), reportJson(report));
  stdout.write(renderTerminal(report, { color, width: stdout.columns }));
  const failedCalls = failedCallsWarning(report);
  if (failedCalls) stderr.write(`promptgate: warning: ${failedCalls}
`);
  return interruption?.exitCode() ?? exitCodeFor(report);
}
function repoPaths(args, cwd, root) {
  return args.map((arg) => {
    const glob = /[*?[\]{}!]/.test(arg);
    const absolute = resolve2(cwd, glob ? "." : arg);
    const base = relative(root, absolute).split(sep).join("/");
    if (base === ".." || base.startsWith("../") || isAbsolute(base))
      throw new UsageError(`\`${arg}\` is outside the repository (${root})`);
    if (!glob) return base === "" ? "." : base;
    return base === "" ? arg : `${base}/${arg}`;
  });
}
async function merge(files, values, deps, root) {
  let report;
  try {
    if (files.length === 0) throw new UsageError("merge needs one or more JSON report files");
    const config = await loadConfig(new WorkingTreeSnapshot(root), configFor(values, deps.cwd, root));
    const { confidence } = config.gate;
    const reports = await Promise.all(
      files.map((file) => readReportFile(resolve2(deps.cwd, file), { confidence }))
    );
    const failOn = failOnOption(values);
    report = mergeReports(reports, failOn ? { ...config.gate, failOn } : config.gate);
  } catch (error) {
    await writeReportFiles(errorReport("compare", error, deps.clock()), requestedReports(values, deps.cwd));
    throw error;
  }
  await writeReportFiles(report, requestedReports(values, deps.cwd));
  deps.stdout.write(renderTerminal(report, { color: false }));
  return exitCodeFor(report);
}
function requestedReports(values, cwd) {
  return reportTargets((format) => stringOption2(values, format.flag), cwd);
}
function failOnOption(values) {
  const text = values["fail-on"];
  if (text === void 0) return void 0;
  const parsed = parseFailOn(text);
  if (!parsed.ok) {
    throw new UsageError(
      `--fail-on: unknown verdict(s) ${parsed.unknown.join(", ") || "(none given)"}; use ${FAIL_ON_HELP}`
    );
  }
  return parsed.failOn;
}
async function repoRoot(cwd) {
  const top = await git(["rev-parse", "--show-toplevel"], cwd).catch(() => void 0);
  return top?.exitCode === 0 && top.stdout.trim() ? top.stdout.trim() : cwd;
}
function historyJson(json, cwd) {
  return json && json !== "-" ? resolve2(cwd, json) : json;
}
function configFor(values, cwd, root) {
  if (!values.config) return void 0;
  return relative(root, resolve2(cwd, values.config)).split(sep).join("/");
}
function progressPrinter(stderr) {
  const tty = stderr.isTTY === true;
  let lastDecile = -1;
  return (done, total) => {
    if (tty) {
      stderr.write(`\r  evaluating ${done}/${total}${done === total ? "\n" : ""}`);
      return;
    }
    const decile = Math.floor(done / total * 10);
    if (total >= 20 && decile !== lastDecile) {
      lastDecile = decile;
      stderr.write(`  evaluated ${done}/${total}
`);
    }
  };
}
export {
  main,
  processDeps
};
