#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  capped,
  reportNotices,
  roundsSummary
} from "./chunk-4TPEIFMN.js";
import {
  caseProblems,
  changeEvidence,
  count,
  duration,
  errorMessages,
  firstOutput,
  hasBaseline,
  headline,
  interval,
  notAppliedNote,
  passRateChange,
  percent,
  plural,
  points,
  regressionOf,
  rootCauses,
  runReasons,
  score,
  shortSha,
  stdErrText,
  usd,
  verdictLabel
} from "./chunk-VF6S3Y37.js";
import {
  escapeHtmlText,
  escapeMarkdown,
  escapeWithCode,
  inlineCode,
  truncate
} from "./chunk-2ZEMAEG7.js";
import {
  verdictSeverity
} from "./chunk-B3M2E42Y.js";

// src/report/evidence.ts
var CHANGE_ORDER = { "pass->fail": 0, error: 1, fail: 1, "fail->pass": 2 };
function evidenceRows(prompt) {
  const compare = hasBaseline(prompt);
  const groups = /* @__PURE__ */ new Map();
  for (const c of prompt.cases) {
    const change = changeOf(c, compare);
    if (!change) continue;
    const key = `${change}\0${sideText(c.candidate) ?? ""}`;
    const group = groups.get(key);
    if (group) group.cases.push(c);
    else groups.set(key, { change, cases: [c] });
  }
  const rows = [...groups.values()].map(({ change, cases }) => {
    const direction = change === "fail->pass" ? -1 : 1;
    const ranked = [...cases].sort(
      (a, b) => flakiness(a) - flakiness(b) || direction * (scoreDrop(b) - scoreDrop(a))
    );
    const first = ranked[0];
    const baseline = sideText(first.baseline);
    return {
      change,
      cases: ranked,
      ...baseline !== void 0 ? { baseline } : {},
      ...sideText(first.candidate) !== void 0 ? { candidate: sideText(first.candidate) } : {},
      sameBaseline: ranked.every((c) => sideText(c.baseline) === baseline),
      problems: caseProblems(first.candidate),
      scoreDrop: scoreDrop(first)
    };
  });
  const order = (r) => CHANGE_ORDER[r.change];
  return rows.sort((a, b) => {
    if (order(a) !== order(b)) return order(a) - order(b);
    const flaky = flakiness(a.cases[0]) - flakiness(b.cases[0]);
    if (flaky !== 0) return flaky;
    const magnitude = a.change === "fail->pass" ? a.scoreDrop - b.scoreDrop : b.scoreDrop - a.scoreDrop;
    if (Math.abs(magnitude) > 1e-12) return magnitude;
    return b.cases.length - a.cases.length;
  });
}
function evidenceCaseCount(rows) {
  return rows.reduce((sum, r) => sum + r.cases.length, 0);
}
function changeOf(c, compare) {
  if (c.flip) return c.flip;
  if (c.candidate?.outcome === "error") return "error";
  if (!compare && c.candidate?.outcome === "fail") return "fail";
  return void 0;
}
function flakiness(c) {
  return c?.flaky ? 1 : 0;
}
function scoreDrop(c) {
  return (c.baseline?.score ?? 1) - (c.candidate?.score ?? 0);
}
function sideText(side) {
  const output = firstOutput(side);
  if (output !== void 0) return output;
  const error = side?.samples.find((s) => s.error !== void 0)?.error;
  return error !== void 0 ? `[error] ${error}` : void 0;
}
function formatInputs(vars, maxChars) {
  const entries = Object.entries(vars).map(([name, value]) => [name, valueText(value)]);
  if (entries.length === 0) return "(no variables)";
  const separator = " \xB7 ";
  const overhead = entries.reduce((sum, [name]) => sum + name.length + 2, 0);
  const room = maxChars - overhead - separator.length * (entries.length - 1);
  const lengths = entries.map(([, v]) => v.length);
  let share = Math.max(8, Math.floor(room / entries.length));
  const short = lengths.filter((l) => l <= share);
  if (short.length < entries.length && short.length > 0) {
    const left = room - short.reduce((a, b) => a + b, 0);
    share = Math.max(share, Math.floor(left / (entries.length - short.length)));
  }
  const text = entries.map(([name, v]) => `${name}: ${truncate(v, share)}`).join(separator);
  return truncate(text, maxChars);
}
function valueText(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.replace(/\s+/g, " ").trim();
}

