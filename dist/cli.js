#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  BASELINE_UNAVAILABLE,
  CANDIDATE_UNAVAILABLE,
  NO_EVAL_PROMPTS,
  NO_PROMPT_CHANGES,
  TOOL_VERSION,
  WorkingTreeSnapshot,
  assemblePromptReport,
  caseProblems,
  count,
  defaultConfig,
  duration,
  errorReport,
  exitCodeFor,
  formatHistory,
  formatHistoryJson,
  hasBaseline,
  headline,
  interval,
  loadConfig,
  loadProject,
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
  resolveActor,
  runCompare,
  runEval,
  runReasons,
  score,
  shortHash,
  shortSha,
  usd,
  verdictLabel,
  verdictSeverity,
  worstVerdict,
  writeLockFile,
  writeOutput
} from "./chunks/chunk-I6A6J2CL.js";
import {
  ConfigError,
  UsageError,
  findLocked,
  getErrorMessage,
  git,
  gitOrThrow,
  productionEntry,
  readFileAtCommit,
  readWorkingFile,
  sha256
} from "./chunks/chunk-Z2RTJZHC.js";
import "./chunks/chunk-7PPADPII.js";
import "./chunks/chunk-NM3O7CPD.js";

// src/cli.ts
import { join as join3, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

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
  const result = {
    kind: report.verdict === "error" ? "error" : "failure",
    message: reasons[0] ?? report.verdict,
    detail: reasons.join("\n")
  };
  return {
    xml: [
      `  <testsuite name="promptgate" tests="1" failures="${result.kind === "failure" ? 1 : 0}" errors="${result.kind === "error" ? 1 : 0}" skipped="0">`,
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
function gateResult(prompt) {
  if (prompt.verdict === "pass") return { kind: "pass" };
  return {
    kind: prompt.verdict === "error" ? "error" : "failure",
    message: prompt.reasons[0] ?? prompt.verdict,
    detail: prompt.reasons.join("\n")
  };
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
  const runErrors = reports.reduce(
    (sum, r) => sum + r.errors - r.prompts.reduce((s, p) => s + p.errors, 0),
    0
  );
  return {
    schemaVersion: 1,
    tool: first.tool,
    mode: first.mode,
    verdict: worstVerdict(verdicts),
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
    errors: prompts.reduce((sum, p) => sum + p.errors, 0) + Math.max(0, runErrors)
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
var SYMBOL = { pass: "\u2714", fail: "\u2716", error: "\u26A0" };
function paint(color) {
  const wrap2 = (code, text2) => color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
  const codes = { pass: "32", fail: "31", error: "33" };
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
  for (const reason of runReasons(report)) lines.push(...wrap(`note: ${clean(reason)}`, width, "", "  "));
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
    `${plural(report.prompts.length, "prompt")}: ${tally("pass")} passed, ${tally("fail")} failed, ${tally("error")} errored`,
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
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
async function rollback(args) {
  const current = findLocked(args.lock, args.id);
  if (!current)
    throw new UsageError(`\`${args.id}\` has no production version in the lock file: nothing to roll back`);
  const target = args.toVersion ? namedVersion(current, args.toVersion) : previousVersion(current);
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
  const lock = { prompts: { ...args.lock.prompts, [args.id]: locked } };
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
    const full = join(args.root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text2, "utf8");
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
  for (const event of current.history) {
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
function namedVersion(current, version) {
  const matches = (e) => e.version === version || version.length >= 7 && e.hash.startsWith(version);
  const event = current.history.findLast(matches);
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
  const print = context.print ?? ((text2) => void process.stdout.write(text2));
  const config = await loadConfig(new WorkingTreeSnapshot(context.root), options.config);
  const lock = await readLockFile(context.root, config.lockFile);
  if (command === "history") {
    const id = singleId(args, "history");
    if (options.json === void 0) print(formatHistory(lock, id));
    else if (options.json === "-") print(formatHistoryJson(lock, id));
    else await writeOutput(options.json, formatHistoryJson(lock, id));
    return 0;
  }
  const actor = await resolveActor(context.root, context.env);
  if (command === "rollback") {
    const result2 = await rollback({
      root: context.root,
      lock,
      id: singleId(args, "rollback"),
      ...options.to ? { toVersion: options.to } : {},
      actor,
      now: /* @__PURE__ */ new Date(),
      restoreFile: !options["no-restore"]
    });
    await writeLockFile(context.root, config.lockFile, result2.lock);
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
  const result = await promote({
    root: context.root,
    lock,
    prompts: project.prompts,
    ids: options.all ? "all" : args,
    ...await lastReport(options.report, context.root),
    ...options.force !== void 0 ? { force: { reason: options.force } } : {},
    actor,
    commit: (await gitOrThrow(["rev-parse", "HEAD"], context.root)).trim(),
    now: /* @__PURE__ */ new Date(),
    tag: config.promotion.tag && !options["no-tag"]
  });
  if (result.promoted.length > 0) await writeLockFile(context.root, config.lockFile, result.lock);
  print(
    [
      ...result.promoted.map((id) => `promoted ${id} ${result.lock.prompts[id]?.version ?? ""}`),
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

// src/cli.ts
var HELP = `promptgate ${TOOL_VERSION}: a prompt-regression gate

Usage:
  promptgate eval [options]                 evaluate every prompt of the working tree
  promptgate compare --base REF [--head REF] evaluate changed prompts on base and head, gate on the difference
  promptgate merge REPORT.json... [options] combine sharded reports into one verdict
  promptgate promote <id...|--all> [--report FILE] [--force REASON] [--no-tag]   (default report: the last eval/compare run)
  promptgate rollback <id> [--to VERSION] [--no-restore]   (--no-restore: update the lock file only)
  promptgate history <id> [--json [FILE|-]]

Options:
  --config FILE       config file (default: promptgate.yaml)
  --json FILE         write the JSON report (always written, also on failure)
  --markdown FILE     write the report as GitHub-flavoured Markdown
  --junit FILE        write JUnit XML (one testcase per case)
  --only ID           only this prompt (repeatable)
  --shard I/N         run shard I of N (whole prompts per shard)
  --offline           use the deterministic offline model for every call (no keys, no network)
  --no-cache          neither read nor write the response cache
  --cache-read-only   read the cache but never write it
  --no-color          plain terminal output
  -q, --quiet         no progress output

Exit codes: 0 pass, 1 gate failed, 2 configuration/usage error or errored evaluation.
`;
var OPTIONS = {
  config: { type: "string" },
  json: { type: "string" },
  markdown: { type: "string" },
  junit: { type: "string" },
  only: { type: "string", multiple: true },
  shard: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  offline: { type: "boolean" },
  "no-cache": { type: "boolean" },
  "cache-read-only": { type: "boolean" },
  "no-color": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  // lifecycle commands
  all: { type: "boolean" },
  report: { type: "string" },
  force: { type: "string" },
  to: { type: "string" },
  "no-restore": { type: "boolean" },
  "no-tag": { type: "boolean" }
};
function parse(argv) {
  return parseArgs({ args: bareHistoryJson(argv), options: OPTIONS, allowPositionals: true, strict: true });
}
function bareHistoryJson(argv) {
  if (argv.find((arg) => !arg.startsWith("-")) !== "history") return argv;
  return argv.flatMap((arg, i) => {
    const next = argv[i + 1];
    const bare = next === void 0 || next.startsWith("-") && next !== "-";
    return arg === "--json" && bare ? [arg, "-"] : [arg];
  });
}
async function main(argv, env = process.env) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`promptgate: ${getErrorMessage(error)}

${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  if (values.help || !command || command === "help") {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  try {
    const root = await repoRoot();
    if (command === "eval" || command === "compare") return await evaluate(command, values, env, root);
    if (command === "merge") return await merge(rest, values, root);
    if (LIFECYCLE_COMMANDS.includes(command))
      return await runLifecycleCommand(
        command,
        rest,
        { ...values, config: configFor(values, root) },
        { root, env }
      );
    throw new UsageError(
      `unknown command \`${command}\` (try: eval, compare, merge, promote, rollback, history)`
    );
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof UsageError;
    process.stderr.write(`promptgate: ${known ? "" : "error: "}${getErrorMessage(error)}
`);
    return 2;
  }
}
async function evaluate(command, values, env, root) {
  const mode = command;
  const color = !values["no-color"] && process.stdout.isTTY === true && !env.NO_COLOR;
  const progress = values.quiet ? void 0 : progressPrinter();
  const options = {
    root,
    configPath: configFor(values, root),
    env,
    offline: values.offline ?? false,
    cacheMode: values["no-cache"] ? "off" : values["cache-read-only"] ? "read" : void 0,
    only: values.only,
    shard: values.shard ? parseShard(values.shard) : void 0,
    onProgress: progress,
    onPlan: (plans, gateway) => {
      if (values.quiet) return;
      const evaluated = plans.filter((p) => p.cases.length > 0);
      const models = [
        ...new Set(
          evaluated.flatMap((p) => [p.candidate?.model, p.baseline?.model]).filter((m) => !!m)
        )
      ];
      const others = plans.length - evaluated.length;
      process.stderr.write(
        `promptgate: ${evaluated.length} prompt(s) to evaluate${models.length ? ` with ${models.map((m) => gateway.describe(m)).join(", ")}` : ""}${others ? ` (${others} more reported without evaluation)` : ""}
`
      );
    }
  };
  let report;
  try {
    if (command === "compare") {
      if (!values.base) throw new UsageError("compare needs --base REF (e.g. --base origin/main)");
      report = await runCompare({ ...options, base: values.base, head: values.head });
    } else {
      report = await runEval(options);
    }
  } catch (error) {
    if (values.json) await writeOutput(values.json, reportJson(errorReport(mode, error)));
    throw error;
  }
  await writeReports(report, values);
  await writeOutput(join3(options.root, LAST_REPORT_PATH), reportJson(report));
  process.stdout.write(renderTerminal(report, { color, width: process.stdout.columns }));
  return exitCodeFor(report);
}
async function merge(files, values, root) {
  let report;
  try {
    if (files.length === 0) throw new UsageError("merge needs one or more JSON report files");
    const reports = await Promise.all(files.map(readReportFile));
    const config = await loadConfig(new WorkingTreeSnapshot(root), configFor(values, root));
    report = mergeReports(reports, config.gate);
  } catch (error) {
    if (values.json) await writeOutput(values.json, reportJson(errorReport("compare", error)));
    throw error;
  }
  await writeReports(report, values);
  process.stdout.write(renderTerminal(report, { color: false }));
  return exitCodeFor(report);
}
async function writeReports(report, values) {
  if (values.json) await writeOutput(values.json, reportJson(report));
  if (values.markdown) await writeOutput(values.markdown, renderMarkdown(report, {}));
  if (values.junit) await writeOutput(values.junit, renderJUnit(report));
}
async function repoRoot() {
  const top = await git(["rev-parse", "--show-toplevel"], process.cwd()).catch(() => void 0);
  return top?.exitCode === 0 && top.stdout.trim() ? top.stdout.trim() : process.cwd();
}
function configFor(values, root) {
  if (!values.config) return void 0;
  return relative(root, resolve(process.cwd(), values.config)).split(sep).join("/");
}
function progressPrinter() {
  const tty = process.stderr.isTTY === true;
  let lastDecile = -1;
  return (done, total) => {
    if (tty) {
      process.stderr.write(`\r  evaluating ${done}/${total}${done === total ? "\n" : ""}`);
      return;
    }
    const decile = Math.floor(done / total * 10);
    if (total >= 20 && decile !== lastDecile) {
      lastDecile = decile;
      process.stderr.write(`  evaluated ${done}/${total}
`);
    }
  };
}

// src/cli-entry.ts
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `promptgate: unexpected failure: ${error instanceof Error ? error.message : String(error)}
`
    );
    process.exitCode = 2;
  }
);
