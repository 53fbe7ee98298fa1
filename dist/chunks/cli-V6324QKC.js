#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  BASELINE_UNAVAILABLE,
  CANDIDATE_UNAVAILABLE,
  NO_EVAL_PROMPTS,
  NO_PROMPT_CHANGES,
  WorkingTreeSnapshot,
  assemblePromptReport,
  capped,
  caseProblems,
  count,
  defaultConfig,
  displayVersion,
  duration,
  errorReport,
  evaluate,
  exitCodeFor,
  formatHistory,
  formatHistoryJson,
  gitRepository,
  hasBaseline,
  headline,
  interval,
  loadConfig,
  loadProject,
  normalCdf,
  normalQuantile,
  notAppliedNote,
  notableCases,
  parseShard,
  percent,
  plural,
  points,
  promote,
  promptReasons,
  readLockFile,
  readReportFile,
  renderMarkdown,
  reportJson,
  reportNotices,
  resolveActor,
  runReasons,
  score,
  shortHash,
  shortSha,
  studentTCdf,
  studentTQuantile,
  updateLockFile,
  usd,
  verdictLabel,
  writeFileAtomically,
  writeOutput
} from "./chunk-5G7AGJJU.js";
import {
  HELP,
  RELEASE_USAGE
} from "./chunk-RNDX4GJI.js";
import {
  TOOL_VERSION
} from "./chunk-JH3QZ2MT.js";
import {
  cohortsOf,
  entryFor
} from "./chunk-JCU7XLQ4.js";
import {
  FAIL_ON_HELP,
  PRODUCTION,
  byCodeUnit,
  environmentPrompts,
  environmentStatus,
  environmentsOf,
  findInEnvironment,
  findLocked,
  git,
  gitOrThrow,
  parseFailOn,
  productionEntry,
  readFileAtCommit,
  readWorkingFile,
  resolveEnvironment,
  sha256,
  verdictSeverity,
  versionStatus,
  withEnvironmentPrompt,
  worstVerdict
} from "./chunk-4FHTO7CN.js";
import {
  ConfigError,
  LIFECYCLE_STATUSES,
  UsageError,
  checkTransition,
  getErrorMessage,
  isLifecycleStatus
} from "./chunk-VZSVPBDM.js";
import "./chunk-NM3O7CPD.js";