// src/report/markdown-chart.ts
var MAX_METRICS = 6;
var LABEL_CHARS = 18;
function metricChart(prompt) {
  const metrics = prompt.metrics.filter((m) => m.baseline && m.candidate && m.baseline.n > 0 && m.candidate.n > 0).slice(0, MAX_METRICS);
  if (metrics.length === 0) return void 0;
  const labels = [];
  const values = [];
  for (const m of metrics) {
    const name = label(m.name);
    labels.push(`"${name} base"`, `"${name} cand"`);
    values.push(rounded(m.baseline?.passRate ?? 0), rounded(m.candidate?.passRate ?? 0));
  }
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Pass rate %, baseline vs candidate"',
    `  x-axis [${labels.join(", ")}]`,
    '  y-axis "pass rate %" 0 --> 100',
    `  bar [${values.join(", ")}]`,
    "```"
  ].join("\n");
}
function label(name) {
  const plain = name.replace(/[^A-Za-z0-9 _./-]/g, "_");
  return plain.length > LABEL_CHARS ? `${plain.slice(0, LABEL_CHARS - 1)}_` : plain;
}
function rounded(fraction) {
  return Math.round(fraction * 1e3) / 10;
}

// src/report/markdown-prompt.ts
var GROUP_INPUTS = 3;
var REASON_CHARS = 300;
var PROBLEM_CHARS = 160;
var VERDICT_EMOJI = {
  pass: "\u2705",
  skipped: "\u26AA",
  inconclusive: "\u2754",
  fail: "\u274C",
  error: "\u26A0\uFE0F"
};
var STATUS_LABEL = {
  modified: "modified",
  added: "added",
  removed: "removed",
  renamed: "renamed",
  unchanged: "evaluated"
};
var CHANGE_LABEL = {
  "pass->fail": "pass \u2192 fail",
  "fail->pass": "fail \u2192 pass",
  error: "error",
  fail: "fail"
};
function renderPromptSection(prompt, detail) {
  const parts = [header(prompt), identity(prompt)];
  const { causes, folded } = rootCauses(prompt);
  if (causes.length > 0)
    parts.push(causes.map((r) => `- ${escapeWithCode(truncate(r, REASON_CHARS))}`).join("\n"));
  const chart = detail.chart && prompt.verdict !== "pass" ? metricChart(prompt) : void 0;
  if (chart) parts.push(chart);
  const metrics = detail.compact ? prompt.metrics.filter((m) => m.status !== "pass") : prompt.metrics;
  if (prompt.status !== "removed" && metrics.length > 0) {
    parts.push(hasBaseline(prompt) ? compareTable(metrics) : candidateTable(metrics));
    const mde = detail.compact ? void 0 : detectionNote(prompt);
    if (mde) parts.push(mde);
  }
  const rows = evidenceRows(prompt);
  const shown = rows.slice(0, detail.rows);
  const trimmed = evidenceCaseCount(rows.slice(shown.length));
  if (rows.length > 0) parts.push(evidence(prompt, rows, shown, detail));
  if (detail.rules && folded.length > 0) parts.push(gateRules(folded));
  const errors = errorMessages(prompt);
  if (errors.length > 0 && !detail.compact) parts.push(errorDetails(errors));
  if (!detail.compact && prompt.adaptive)
    parts.push(`<sub>${escapeMarkdown(roundsSummary(prompt.adaptive))}</sub>`);
  if (!detail.compact) parts.push(usageLine(prompt));
  return { text: parts.join("\n\n"), trimmed };
}
function header(prompt) {
  return `### ${VERDICT_EMOJI[prompt.verdict]} ${inlineCode(prompt.id)} \xB7 ${STATUS_LABEL[prompt.status]}`;
}
function identity(prompt) {
  const renamed = prompt.previousPath && prompt.previousPath !== prompt.path ? ` (renamed from ${inlineCode(prompt.previousPath)})` : "";
  const items = [`${inlineCode(prompt.path)}${renamed}`, inlineCode(prompt.model)];
  const { version } = prompt;
  if (version.baseline !== void 0 || version.candidate !== void 0) {
    const change = version.baseline !== void 0 && version.candidate !== void 0 && version.baseline !== version.candidate ? `${inlineCode(version.baseline)} \u2192 ${inlineCode(version.candidate)}` : inlineCode(version.candidate ?? version.baseline ?? "");
    items.push(`version ${change}`);
  }
  if (version.notBumped) {
    const suggestion = version.suggestedBump ? `, suggest a **${version.suggestedBump}** bump` : "";
    items.push(`\u26A0\uFE0F version not bumped${suggestion}`);
  } else if (version.suggestedBump) {
    items.push(`\u26A0\uFE0F the change looks like a **${version.suggestedBump}** bump`);
  }
  return items.join(" \xB7 ");
}
function metricName(metric) {
  return `${inlineCode(metric.name)} (${escapeMarkdown(metric.type)})`;
}
function statusCell(status) {
  return `${VERDICT_EMOJI[status]} ${status}`;
}
function compareTable(metrics) {
  const rows = metrics.map((m) => {
    if (m.pairwise) {
      const p = m.pairwise;
      const tally = `${p.wins} W \xB7 ${p.ties} T \xB7 ${p.losses} L${p.errors ? ` \xB7 ${p.errors} errors` : ""}`;
      return [
        metricName(m),
        "\u2014",
        tally,
        `net ${score(p.winRate - p.lossRate, true)} (${interval(p.netCi)})`,
        statusCell(m.status)
      ];
    }
    const side = (s) => s ? `${percent(s.passRate)} \xB7 ${score(s.meanScore)}` : "\u2014";
    const d = m.delta;
    const delta = d && d.n > 0 ? `${points(d.passRate, true)} \xB7 ${score(d.meanScore, true)} (${changeEvidence(d, " \u2192 ")})` : "\u2014";
    return [metricName(m), side(m.baseline), side(m.candidate), delta, statusCell(m.status)];
  });
  return table(
    ["Metric", "Baseline", "Candidate", "\u0394 pass rate \xB7 \u0394 score (CI; flips; one-sided p)", "Status"],
    rows
  );
}
function candidateTable(metrics) {
  const rows = metrics.map((m) => {
    const s = m.candidate ?? m.baseline;
    if (!s) return [metricName(m), "\u2014", "\u2014", statusCell(m.status)];
    return [
      metricName(m),
      `${percent(s.passRate)} (${percent(s.passRateCi.low)}\u2013${percent(s.passRateCi.high)})`,
      `${score(s.meanScore)} \xB1 ${stdErrText(s.scoreStdErr, s.n)}`,
      statusCell(m.status)
    ];
  });
  return table(["Metric", "Pass rate (CI)", "Mean score \xB1 SE", "Status"], rows);
}
function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
function detectionNote(prompt) {
  const deltas = prompt.metrics.flatMap((m) => m.delta && m.delta.n > 0 ? [m.delta] : []);
  if (deltas.length === 0) return void 0;
  const widest = deltas.reduce((a, b) => b.n > a.n ? b : a);
  return `<sub>${detectionSentence(widest)}</sub>`;
}
function detectionSentence(delta) {
  const confidence = percent(1 - (1 - delta.ciLevel) / 2);
  const flaky = delta.flakyCases > 0 ? ` ${plural(delta.flakyCases, "case")} flaky on the baseline.` : "";
  if (delta.n < 2)
    return `With ${plural(delta.n, "paired case")}, no change can be significant (n/a).${flaky}`;
  const floor = delta.minDetectableEffect >= 1 ? "no pass-rate drop can be significant" : `a pass-rate drop smaller than ${points(delta.minDetectableEffect)} can never be significant`;
  return `With ${plural(delta.n, "paired case")} at ${confidence} (one-sided exact McNemar), ${floor}.${flaky}`;
}
function evidence(prompt, rows, shown, detail) {
  const compare = hasBaseline(prompt);
  const tally = (change) => rows.filter((r) => r.change === change).reduce((sum, r) => sum + r.cases.length, 0);
  const counts = Object.keys(CHANGE_LABEL).filter((change) => tally(change) > 0).map((change) => countLabel(change, tally(change)));
  const summary = `${counts.join(", ")}${shown.length > 0 ? ", most informative first" : ""}`;
  const total = evidenceCaseCount(rows);
  const listed = evidenceCaseCount(shown);
  const more = total > listed ? `\u2026and ${plural(total - listed, "more case")} in the full report.` : "";
  if (shown.length === 0) return `**${escapeMarkdown(summary)}** ${more}`.trimEnd();
  const head = compare ? ["Case", "Inputs", "Baseline", "Candidate"] : ["Case", "Inputs", "Output", "Why"];
  const body = shown.map((r) => evidenceRow(r, compare, detail));
  const text = [table(head, body), ...more ? ["", more] : []].join("\n");
  if (prompt.verdict !== "pass") return `**${escapeMarkdown(summary)}**

${text}`;
  return `<details><summary>${escapeHtmlText(summary)}</summary>

${text}

</details>`;
}
function countLabel(change, n) {
  if (change === "fail") return plural(n, "failing case");
  if (change === "error") return `${plural(n, "case")} errored`;
  return `${plural(n, "case")} ${CHANGE_LABEL[change]}`;
}
function evidenceRow(row, compare, detail) {
  const [first, ...others] = row.cases;
  const ids = row.cases.slice(0, GROUP_INPUTS).map((c) => `${inlineCode(c.id)}${c.flaky ? " (flaky)" : ""}`);
  const extra = row.cases.length - ids.length;
  const same = row.cases.length > 1 ? `<br>same ${compare && !row.sameBaseline ? "candidate output" : "output"} for ${row.cases.length} cases` : "";
  const caseCell = `${ids.join(", ")}${extra > 0 ? ` +${extra} more` : ""}<br>${CHANGE_LABEL[row.change]}${same}`;
  const inputs = [first, ...others].slice(0, GROUP_INPUTS).flatMap((c) => c ? [cell(formatInputs(c.vars, detail.inputChars), detail.inputChars)] : []).join("<br>");
  const problems = row.problems.slice(0, detail.compact ? 1 : 2).map((p) => `\u21B3 ${cell(p, PROBLEM_CHARS)}`).join("<br>");
  const candidate = excerpt(row.candidate, detail.excerptChars);
  if (!compare) return [caseCell, inputs, candidate, problems || "\u2014"];
  const baselineNote = row.cases.length > 1 && !row.sameBaseline ? "<br><sub>(first case; differs per case)</sub>" : "";
  return [
    caseCell,
    inputs,
    `${excerpt(row.baseline, detail.excerptChars)}${baselineNote}`,
    `${candidate}${problems ? `<br>${problems}` : ""}`
  ];
}
function excerpt(text, max) {
  return text === void 0 ? "\u2014" : cell(text, max) || "<sub>(empty output)</sub>";
}
function cell(text, max) {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\uFFFD");
  return escapeMarkdown(truncate(clean.replace(/\s+/g, " ").trim(), max));
}
function gateRules(folded) {
  const items = folded.map((r) => `- ${escapeWithCode(truncate(r, REASON_CHARS))}`);
  return `<details><summary>${escapeHtmlText(plural(folded.length, "gate rule"))} behind this</summary>

${items.join("\n")}

</details>`;
}
function errorDetails(errors) {
  const total = errors.reduce((sum, e) => sum + e.count, 0);
  const items = errors.slice(0, 10).map((e) => `- ${e.count}\xD7 ${escapeMarkdown(truncate(e.message, REASON_CHARS))}`);
  if (errors.length > 10) items.push(`- \u2026and ${errors.length - 10} more kinds`);
  return `<details><summary>${escapeHtmlText(plural(total, "error"))}</summary>

${items.join("\n")}

</details>`;
}
function usageLine(prompt) {
  const side = (label2, u) => u ? [
    `${label2}: ${plural(u.calls, "call")} (${u.cachedCalls} cached), ${count(u.inputTokens)} in / ${count(u.outputTokens)} out tokens, ${usd(u.costUsd)}, p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`
  ] : [];
  const { baseline, candidate } = prompt.promptTokens;
  const size = baseline !== void 0 && candidate !== void 0 ? [
    `prompt ${count(baseline)} \u2192 ${count(candidate)} tokens (${candidate - baseline >= 0 ? "+" : ""}${count(candidate - baseline)})`
  ] : candidate !== void 0 ? [`prompt ${count(candidate)} tokens`] : [];
  return `<sub>${[...side("Baseline", prompt.usage.baseline), ...side("Candidate", prompt.usage.candidate), ...size].join(" \xB7 ")}</sub>`;
}

// src/report/markdown.ts
var DEFAULT_MAX_CHARS = 65536;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;
var HEADLINE_CHARS = 300;
var RICH = { rows: 20, excerptChars: 600, inputChars: 300, chart: true, rules: true };
var FULL = { rows: 8, excerptChars: 300, inputChars: 160, chart: true, rules: true };
var SHORTER = { rows: 5, excerptChars: 200, inputChars: 120, chart: true, rules: true };
var ESSENTIAL = { rows: 3, excerptChars: 160, inputChars: 100, chart: false, rules: false };
var TERSE = { rows: 3, excerptChars: 100, inputChars: 70, chart: false, rules: false };
var COMPACT = { ...TERSE, excerptChars: 80, inputChars: 60, compact: true };
var BARE = { rows: 0, excerptChars: 0, inputChars: 0, chart: false, rules: false };
var PASSING = { rows: 3, excerptChars: 200, inputChars: 120, chart: false, rules: false };
function renderMarkdown(report, options = {}) {
  const fits = (text2) => text2.length <= (options.maxChars ?? (options.maxBytes ? Infinity : DEFAULT_MAX_CHARS)) && (options.maxBytes === void 0 || Buffer.byteLength(text2, "utf8") <= options.maxBytes);
  let rendered = { head: "", text: "" };
  let level = 0;
  const sections = sectionCache();
  for (const detail of detailLevels(report.prompts.length, options.profile ?? "comment")) {
    rendered = renderAt(report, options, detail, level++ > 0, sections);
    if (fits(rendered.text)) return rendered.text;
  }
  const { head, text } = rendered;
  let max = Math.min(text.length, options.maxChars ?? text.length, options.maxBytes ?? text.length);
  for (; ; ) {
    const cut = head.length >= max ? truncate(head, max) : head + truncate(text.slice(head.length), max - head.length);
    if (fits(cut) || max <= 0) return cut;
    max = Math.floor(max * 0.9);
  }
}
function renderJobSummary(report, options = {}) {
  return renderMarkdown(report, { maxBytes: JOB_SUMMARY_MAX_BYTES, ...options, profile: "summary" });
}
function* detailLevels(n, profile) {
  const halving = function* (from) {
    for (let k = from; k > 0; k = Math.floor(k / 2)) yield k;
    yield 0;
  };
  const all = { failingSections: n, rows: n };
  if (profile === "summary") {
    yield { failing: RICH, passing: RICH, ...all };
    yield { failing: RICH, passing: FULL, ...all };
    yield { failing: RICH, ...all };
  }
  yield { failing: FULL, passing: PASSING, ...all };
  yield { failing: FULL, ...all };
  yield { failing: SHORTER, ...all };
  yield { failing: ESSENTIAL, ...all };
  yield { failing: TERSE, ...all };
  yield { failing: COMPACT, ...all };
  for (const failingSections of halving(n)) yield { failing: COMPACT, failingSections, rows: n };
  for (const rows of halving(n)) yield { failing: BARE, failingSections: 0, rows };
}
function renderAt(report, options, detail, shortened, cache) {
  const order = rankPrompts(report.prompts);
  let failingShown = 0;
  let trimmed = 0;
  const sections = [];
  for (const prompt of order) {
    const failing = prompt.verdict !== "pass" && prompt.verdict !== "skipped";
    const sectionDetail = failing ? failingShown++ < detail.failingSections ? detail.failing : void 0 : detail.passing;
    if (sectionDetail) {
      const section = cache.section(prompt, sectionDetail);
      trimmed += section.trimmed;
      sections.push(section.text);
    } else {
      trimmed += failing ? 1 : cache.notableCases(prompt);
    }
  }
  trimmed += report.prompts.length - Math.min(detail.rows, report.prompts.length);
  const head = renderHead(report, options, trimmed, shortened);
  const parts = [head];
  const extra = runReasons(report);
  if (extra.length > 0)
    parts.push(extra.map((r) => `- ${escapeWithCode(truncate(r.message, HEADLINE_CHARS))}`).join("\n"));
  const untrusted = notAppliedNote(report);
  if (untrusted) parts.push(`> \u26A0\uFE0F ${escapeWithCode(truncate(untrusted, 1e3))}`);
  parts.push(...noticeBlocks(report));
  if (report.prompts.length > 1 && detail.rows > 0) parts.push(summaryTable(order, detail.rows));
  parts.push(...sections);
  parts.push(footer(report, options));
  return { head, text: `${parts.join("\n\n")}
` };
}
function sectionCache() {
  const sections = /* @__PURE__ */ new Map();
  const notable = /* @__PURE__ */ new Map();
  return {
    section(prompt, detail) {
      const byDetail = sections.get(prompt) ?? /* @__PURE__ */ new Map();
      sections.set(prompt, byDetail);
      const cached = byDetail.get(detail);
      if (cached) return cached;
      const rendered = renderPromptSection(prompt, detail);
      byDetail.set(detail, rendered);
      return rendered;
    },
    notableCases(prompt) {
      const known = notable.get(prompt);
      if (known !== void 0) return known;
      const count2 = evidenceCaseCount(evidenceRows(prompt));
      notable.set(prompt, count2);
      return count2;
    }
  };
}
function rankPrompts(prompts) {
  const size = new Map(prompts.map((p) => [p, regressionOf(p)?.size ?? 0]));
  return [...prompts].sort(
    (a, b) => verdictSeverity(b.verdict) - verdictSeverity(a.verdict) || (size.get(b) ?? 0) - (size.get(a) ?? 0)
  );
}
function renderHead(report, options, trimmed, shortened) {
  const lines = [
    ...options.marker ? [markerComment(options.marker)] : [],
    `## ${VERDICT_EMOJI[report.verdict]} promptgate ${verdictLabel(report.verdict)}: ${escapeWithCode(truncate(headline(report), HEADLINE_CHARS))}`
  ];
  if (options.htmlReportUrl) {
    lines.push(
      "",
      `\u{1F4C4} [HTML report](${options.htmlReportUrl}): every case with its inputs and a word-level diff of both outputs.`
    );
  }
  if (trimmed > 0 || shortened) {
    const summary = options.runUrl ? `the [job summary](${options.runUrl})` : "the job summary";
    const where = [
      ...options.htmlReportUrl ? [`the [HTML report](${options.htmlReportUrl})`] : [],
      ...options.profile === "summary" ? [] : [summary],
      "the JSON report"
    ];
    const place = options.profile === "summary" ? "the job summary" : "the comment";
    const what = trimmed > 0 ? `${plural(trimmed, "detail")} trimmed` : "Excerpts shortened";
    lines.push("", `> ${what} to fit ${place}; see ${orList(where)}.`);
  }
  return lines.join("\n");
}
function summaryTable(prompts, rows) {
  const compare = prompts.some(hasBaseline);
  const head = ["", "Prompt", "Change", "Cases", compare ? "Pass rate (baseline \u2192 candidate)" : "Pass rate"];
  const body = prompts.slice(0, rows).map((p) => [
    VERDICT_EMOJI[p.verdict],
    inlineCode(p.id),
    p.status,
    String(p.cases.length),
    escapeMarkdown(passRateChange(p, "\u2192"))
  ]);
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const lines = [line(head), line(head.map(() => "---")), ...body.map(line)];
  if (rows < prompts.length) lines.push("", `\u2026and ${prompts.length - rows} more prompts.`);
  return lines.join("\n");
}
var MAX_NOTICES = 20;
function noticeBlocks(report) {
  const notices = reportNotices(report);
  const list = (title, items) => items.length === 0 ? [] : [
    `**${title}**
${capped(items, MAX_NOTICES).map((item) => `- ${escapeWithCode(truncate(item, HEADLINE_CHARS))}`).join("\n")}`
  ];
  return [...list("Not evaluated", notices.notEvaluated), ...list("\u26A0\uFE0F Warnings", notices.warnings)];
}
function footer(report, options) {
  const u = report.usage;
  const refs = report.base && report.head ? [
    `${inlineCode(report.base.ref)} (${shortSha(report.base.sha)}) \u2192 ${inlineCode(report.head.ref)} (${shortSha(report.head.sha)})`
  ] : [];
  const items = [
    `promptgate ${escapeMarkdown(report.tool.version)} \xB7 ${report.mode}`,
    ...refs,
    `${plural(u.calls, "call")} (${u.cachedCalls} cached, ${u.judge.calls} judge)`,
    // Totals already include the judge's calls (shown apart above, never added twice).
    `${count(u.inputTokens + u.outputTokens)} tokens`,
    usd(u.costUsd),
    ...report.shard ? [`shard ${report.shard.index}/${report.shard.total}`] : [],
    ...options.runUrl ? [`[workflow run](${options.runUrl})`] : []
  ];
  return `---
<sub>${items.join(" \xB7 ")}</sub>`;
}
function orList(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
function markerComment(marker) {
  return marker.startsWith("<!--") ? marker : `<!-- ${marker.replace(/--/g, "- -")} -->`;
}
function renderPendingComment(args) {
  const at = args.headSha ? ` at ${inlineCode(shortSha(args.headSha))}` : "";
  const shown = args.promptIds.slice(0, 50).map((id) => `- ${inlineCode(id)}`);
  if (args.promptIds.length > shown.length) shown.push(`- \u2026and ${args.promptIds.length - shown.length} more`);
  return [
    ...args.marker ? [markerComment(args.marker)] : [],
    `## \u23F3 promptgate: evaluating ${plural(args.promptIds.length, "prompt")}${at}\u2026`,
    "",
    ...shown,
    ...args.runUrl ? ["", `<sub>[workflow run](${args.runUrl})</sub>`] : [],
    ""
  ].join("\n");
}

export {
  JOB_SUMMARY_MAX_BYTES,
  renderMarkdown,
  renderJobSummary,
  renderPendingComment
};