// src/cli.ts
import { join as join3, relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/report/junit.ts
function renderJUnit(report) {
  const suites = report.prompts.map(promptSuite);
  const run = runSuite(report);
  if (run) suites.push(run);
  const totals2 = suites.reduce(
    (acc, s) => ({
      tests: acc.tests + s.tests,
      failures: acc.failures + s.failures,
      errors: acc.errors + s.errors
    }),
    { tests: 0, failures: 0, errors: 0 }
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="promptgate" tests="${totals2.tests}" failures="${totals2.failures}" errors="${totals2.errors}">`,
    ...suites.map((s) => s.xml),
    "</testsuites>",
    ""
  ].join("\n");
}
function promptSuite(prompt) {
  const results = prompt.cases.map((c) => [c.id, caseResult(c)]);
  results.push(["(gate)", gateResult(prompt)]);
  const count2 = (kind) => results.filter(([, r]) => r.kind === kind).length;
  const cases = results.map(([name, result]) => testcase(prompt.id, name, result));
  const attributes = `name="${attr(prompt.id)}" tests="${results.length}" failures="${count2("failure")}" errors="${count2("error")}" skipped="${count2("skipped")}"`;
  return {
    xml: [`  <testsuite ${attributes}>`, ...cases, "  </testsuite>"].join("\n"),
    tests: results.length,
    failures: count2("failure"),
    errors: count2("error")
  };
}
function runSuite(report) {
  const worstPrompt = worstVerdict(report.prompts.map((p) => p.verdict));
  if (verdictSeverity(report.verdict) <= verdictSeverity(worstPrompt)) return void 0;
  const reasons = runReasons(report);
  const result = verdictResult(report.verdict, reasons);
  return {
    xml: [
      `  <testsuite name="promptgate" tests="1" failures="${result.kind === "failure" ? 1 : 0}" errors="${result.kind === "error" ? 1 : 0}" skipped="${result.kind === "skipped" ? 1 : 0}">`,
      testcase("promptgate", "(run)", result),
      "  </testsuite>"
    ].join("\n"),
    tests: 1,
    failures: result.kind === "failure" ? 1 : 0,
    errors: result.kind === "error" ? 1 : 0
  };
}
function caseResult(c) {
  const side = c.candidate;
  if (!side) return { kind: "skipped", message: "not run on the candidate (prompt removed)" };
  if (side.outcome === "pass") return { kind: "pass" };
  const problems = caseProblems(side);
  const kind = side.outcome === "error" ? "error" : "failure";
  return { kind, message: problems[0] ?? side.outcome, detail: problems.join("\n") };
}
var VERDICT_KIND = {
  skipped: "skipped",
  inconclusive: "skipped",
  fail: "failure",
  error: "error"
};
function gateResult(prompt) {
  return verdictResult(prompt.verdict, prompt.reasons);
}
function verdictResult(verdict, reasons) {
  if (verdict === "pass") return { kind: "pass" };
  return { kind: VERDICT_KIND[verdict], message: reasons[0] ?? verdict, detail: reasons.join("\n") };
}
function testcase(classname, name, result) {
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}"`;
  if (result.kind === "pass") return `${open}/>`;
  const body = result.detail ? text(result.detail) : "";
  return `${open}>
      <${result.kind} message="${attr(result.message)}">${body}</${result.kind}>
    </testcase>`;
}
var NOT_XML = (
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
);
function xmlSafe(value) {
  return value.replace(NOT_XML, "");
}
function text(value) {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/merge.ts
function mergeReports(reports, policy = defaultConfig().gate) {
  const [first] = reports;
  if (!first) throw new UsageError("nothing to merge: give one or more JSON reports");
  checkCompatible(reports);
  const prompts = mergePrompts(reports, policy);
  const missing = missingShards(reports);
  const runLevel = reports.flatMap(runReasons);
  const nothingToDo = /* @__PURE__ */ new Set([NO_PROMPT_CHANGES, NO_EVAL_PROMPTS]);
  const extra = unique(runLevel.filter((r) => prompts.length === 0 || !nothingToDo.has(r)));
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
    schemaVersion: 1,
    tool: first.tool,
    mode: first.mode,
    verdict: worstVerdict(verdicts),
    failOn: [...policy.failOn],
    reasons: [
      ...promptReasons(prompts),
      ...extra,
      ...missing.length > 0 ? [
        `missing shard results: ${missing.join(", ")} of ${first.shard?.total ?? 0}; the verdict is incomplete`
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
      threshold: Math.max(...parts.map((p) => p.threshold)),
      version: first.version,
      promptTokens: first.promptTokens,
      metrics: [...metrics.values()],
      sides: {
        baseline: parts.some((p) => p.usage.baseline !== void 0),
        candidate: parts.some((p) => p.usage.candidate !== void 0)
      },
      cases: parts.flatMap((p) => p.cases),
      notes: unique(
        parts.flatMap(
          (p) => p.reasons.filter((r) => r.startsWith(BASELINE_UNAVAILABLE) || r.startsWith(CANDIDATE_UNAVAILABLE))
        )
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
function unique(values) {
  return [...new Set(values)];
}

// src/report/terminal.ts
var MAX_CASES = 10;
var MAX_NOTICES = 20;
var SYMBOL = { pass: "\u2714", skipped: "\u25CB", inconclusive: "?", fail: "\u2716", error: "\u26A0" };
function paint(color) {
  const wrap2 = (code, text2) => color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
  const codes = {
    pass: "32",
    skipped: "2",
    inconclusive: "36",
    fail: "31",
    error: "33"
  };
  return {
    verdict: (v, text2) => wrap2(codes[v], text2),
    bold: (text2) => wrap2("1", text2),
    dim: (text2) => wrap2("2", text2)
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
  for (const reason of runReasons(report)) lines.push(...wrap(`note: ${clean(reason)}`, width, "", "  "));
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
function clean(text2) {
  return text2.replace(/\r\n?|\n|\t/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
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
    lines.push("  why:", ...prompt.reasons.flatMap((r) => wrap(`- ${clean(r)}`, width, "    ", "      ")));
  }
  const cases = notableCases(prompt);
  if (cases.length > 0) {
    const rows = cases.slice(0, MAX_CASES).map((c) => {
      const change = c.flip ?? c.candidate?.outcome ?? "";
      const why = caseProblems(c.candidate).join("; ");
      return [clean(c.id), change, clean(why)];
    });
    lines.push(`  ${hasBaseline(prompt) ? "changed cases" : "failing cases"}:`);
    lines.push(...align(rows).map((l) => fit(`    ${l}`)));
    if (cases.length > MAX_CASES)
      lines.push(p.dim(`    \u2026and ${cases.length - MAX_CASES} more (see the JSON report)`));
  }
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
  const delta = d && d.n > 0 ? `${points(d.passRate, true)}  ${score(d.meanScore, true)} [${interval(d.ci)}]` : "-";
  return [name, side(m.baseline), side(m.candidate), delta, verdictLabel(m.status)];
}
function candidateRow(m) {
  const s = m.candidate ?? m.baseline;
  const name = `${m.name} (${m.type})`;
  if (!s) return [name, "-", "-", verdictLabel(m.status)];
  return [
    name,
    `${percent(s.passRate)} [${percent(s.passRateCi.low)}, ${percent(s.passRateCi.high)}]`,
    `${score(s.meanScore)} \xB1 ${score(s.scoreStdErr)}`,
    verdictLabel(m.status)
  ];
}
function align(rows) {
  const widths = [];
  for (const row2 of rows) row2.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, [...cell].length));
  return rows.map(
    (row2) => row2.map(
      (cell, i) => i === row2.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - [...cell].length)
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
function wrap(text2, width, first, next) {
  const lines = [];
  let line = first;
  for (const word of text2.split(" ")) {
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
    const text2 = await readFileAtCommit(args.root, target.commit, path);
    if (text2 === void 0) {
      throw new Error(
        `cannot read ${path} at commit ${target.commit.slice(0, 7)} (version ${target.version}): fetch the full history (git fetch --unshallow --tags) and try again`
      );
    }
    contents.set(path, text2);
  }
  const at = args.now.toISOString();
  const to = {
    version: target.version,
    hash: target.hash,
    // GitHub Models files are versioned by their short hash; semver means a promptgate file.
    format: target.version === shortHash(target.hash) ? "github" : "promptgate",
    path: target.path,
    commit: target.commit,
    files: Object.fromEntries([...contents].map(([path, text2]) => [path, sha256(text2)])),
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
  for (const [path, text2] of contents) {
    await writeFileAtomically(join(args.root, path), text2);
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
    const id = singleId(args, "history");
    const lock = await readLockFile(context.root, config.lockFile);
    if (options.json === void 0) print(formatHistory(lock, id));
    else if (options.json === "-") print(formatHistoryJson(lock, id));
    else await writeOutput(options.json, formatHistoryJson(lock, id));
    return 0;
  }
  const actor = await resolveActor(context.root, context.env);
  if (command === "rollback") {
    const id = singleId(args, "rollback");
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
      ...result.unchanged.map((id) => `unchanged ${id}: already in production`),
      ...result.refused.map((r) => `refused ${r.id}: ${r.reason}`),
      ...result.notes.map((n) => `note: ${n}`),
      ...result.promoted.length > 0 ? [`commit ${config.lockFile} to record the promotion`] : [],
      ""
    ].join("\n")
  );
  return result.refused.length > 0 ? 1 : 0;
}
function singleId(args, command) {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw new UsageError(`${command} takes exactly one prompt id`);
  return id;
}
async function lastReport(explicit, root) {
  if (explicit) return { report: await readReportFile(explicit) };
  const fallback = join2(root, LAST_REPORT_PATH);
  return existsSync(fallback) ? { report: await readReportFile(fallback) } : {};
}

// src/lifecycle/commands/command.ts
import { parseArgs } from "node:util";
import { relative, resolve, sep } from "node:path";
var COMMON = { config: { type: "string" }, help: { type: "boolean", short: "h" } };
async function runReleaseCommand(command, argv, options = {}) {
  const print = options.print ?? ((text2) => void process.stdout.write(text2));
  const printError = options.printError ?? ((text2) => void process.stderr.write(text2));
  try {
    const { values, positionals } = parseArgs({
      args: argv.slice(1),
      options: { ...COMMON, ...command.options },
      allowPositionals: true,
      strict: true
    });
    if (values.help) {
      print(`Usage:
${command.usage.map((u) => `  ${u}`).join("\n")}
`);
      return 0;
    }
    const root = options.root ?? await repoRoot();
    const configPath = typeof values.config === "string" ? repoRelative(root, values.config) : void 0;
    const config = await loadConfig(new WorkingTreeSnapshot(root), configPath);
    return await command.run({
      root,
      config,
      env: options.env ?? process.env,
      args: positionals,
      values,
      print,
      now: options.now ?? (() => /* @__PURE__ */ new Date())
    });
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof UsageError;
    const usage = known ? "" : isParseError(error) ? `
Usage:
${command.usage.map((u) => `  ${u}`).join("\n")}` : "";
    printError(`promptgate: ${known || usage ? "" : "error: "}${getErrorMessage(error)}${usage}
`);
    return 2;
  }
}
function isParseError(error) {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}
function stringOption(values, name) {
  const value = values[name];
  return typeof value === "string" ? value : void 0;
}
function singleId2(args, command) {
  const [id, ...extra] = args;
  if (!id || extra.length > 0) throw new UsageError(`${command} takes exactly one prompt id`);
  return id;
}
async function repoRoot() {
  const top = await git(["rev-parse", "--show-toplevel"], process.cwd()).catch(() => void 0);
  return top?.exitCode === 0 && top.stdout.trim() ? top.stdout.trim() : process.cwd();
}
function repoRelative(root, path) {
  return relative(root, resolve(process.cwd(), path)).split(sep).join("/");
}

// src/lifecycle/experiment/samples.ts
var HISTOGRAM_MIN_MS = 0.1;
var HISTOGRAM_GROWTH = Math.log(1.01);
var HISTOGRAM_BUCKETS = 2e3;
function emptyMoments() {
  return { n: 0, sum: 0, sumSq: 0 };
}
function emptySamples(variant) {
  return {
    variant,
    requests: 0,
    success: { n: 0, k: 0 },
    errors: { n: 0, k: 0 },
    score: emptyMoments(),
    latency: emptyMoments(),
    cost: emptyMoments(),
    tokens: emptyMoments(),
    // Allocated on the first latency: many samples (a simulated day, a file without latencies) have none.
    latencyHistogram: { counts: new Uint32Array(0), n: 0 }
  };
}
function addMoment(moments, value) {
  moments.n++;
  moments.sum += value;
  moments.sumSq += value * value;
}
function latencyBucket(ms) {
  if (ms <= HISTOGRAM_MIN_MS) return 0;
  return Math.min(HISTOGRAM_BUCKETS - 1, Math.floor(Math.log(ms / HISTOGRAM_MIN_MS) / HISTOGRAM_GROWTH) + 1);
}
function bucketLatency(bucket) {
  if (bucket === 0) return HISTOGRAM_MIN_MS;
  return HISTOGRAM_MIN_MS * Math.exp((bucket - 0.5) * HISTOGRAM_GROWTH);
}
function addLatency(histogram, ms) {
  if (histogram.counts.length === 0) histogram.counts = new Uint32Array(HISTOGRAM_BUCKETS);
  const bucket = latencyBucket(ms);
  histogram.counts[bucket] = (histogram.counts[bucket] ?? 0) + 1;
  histogram.n++;
}
function latencyAtRank(histogram, rank) {
  const target = Math.min(Math.max(1, Math.ceil(rank)), histogram.n);
  let seen = 0;
  for (let bucket = 0; bucket < histogram.counts.length; bucket++) {
    seen += histogram.counts[bucket] ?? 0;
    if (seen >= target) return bucketLatency(bucket);
  }
  return Number.NaN;
}

// src/lifecycle/experiment/statistics.ts
function rateEstimate(counts, confidence) {
  const { n, k } = counts;
  if (n === 0) return { n, value: Number.NaN, interval: { low: 0, high: 1 } };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = k / n;
  const denominator = 1 + z * z / n;
  const centre = (p + z * z / (2 * n)) / denominator;
  const half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
  return { n, value: p, interval: { low: Math.max(0, centre - half), high: Math.min(1, centre + half) } };
}
function variance(m) {
  if (m.n < 2) return 0;
  return Math.max(0, (m.sumSq - m.sum * m.sum / m.n) / (m.n - 1));
}
function meanEstimate(m, confidence) {
  if (m.n === 0) return { n: 0, value: Number.NaN, interval: { low: Number.NaN, high: Number.NaN } };
  const mean2 = m.sum / m.n;
  if (m.n < 2) return { n: m.n, value: mean2, interval: { low: Number.NaN, high: Number.NaN } };
  const half = studentTQuantile(1 - (1 - confidence) / 2, m.n - 1) * Math.sqrt(variance(m) / m.n);
  return { n: m.n, value: mean2, interval: { low: mean2 - half, high: mean2 + half } };
}
function proportionDifference(control, canary, confidence, alpha, tau) {
  const p1 = control.k / control.n;
  const p2 = canary.k / canary.n;
  const pooled = (control.k + canary.k) / (control.n + canary.n);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / control.n + 1 / canary.n));
  const estimate = p2 - p1;
  const v = p1 * (1 - p1) / control.n + p2 * (1 - p2) / canary.n;
  const usable = v > 0 ? v : pooledSe * pooledSe;
  const z = pooledSe > 0 ? estimate / pooledSe : 0;
  return {
    estimate,
    variance: usable,
    pValue: pooledSe > 0 ? 2 * (1 - normalCdf(Math.abs(z))) : 1,
    interval: normalInterval(estimate, usable, confidence),
    sequential: alwaysValidInterval(estimate, usable, alpha, tau)
  };
}
function meanDifference(control, canary, confidence, alpha, tau, factor = 1) {
  const m1 = control.sum / control.n;
  const m2 = canary.sum / canary.n;
  const a = factor * factor * variance(control) / control.n;
  const b = variance(canary) / canary.n;
  const v = a + b;
  const estimate = m2 - factor * m1;
  const df = v > 0 ? v * v / (a * a / (control.n - 1) + b * b / (canary.n - 1)) : 1;
  const t = v > 0 ? estimate / Math.sqrt(v) : 0;
  const half = v > 0 ? studentTQuantile(1 - (1 - confidence) / 2, df) * Math.sqrt(v) : 0;
  return {
    estimate,
    variance: v,
    pValue: v > 0 ? 2 * (1 - studentTCdf(Math.abs(t), df)) : estimate === 0 ? 1 : 0,
    interval: { low: estimate - half, high: estimate + half },
    sequential: alwaysValidInterval(estimate, v, alpha, tau)
  };
}
function normalInterval(estimate, v, confidence) {
  const half = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt(v);
  return { low: estimate - half, high: estimate + half };
}
function alwaysValidInterval(estimate, v, alpha, tau) {
  if (!(v > 0)) return { low: estimate, high: estimate };
  const t2 = tau * tau;
  const half = Math.sqrt(v * (v + t2) / t2 * (2 * Math.log(1 / alpha) + Math.log((v + t2) / v)));
  return { low: estimate - half, high: estimate + half };
}
function requiredPerVariant(spread, effect, alpha, power) {
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return Math.ceil(z * z * spread / (effect * effect));
}
function minimumDetectableEffect(v, alpha, power) {
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * Math.sqrt(v);
}
function quantileEstimate(histogram, q, confidence) {
  const n = histogram.n;
  if (n === 0) return { n, value: Number.NaN, interval: { low: Number.NaN, high: Number.NaN } };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const spread = z * Math.sqrt(n * q * (1 - q));
  return {
    n,
    value: latencyAtRank(histogram, n * q),
    interval: {
      low: latencyAtRank(histogram, Math.floor(n * q - spread)),
      high: latencyAtRank(histogram, Math.ceil(n * q + spread) + 1)
    }
  };
}

// src/lifecycle/experiment/analyze.ts
function analyzeExperiment(control, canary, rules) {
  const confidence = 1 - rules.alpha;
  const primary = primaryResult(control, canary, rules);
  const guardrails = [
    latencyGuardrail(control, canary, rules),
    costGuardrail(control, canary, rules),
    errorGuardrail(canary, rules)
  ];
  const base = {
    control: summarize(control, confidence),
    canary: summarize(canary, confidence),
    ...primary ? { primary } : {},
    guardrails,
    method: `mixture SPRT always-valid ${pct(confidence)} intervals (alpha ${rules.alpha}, valid at every look); guardrails need the limit exceeded and a significant increase`
  };
  const decide = (decision, reasons) => ({
    ...base,
    decision,
    reasons
  });
  const breaches = guardrails.filter((g) => g.breached).map((g) => `${g.name} ${g.observed} breaches the limit ${g.limit}`);
  const worse = primary && primary.difference.sequential.high < 0;
  if (worse && primary)
    breaches.push(`${primaryLabel(primary)} is significantly worse: ${describe(primary)}`);
  if (breaches.length > 0) return decide("rollback", breaches);
  const fewest = Math.min(control.requests, canary.requests);
  if (fewest < rules.minSamples) {
    return decide("continue", [
      `waiting for at least ${rules.minSamples} requests per variant (control ${control.requests}, canary ${canary.requests})`
    ]);
  }
  if (!primary) {
    return decide("continue", [
      "no primary metric (success or score) in the data: only the guardrails were checked"
    ]);
  }
  if (primary.difference.sequential.low > 0) {
    return decide("promote", [
      `${primaryLabel(primary)} is significantly better: ${describe(primary)}; no guardrail breached`
    ]);
  }
  return decide("continue", [
    `no significant difference in ${primaryLabel(primary)} yet: ${describe(primary)}`,
    `detecting the planned effect (${effectText(primary.metric, rules.plannedEffect)}) needs about ${primary.requiredPerVariant} requests per variant with a single fixed-horizon look; with the data so far the minimum detectable effect is ${effectText(primary.metric, primary.minimumDetectableEffect)}`
  ]);
}
function primaryResult(control, canary, rules) {
  const hasSuccess = control.success.n >= 2 && canary.success.n >= 2;
  const hasScore = control.score.n >= 2 && canary.score.n >= 2;
  const metric = rules.primary === "score" ? hasScore ? "score" : void 0 : hasSuccess ? "success" : hasScore ? "score" : void 0;
  if (!metric) return void 0;
  const confidence = 1 - rules.alpha;
  let difference;
  let spread;
  if (metric === "success") {
    difference = proportionDifference(
      control.success,
      canary.success,
      confidence,
      rules.alpha,
      rules.plannedEffect
    );
    const p = control.success.k / control.success.n;
    const q = Math.max(0, Math.min(1, p - rules.plannedEffect));
    spread = Math.max(p * (1 - p) + q * (1 - q), 1e-9);
  } else {
    difference = meanDifference(control.score, canary.score, confidence, rules.alpha, rules.plannedEffect);
    spread = Math.max(variance(control.score) + variance(canary.score), 1e-9);
  }
  return {
    metric,
    difference,
    requiredPerVariant: requiredPerVariant(spread, rules.plannedEffect, rules.alpha, rules.power),
    minimumDetectableEffect: minimumDetectableEffect(difference.variance, rules.alpha, rules.power)
  };
}
function latencyGuardrail(control, canary, rules) {
  const limit = `+${pct(rules.p95LatencyIncrease)}`;
  const enough = control.latencyHistogram.n >= rules.minSamples && canary.latencyHistogram.n >= rules.minSamples;
  if (!enough)
    return { name: "p95 latency", limit, observed: "too few latencies", evaluated: false, breached: false };
  const confidence = 1 - rules.alpha;
  const before = quantileEstimate(control.latencyHistogram, 0.95, confidence);
  const after = quantileEstimate(canary.latencyHistogram, 0.95, confidence);
  const ratio = after.value / before.value;
  return {
    name: "p95 latency",
    limit,
    observed: `${signedPct(ratio - 1)} (${Math.round(before.value)} -> ${Math.round(after.value)} ms)`,
    evaluated: true,
    breached: ratio > 1 + rules.p95LatencyIncrease && after.interval.low > before.interval.high
  };
}
function costGuardrail(control, canary, rules) {
  const limit = `+${pct(rules.costIncrease)}`;
  if (control.cost.n < rules.minSamples || canary.cost.n < rules.minSamples)
    return { name: "cost per request", limit, observed: "too few costs", evaluated: false, breached: false };
  const before = control.cost.sum / control.cost.n;
  const after = canary.cost.sum / canary.cost.n;
  const difference = meanDifference(
    control.cost,
    canary.cost,
    1 - rules.alpha,
    rules.alpha,
    Math.max(before * rules.costIncrease, 1e-12)
  );
  const ratio = before > 0 ? after / before : after > 0 ? Number.POSITIVE_INFINITY : 1;
  return {
    name: "cost per request",
    limit,
    observed: `${signedPct(ratio - 1)} ($${before.toPrecision(3)} -> $${after.toPrecision(3)})`,
    evaluated: true,
    breached: ratio > 1 + rules.costIncrease && difference.sequential.low > 0
  };
}
function errorGuardrail(canary, rules) {
  const limit = `at most ${pct(rules.maxErrorRate)}`;
  const { n, k } = canary.errors;
  if (n < rules.minSamples)
    return { name: "error rate", limit, observed: "too few requests", evaluated: false, breached: false };
  const rate2 = k / n;
  const p0 = rules.maxErrorRate;
  const v = Math.max(rate2 * (1 - rate2), p0 * (1 - p0)) / n;
  const interval2 = alwaysValidInterval(rate2 - p0, v, rules.alpha, p0);
  return {
    name: "error rate",
    limit,
    observed: `${pct(rate2)} of the canary's ${n} requests`,
    evaluated: true,
    breached: rate2 > p0 && interval2.low > 0
  };
}
function summarize(samples, confidence) {
  const mean2 = (m) => m.n > 0 ? meanEstimate(m, confidence) : void 0;
  const optional = (key, value) => value ? { [key]: value } : {};
  return {
    variant: samples.variant,
    requests: samples.requests,
    ...optional("successRate", samples.success.n > 0 ? rateEstimate(samples.success, confidence) : void 0),
    errorRate: rateEstimate(samples.errors, confidence),
    ...optional("score", mean2(samples.score)),
    ...optional("latencyMs", mean2(samples.latency)),
    ...optional(
      "p95LatencyMs",
      samples.latencyHistogram.n > 0 ? quantileEstimate(samples.latencyHistogram, 0.95, confidence) : void 0
    ),
    ...optional("costUsd", mean2(samples.cost)),
    ...optional("tokens", mean2(samples.tokens))
  };
}
function primaryLabel(primary) {
  return primary.metric === "success" ? "the success rate" : "the mean score";
}
function describe(primary) {
  const d = primary.difference;
  const unit = (x) => effectText(primary.metric, x, true);
  return `${unit(d.estimate)} (always-valid interval ${unit(d.sequential.low)} to ${unit(d.sequential.high)}; fixed-horizon p = ${d.pValue.toPrecision(2)})`;
}
function effectText(metric, x, signed2 = false) {
  const sign = signed2 && x > 0 ? "+" : "";
  return metric === "success" ? `${sign}${(x * 100).toFixed(1)} points` : `${sign}${x.toFixed(3)}`;
}
function pct(x) {
  return `${Number((x * 100).toFixed(1))}%`;
}
function signedPct(x) {
  return `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
}

// src/lifecycle/rollout.ts
function parseWeight(text2) {
  const weight = Number(text2);
  if (!/^\d{1,3}$/.test(text2.trim()) || !Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new UsageError(
      `--weight must be a whole number from 0 to 100 (percent of targeting keys), got \`${text2}\``
    );
  }
  return weight;
}
function applyRollout(args, step) {
  const current = findInEnvironment(args.lock, args.env, args.id);
  if (!current) {
    throw new UsageError(
      `\`${args.id}\` has no version in ${args.env} yet: promote one first (\`promptgate promote ${args.id} --env ${args.env}\`), a rollout changes an existing version`
    );
  }
  if (step.kind === "weight") return setWeight(args, current, step.entry, step.weight);
  const rollout = current.rollout;
  if (!rollout) {
    throw new UsageError(
      `no rollout of \`${args.id}\` is in progress in ${args.env} (its version there is ${current.version})`
    );
  }
  return step.kind === "complete" ? complete(args, current, rollout) : abort(args, current, rollout);
}
function setWeight(args, current, entry, weight) {
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new UsageError(`the rollout weight must be a whole number from 0 to 100, got ${weight}`);
  }
  if (entry.hash === current.hash) {
    throw new UsageError(
      `${args.id} ${current.version} is already the version of ${args.env}: nothing to roll out`
    );
  }
  const running = current.rollout;
  if (running && running.hash !== entry.hash) {
    throw new UsageError(
      `a rollout of ${running.version} (${running.weight}%) is in progress in ${args.env}: complete it (--weight 100) or abort it (--abort) before rolling out ${entry.version}`
    );
  }
  const rollout = running ? { ...running, weight } : { ...entry, weight, promotedBy: args.actor, promotedAt: args.now.toISOString() };
  const event = historyEvent(args, rollout, "rollout", current.version, weight);
  const next = { ...current, rollout, history: [...current.history, event] };
  const verb = running ? `${running.weight}% -> ${weight}%` : `started at ${weight}%`;
  const summary = [
    `rollout of ${args.id} ${rollout.version} in ${args.env}: ${verb} (the rest: ${current.version})`
  ];
  const lock = withEnvironmentPrompt(args.lock, args.env, args.id, next);
  if (weight < 100) return { lock, summary };
  const completed = complete({ ...args, lock }, next, rollout);
  return { lock: completed.lock, summary: [...summary, ...completed.summary] };
}
function complete(args, current, rollout) {
  const event = historyEvent(args, rollout, "rollout-complete", current.version, 100);
  const entry = { ...rollout };
  delete entry.weight;
  const next = {
    ...entry,
    promotedBy: args.actor,
    promotedAt: args.now.toISOString(),
    history: [...current.history, event]
  };
  return {
    lock: withEnvironmentPrompt(args.lock, args.env, args.id, next),
    summary: [
      `rollout of ${args.id} ${rollout.version} in ${args.env} complete: it replaces ${current.version}`
    ]
  };
}
function abort(args, current, rollout) {
  const event = historyEvent(args, rollout, "rollout-abort", current.version, 0);
  const next = { ...current, history: [...current.history, event] };
  delete next.rollout;
  return {
    lock: withEnvironmentPrompt(args.lock, args.env, args.id, next),
    summary: [
      `rollout of ${args.id} ${rollout.version} in ${args.env} aborted: every key is back on ${current.version}`
    ]
  };
}
function historyEvent(args, version, event, from, weight) {
  const partials = Object.keys(version.files).filter((path) => path !== version.path);
  return {
    event,
    version: version.version,
    hash: version.hash,
    path: version.path,
    ...partials.length > 0 ? { partials } : {},
    commit: version.commit,
    actor: args.actor,
    at: args.now.toISOString(),
    from,
    weight,
    ...args.reason?.trim() ? { reason: args.reason.trim() } : {}
  };
}

// src/lifecycle/experiment/apply.ts
function applyDecision(args) {
  const { analysis } = args;
  if (analysis.decision === "continue") return void 0;
  const rollout = findInEnvironment(args.lock, args.env, args.id)?.rollout;
  if (!rollout || rollout.version !== analysis.canary.variant) {
    throw new UsageError(
      `cannot apply: the lock file has ${rollout ? `a rollout of ${rollout.version}` : "no rollout"} of \`${args.id}\` in ${args.env}, the analysis is about ${analysis.canary.variant}`
    );
  }
  const reason = `experiment: ${analysis.decision}: ${analysis.reasons.join("; ")}`;
  return applyRollout(
    { lock: args.lock, env: args.env, id: args.id, actor: args.actor, now: args.now, reason },
    { kind: analysis.decision === "promote" ? "complete" : "abort" }
  );
}

// src/lifecycle/experiment/render.ts
function renderAnalysis(analysis, subject) {
  const title = `experiment${subject.id ? ` ${subject.id}` : ""} in ${subject.env}: control ${analysis.control.variant} vs canary ${analysis.canary.variant}${subject.weight === void 0 ? "" : ` (${subject.weight}%)`}`;
  const rows = [analysis.control, analysis.canary].map(row);
  const header = [
    "variant",
    "requests",
    "success rate",
    "error rate",
    "score",
    "latency ms",
    "p95 latency ms",
    "cost/request",
    "tokens"
  ];
  const primary = analysis.primary;
  return [
    title,
    "",
    ...table(header, rows),
    "",
    ...primary ? [
      `primary (${primary.metric}): ${primary.metric === "success" ? points2(primary.difference.estimate) : signed(primary.difference.estimate, 3)}, fixed-horizon ${primary.metric === "success" ? "two-proportion z" : "Welch's t"} p = ${primary.difference.pValue.toPrecision(2)}`
    ] : ["primary: none in the data (add success or score)"],
    "guardrails:",
    ...analysis.guardrails.map(
      (g) => `  ${g.name}: ${g.observed}, limit ${g.limit}: ${!g.evaluated ? "not evaluated" : g.breached ? "BREACHED" : "ok"}`
    ),
    `decision: ${analysis.decision}`,
    ...analysis.reasons.map((r) => `  - ${r}`),
    `method: ${analysis.method}`,
    ""
  ].join("\n");
}
function analysisJson(analysis, subject) {
  return `${JSON.stringify({ ...subject, ...analysis }, null, 2)}
`;
}
function row(v) {
  return [
    v.variant,
    String(v.requests),
    rate(v.successRate),
    rate(v.errorRate),
    mean(v.score, 3),
    mean(v.latencyMs, 0),
    mean(v.p95LatencyMs, 0),
    mean(v.costUsd, 5, "$"),
    mean(v.tokens, 0)
  ];
}
function rate(e) {
  if (!e || e.n === 0) return "-";
  const p = (x) => (x * 100).toFixed(1);
  return `${p(e.value)}% (${p(e.interval.low)}-${p(e.interval.high)})`;
}
function mean(e, digits, prefix = "") {
  if (!e || e.n === 0) return "-";
  const f = (x) => `${prefix}${x.toFixed(digits)}`;
  return Number.isFinite(e.interval.low) ? `${f(e.value)} (${f(e.interval.low)}-${f(e.interval.high)})` : f(e.value);
}
function points2(x) {
  return `${x > 0 ? "+" : ""}${(x * 100).toFixed(1)} points`;
}
function signed(x, digits) {
  return `${x > 0 ? "+" : ""}${x.toFixed(digits)}`;
}
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
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
  usage: ["promptgate drill <id> [--env E] [--apply] [--seed N]   (dry run unless --apply)"],
  options: { env: { type: "string" }, apply: { type: "boolean" }, seed: { type: "string" } },
  async run(context) {
    const id = singleId2(context.args, "drill");
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

// src/lifecycle/commands/experiment.ts
import { readFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/lifecycle/experiment/data.ts
var HINT = "one request per row: `variant` (or `version`) and any of success, score, latency_ms, cost_usd, tokens, error";
function detectFormat(path, text2) {
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return "jsonl";
  return text2.trimStart().startsWith("{") ? "jsonl" : "csv";
}
function readOutcomes(text2, path, format = detectFormat(path, text2)) {
  const variants = /* @__PURE__ */ new Map();
  const rows = format === "csv" ? csvRows(text2, path) : jsonRows(text2, path);
  let count2 = 0;
  for (const { row: row2, line } of rows) {
    count2++;
    const fail = (message) => {
      throw new ConfigError(`invalid outcome row: ${message}`, { file: path, line }, HINT);
    };
    const variant = text_(row2.variant ?? row2.version);
    if (!variant) fail("missing `variant` (or `version`)");
    const samples = variants.get(variant) ?? emptySamples(variant);
    variants.set(variant, samples);
    samples.requests++;
    const success = bool(row2.success, "success", fail);
    if (success !== void 0) {
      samples.success.n++;
      if (success) samples.success.k++;
    }
    const error = errorValue(row2.error, fail);
    samples.errors.n++;
    if (error) samples.errors.k++;
    const score2 = number(row2.score, "score", fail, 0, 1);
    if (score2 !== void 0) addMoment(samples.score, score2);
    const latency = number(row2.latency_ms, "latency_ms", fail, 0);
    if (latency !== void 0) {
      addMoment(samples.latency, latency);
      addLatency(samples.latencyHistogram, latency);
    }
    const cost = number(row2.cost_usd, "cost_usd", fail, 0);
    if (cost !== void 0) addMoment(samples.cost, cost);
    const tokens = number(row2.tokens, "tokens", fail, 0);
    if (tokens !== void 0) addMoment(samples.tokens, tokens);
  }
  if (count2 === 0) throw new ConfigError("no outcome rows", { file: path }, HINT);
  return variants;
}
function* jsonRows(text2, path) {
  const lines = text2.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]?.trim() ?? "";
    if (!source) continue;
    let value;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new ConfigError(
        `malformed JSON: ${error instanceof Error ? error.message : String(error)}`,
        { file: path, line: i + 1 },
        "JSON Lines: one JSON object per line"
      );
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new ConfigError("each line must be a JSON object", { file: path, line: i + 1 }, HINT);
    }
    yield { row: value, line: i + 1 };
  }
}
function* csvRows(text2, path) {
  const records = csvRecords(text2, path);
  const header = records.next();
  if (header.done) return;
  const columns = header.value.fields.map((c) => c.trim().toLowerCase());
  for (const { fields, line } of records) {
    if (fields.length === 1 && fields[0] === "") continue;
    if (fields.length !== columns.length) {
      throw new ConfigError(
        `expected ${columns.length} columns (${columns.join(", ")}), found ${fields.length}`,
        { file: path, line },
        "quote values that contain commas"
      );
    }
    yield { row: Object.fromEntries(columns.map((c, i) => [c, fields[i]])), line };
  }
}
function* csvRecords(text2, path) {
  let fields = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (quoted) {
      if (c === '"' && text2[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text2[i + 1] === "\n") i++;
      fields.push(field);
      yield { fields, line: start };
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += c;
  }
  if (quoted)
    throw new ConfigError("unterminated quoted field", { file: path, line: start }, "close the quote");
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    yield { fields, line: start };
  }
}
function text_(value) {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : void 0;
}
function isBlank(value) {
  return value === void 0 || value === null || typeof value === "string" && value.trim() === "";
}
var TRUE = ["true", "1", "yes", "y"];
var FALSE = ["false", "0", "no", "n"];
function bool(value, column, fail) {
  if (isBlank(value)) return void 0;
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  const text2 = typeof value === "string" ? value.trim().toLowerCase() : void 0;
  if (text2 !== void 0 && TRUE.includes(text2)) return true;
  if (text2 !== void 0 && FALSE.includes(text2)) return false;
  return fail(`\`${column}\` must be true or false (or 1/0), got ${JSON.stringify(value)}`);
}
function errorValue(value, fail) {
  if (isBlank(value)) return false;
  if (typeof value === "string") return !FALSE.includes(value.trim().toLowerCase());
  return bool(value, "error", fail) ?? false;
}
function number(value, column, fail, min, max = Number.POSITIVE_INFINITY) {
  if (isBlank(value)) return void 0;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(n)) return fail(`\`${column}\` must be a number, got ${JSON.stringify(value)}`);
  if (n < min || n > max) {
    return fail(
      `\`${column}\` must be ${max === Number.POSITIVE_INFINITY ? `>= ${min}` : `from ${min} to ${max}`}, got ${n}`
    );
  }
  return n;
}

// src/lifecycle/commands/experiment.ts
var experimentCommand = {
  name: "experiment",
  usage: [
    "promptgate experiment analyze [<id>] --data FILE [--env E] [--control V --canary V] [--apply] [--json FILE|-]"
  ],
  options: {
    data: { type: "string" },
    env: { type: "string" },
    control: { type: "string" },
    canary: { type: "string" },
    apply: { type: "boolean" },
    json: { type: "string" }
  },
  async run(context) {
    const [sub, ...ids] = context.args;
    if (sub !== "analyze") throw new UsageError("experiment takes a subcommand: analyze");
    if (ids.length > 1) throw new UsageError("experiment analyze takes at most one prompt id");
    const dataPath = stringOption(context.values, "data");
    if (!dataPath) throw new UsageError("experiment analyze needs --data FILE (JSON Lines or CSV outcomes)");
    const env = resolveEnvironment(stringOption(context.values, "env"), context.config.release.environments);
    const outcome = await runExperiment(context, {
      env,
      ...ids[0] ? { id: ids[0] } : {},
      data: await readData(dataPath),
      apply: context.values.apply === true
    });
    const json = stringOption(context.values, "json");
    if (json === "-") context.print(outcome.json);
    else {
      context.print(outcome.text);
      if (json) await writeOutput(json, outcome.json);
    }
    return 0;
  }
};
async function runExperiment(context, request) {
  const variants = readOutcomes(request.data.text, request.data.path);
  const lock = await readLockFile(context.root, context.config.lockFile);
  const subject = pickSubject(lock, request, context);
  const samples = (version, role) => {
    const found = variants.get(version);
    if (found) return found;
    throw new ConfigError(
      `no rows for the ${role} ${version} (variants in the data: ${[...variants.keys()].sort(byCodeUnit).join(", ")})`,
      { file: request.data.path },
      "name the variants with --control and --canary, or check the `variant` column"
    );
  };
  const analysis = analyzeExperiment(
    samples(subject.control, "control"),
    samples(subject.canary, "canary"),
    context.config.release.rules
  );
  const about = {
    env: request.env,
    ...subject.id ? { id: subject.id } : {},
    ...subject.weight === void 0 ? {} : { weight: subject.weight }
  };
  let applied;
  if (request.apply && analysis.decision !== "continue") {
    const id = subject.id;
    if (!id) throw new UsageError("--apply needs the prompt id whose rollout it completes or aborts");
    const actor = await resolveActor(context.root, context.env);
    applied = await updateLockFile(context.root, context.config.lockFile, (current) => {
      const result = applyDecision({
        lock: current,
        env: request.env,
        id,
        analysis,
        actor,
        now: context.now()
      });
      return result ? { lock: result.lock, result: result.summary } : { result: [] };
    });
  }
  const text2 = renderAnalysis(analysis, about) + (applied ? `applied: ${applied.join("; ")}
commit ${context.config.lockFile} (and re-export flagd flags)
` : "") + (request.apply && analysis.decision === "continue" ? "applied: nothing (the decision is continue)\n" : "");
  return {
    analysis,
    subject: about,
    ...applied ? { applied } : {},
    text: text2,
    json: analysisJson(analysis, about)
  };
}
function pickSubject(lock, request, context) {
  const control = stringOption(context.values, "control");
  const canary = stringOption(context.values, "canary");
  let id = request.id;
  if (!id && (!control || !canary)) {
    const rolling = Object.entries(environmentPrompts(lock, request.env)).filter(([, p]) => p.rollout);
    if (rolling.length !== 1) {
      throw new UsageError(
        rolling.length === 0 ? `no rollout is in progress in ${request.env}: name the prompt, or the variants with --control V --canary V` : `several rollouts are in progress in ${request.env} (${rolling.map(([i]) => i).join(", ")}): name the prompt`
      );
    }
    id = rolling[0]?.[0];
  }
  const record = id ? findInEnvironment(lock, request.env, id) : void 0;
  if (id && !record && (!control || !canary))
    throw new UsageError(`\`${id}\` has no version in ${request.env}`);
  const resolvedControl = control ?? record?.version;
  const resolvedCanary = canary ?? record?.rollout?.version;
  if (!resolvedControl || !resolvedCanary) {
    throw new UsageError(
      `no rollout of \`${id ?? ""}\` is in progress in ${request.env}: name the variants with --control V --canary V`
    );
  }
  if (resolvedControl === resolvedCanary)
    throw new UsageError("--control and --canary name the same version");
  return {
    ...id ? { id } : {},
    control: resolvedControl,
    canary: resolvedCanary,
    ...record?.rollout && record.rollout.version === resolvedCanary ? { weight: record.rollout.weight } : {}
  };
}
async function readData(path) {
  try {
    return { path, text: await readFile(resolve2(process.cwd(), path), "utf8") };
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
      throw new UsageError(`cannot read the data file ${path} (${code})`);
    }
    throw error;
  }
}

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
    const text2 = renderFlagd(await readLockFile(context.root, context.config.lockFile), env);
    const out = stringOption(context.values, "out");
    if (out === void 0 || out === "-") context.print(text2);
    else await writeOutput(out, text2);
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
    const id = singleId2(context.args, "rollout");
    const env = resolveEnvironment(stringOption(context.values, "env"), context.config.release.environments);
    const version = stringOption(context.values, "version");
    const weightText = stringOption(context.values, "weight");
    const abort2 = context.values.abort === true;
    if (abort2 && (version !== void 0 || weightText !== void 0))
      throw new UsageError("rollout --abort takes no --version or --weight");
    if (!abort2 && (version === void 0 || weightText === void 0))
      throw new UsageError("rollout needs --version V and --weight W (0-100), or --abort");
    const weight = abort2 ? void 0 : parseWeight(weightText ?? "");
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
  const id = singleId2(context.args, "status --set");
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
  json: { type: "string" },
  markdown: { type: "string" },
  junit: { type: "string" },
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
  return parseArgs2({ args: bareHistoryJson(argv), options: OPTIONS, allowPositionals: true, strict: true });
}
function bareHistoryJson(argv) {
  if (argv.find((arg) => !arg.startsWith("-")) !== "history") return argv;
  return argv.flatMap((arg, i) => {
    const next = argv[i + 1];
    const bare = next === void 0 || next.startsWith("-") && next !== "-";
    return arg === "--json" && bare ? [arg, "-"] : [arg];
  });
}
var processDeps = () => ({
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  clock: () => /* @__PURE__ */ new Date()
});
async function main(argv, deps = processDeps()) {
  const release = RELEASE_COMMANDS.get(argv[0] ?? "");
  if (release) {
    return runReleaseCommand(release, argv, {
      env: deps.env,
      root: await repoRoot2(deps.cwd),
      print: (text2) => void deps.stdout.write(text2),
      printError: (text2) => void deps.stderr.write(text2),
      now: deps.clock
    });
  }
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    deps.stderr.write(`promptgate: ${getErrorMessage(error)}

${HELP}`);
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
    deps.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  try {
    const root = await repoRoot2(deps.cwd);
    if (command === "eval" || command === "compare") return await evaluate2(command, values, deps, root);
    if (command === "merge") return await merge(rest, values, deps, root);
    if (LIFECYCLE_COMMANDS.includes(command))
      return await runLifecycleCommand(
        command,
        rest,
        {
          ...values,
          config: configFor(values, deps.cwd, root),
          report: values.report && resolve3(deps.cwd, values.report),
          json: values.json && values.json !== "-" ? resolve3(deps.cwd, values.json) : values.json
        },
        { root, env: deps.env, clock: deps.clock, print: (text2) => void deps.stdout.write(text2) }
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
async function evaluate2(command, values, deps, root) {
  const mode = command;
  const { env, stdout, stderr } = deps;
  const color = !values["no-color"] && stdout.isTTY === true && !env.NO_COLOR;
  const options = {
    configPath: configFor(values, deps.cwd, root),
    offline: values.offline ?? false,
    cacheMode: values["no-cache"] ? "off" : values["cache-read-only"] ? "read" : void 0,
    only: values.only,
    shard: values.shard ? parseShard(values.shard) : void 0,
    overrides: { failOn: failOnOption(values) }
  };
  const progress = {
    onProgress: values.quiet ? void 0 : progressPrinter(stderr),
    onPlan: (plans, gateway) => {
      if (values.quiet) return;
      const evaluated = plans.filter((p) => p.cases.length > 0);
      const models = [
        ...new Set(
          evaluated.flatMap((p) => [p.candidate?.model, p.baseline?.model]).filter((m) => !!m)
        )
      ];
      const others = plans.length - evaluated.length;
      stderr.write(
        `promptgate: ${evaluated.length} prompt(s) to evaluate${models.length ? ` with ${models.map((m) => gateway.describe(m)).join(", ")}` : ""}${others ? ` (${others} more reported without evaluation)` : ""}
`
      );
    }
  };
  const evaluateDeps = { root, repository: gitRepository(root), env, clock: deps.clock, progress };
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
    if (values.json)
      await writeOutput(resolve3(deps.cwd, values.json), reportJson(errorReport(mode, error, deps.clock())));
    throw error;
  }
  await writeReports(report, values, deps.cwd);
  await writeOutput(join3(root, LAST_REPORT_PATH), reportJson(report));
  stdout.write(renderTerminal(report, { color, width: stdout.columns }));
  return exitCodeFor(report);
}
async function merge(files, values, deps, root) {
  let report;
  try {
    if (files.length === 0) throw new UsageError("merge needs one or more JSON report files");
    const reports = await Promise.all(files.map((file) => readReportFile(resolve3(deps.cwd, file))));
    const config = await loadConfig(new WorkingTreeSnapshot(root), configFor(values, deps.cwd, root));
    const failOn = failOnOption(values);
    report = mergeReports(reports, failOn ? { ...config.gate, failOn } : config.gate);
  } catch (error) {
    if (values.json)
      await writeOutput(
        resolve3(deps.cwd, values.json),
        reportJson(errorReport("compare", error, deps.clock()))
      );
    throw error;
  }
  await writeReports(report, values, deps.cwd);
  deps.stdout.write(renderTerminal(report, { color: false }));
  return exitCodeFor(report);
}
async function writeReports(report, values, cwd) {
  if (values.json) await writeOutput(resolve3(cwd, values.json), reportJson(report));
  if (values.markdown) await writeOutput(resolve3(cwd, values.markdown), renderMarkdown(report, {}));
  if (values.junit) await writeOutput(resolve3(cwd, values.junit), renderJUnit(report));
}
function failOnOption(values) {
  const text2 = values["fail-on"];
  if (text2 === void 0) return void 0;
  const parsed = parseFailOn(text2);
  if (!parsed.ok) {
    throw new UsageError(
      `--fail-on: unknown verdict(s) ${parsed.unknown.join(", ") || "(none given)"}; use ${FAIL_ON_HELP}`
    );
  }
  return parsed.failOn;
}
async function repoRoot2(cwd) {
  const top = await git(["rev-parse", "--show-toplevel"], cwd).catch(() => void 0);
  return top?.exitCode === 0 && top.stdout.trim() ? top.stdout.trim() : cwd;
}
function configFor(values, cwd, root) {
  if (!values.config) return void 0;
  return relative2(root, resolve3(cwd, values.config)).split(sep2).join("/");
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
