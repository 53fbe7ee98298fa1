#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  reportNotices,
  roundsSummary
} from "./chunk-4TPEIFMN.js";
import {
  FLAKY_CASE,
  count,
  duration,
  hasBaseline,
  headline,
  interval,
  notAppliedNote,
  passRateChange,
  percent,
  plural,
  points,
  rootCauses,
  runReasons,
  score,
  shortSha,
  usd,
  verdictLabel
} from "./chunk-VF6S3Y37.js";
import "./chunk-ECO7HHYC.js";
import {
  DEFAULT_FAIL_ON
} from "./chunk-B3M2E42Y.js";
import "./chunk-NM3O7CPD.js";

// src/report/html-style.ts
var FILTERS = ["flipped", "failing", "errored"];
var FILTER_RULES = FILTERS.map(
  (f) => `#f-${f}:checked ~ main .case:not(.${f}) { display: none; }
#f-${f}:checked ~ main .prompt:not(.has-${f}) .empty-${f} { display: block; }`
).join("\n");
var ACTIVE_LABEL = [...FILTERS, "all"].map((f) => `#f-${f}:checked ~ nav label[for="f-${f}"]`).join(",\n");
var HTML_STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --soft: #f6f8fa;
  --pass: #1a7f37; --fail: #cf222e; --error: #9a6700; --del: #ffebe9; --ins: #dafbe1; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1400px; padding: 1rem 1.5rem 4rem; color: var(--fg); background: var(--bg);
  font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
h1 { font-size: 1.4rem; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; }
h4 { font-size: .85rem; margin: 0 0 .25rem; color: var(--muted); font-weight: 600; }
.meta { color: var(--muted); margin: .25rem 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .75rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
.ci, .type { color: var(--muted); }
.err { color: var(--error); }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; font-size: .75rem; font-weight: 600;
  text-transform: uppercase; color: #fff; background: var(--muted); }
.badge-pass { background: var(--pass); } .badge-fail { background: var(--fail); } .badge-error { background: var(--error); }
.badge-inconclusive { background: #8250df; } .badge-skipped { background: var(--muted); }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--error); border-radius: 4px; padding: .25rem .75rem; margin: .5rem 0; }
.notice h3 { margin: .25rem 0; }
header { border-bottom: 1px solid var(--line); padding-bottom: .5rem; }
header.verdict-fail h1 { color: var(--fail); } header.verdict-error h1 { color: var(--error); }
header.verdict-inconclusive h1 { color: #8250df; }
.filter { position: absolute; opacity: 0; pointer-events: none; }
.filters { position: sticky; top: 0; z-index: 1; background: var(--bg); padding: .6rem 0; border-bottom: 1px solid var(--line);
  display: flex; gap: .5rem; }
.filters label { cursor: pointer; border: 1px solid var(--line); border-radius: 2rem; padding: .2rem .8rem; user-select: none; }
.filters .n { color: var(--muted); }
.prompt { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1.25rem 0; }
.prompt.verdict-fail { border-left: 4px solid var(--fail); } .prompt.verdict-error { border-left: 4px solid var(--error); }
.prompt.verdict-inconclusive { border-left: 4px solid #8250df; }
.case { border-top: 1px solid var(--line); padding: .75rem 0; }
.change { font-weight: 600; } .change-regressed, .change-fail, .change-error { color: var(--fail); }
.change-improved { color: var(--pass); }
.inputs { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0 0 .5rem; }
.inputs dt { font-weight: 600; color: var(--muted); }
.inputs dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.more { color: var(--muted); font-style: italic; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
.sides.one { grid-template-columns: 1fr; }
.side pre { margin: 0; padding: .5rem; background: var(--soft); border: 1px solid var(--line); border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 28rem; overflow: auto; }
.side pre.error { color: var(--error); }
del { background: var(--del); color: #82071e; text-decoration: line-through; }
ins { background: var(--ins); color: #116329; text-decoration: none; }
.problems { margin: .25rem 0 0; padding-left: 1.2rem; color: var(--fail); }
.flaky { color: var(--error); font-weight: 600; }
.empty { display: none; color: var(--muted); font-style: italic; }
${FILTER_RULES}
${ACTIVE_LABEL} { background: var(--fg); color: var(--bg); border-color: var(--fg); }
@media (max-width: 800px) { .sides { grid-template-columns: 1fr; } }
`;

// src/report/word-diff.ts
var MAX_EDITS = 1500;
function tokenize(text) {
  return text.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}
function wordDiff(before, after) {
  const a = tokenize(before);
  const b = tokenize(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix++;
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)) ?? [
    { op: "delete", tokens: a.slice(prefix, a.length - suffix) },
    { op: "insert", tokens: b.slice(prefix, b.length - suffix) }
  ];
  const parts = [
    { op: "equal", tokens: a.slice(0, prefix) },
    ...middle,
    { op: "equal", tokens: a.slice(a.length - suffix) }
  ];
  return cleanup(merge(parts));
}
function cleanup(parts) {
  const edits = (from, step) => {
    let length = 0;
    for (let i = from; i >= 0 && i < parts.length && parts[i]?.op !== "equal"; i += step)
      length += parts[i]?.text.length ?? 0;
    return length;
  };
  const absorbed = parts.flatMap((part, i) => {
    if (part.op !== "equal" || i === 0 || i === parts.length - 1) return [part];
    const short = part.text.length <= Math.min(edits(i - 1, -1), edits(i + 1, 1));
    return short ? [
      { op: "delete", text: part.text },
      { op: "insert", text: part.text }
    ] : [part];
  });
  const out = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) out.push({ op: "delete", text: deleted });
    if (inserted) out.push({ op: "insert", text: inserted });
    deleted = "";
    inserted = "";
  };
  for (const part of absorbed) {
    if (part.op === "delete") deleted += part.text;
    else if (part.op === "insert") inserted += part.text;
    else {
      flush();
      out.push(part);
    }
  }
  flush();
  return out;
}
function merge(parts) {
  const out = [];
  for (const part of parts) {
    const text = part.tokens.join("");
    if (text === "") continue;
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += text;
    else out.push({ op: part.op, text });
  }
  return out;
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    return [
      { op: "delete", tokens: a },
      { op: "insert", tokens: b }
    ];
  }
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0);
      let x2 = down ? v[offset + k + 1] ?? 0 : (v[offset + k - 1] ?? 0) + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return void 0;
  const parts = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d];
    const at = (k2) => previous[k2 + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || k !== d && at(k - 1) < at(k + 1);
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    if (x > startX) parts.push({ op: "equal", tokens: a.slice(startX, x) });
    parts.push(
      down ? { op: "insert", tokens: [b[prevY]] } : { op: "delete", tokens: [a[prevX]] }
    );
    x = prevX;
    y = prevY;
  }
  if (x > 0) parts.push({ op: "equal", tokens: a.slice(0, x) });
  return parts.reverse();
}

// src/report/html.ts
var MAX_OUTPUT_CHARS = 8e3;
var OUTPUT_BUDGET = { notable: 7e5, other: 25e4 };
var MIN_OUTPUT_CHARS = { notable: 1e3, other: 400 };
var INPUT_BUDGET = 5e5;
function limitsFor(classes) {
  const cases = classes.flat();
  const notable = cases.filter((c) => c.length > 0).length;
  const share = (budget, outputs, min) => outputs === 0 ? MAX_OUTPUT_CHARS : Math.min(MAX_OUTPUT_CHARS, Math.max(min, Math.floor(budget / outputs)));
  return {
    notableOutput: share(OUTPUT_BUDGET.notable, 2 * notable, MIN_OUTPUT_CHARS.notable),
    otherOutput: share(OUTPUT_BUDGET.other, 2 * (cases.length - notable), MIN_OUTPUT_CHARS.other),
    // Per case, split over its variables below.
    inputValue: Math.min(6e3, Math.max(600, Math.floor(INPUT_BUDGET / Math.max(1, cases.length))))
  };
}
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
var FILTERS2 = [
  { id: "flipped", label: "Flipped" },
  { id: "failing", label: "Failing" },
  { id: "errored", label: "Errored" },
  { id: "all", label: "All" }
];
function renderHtml(report) {
  const classes = report.prompts.map((p) => p.cases.map(caseClasses));
  const limits = limitsFor(classes);
  const tally = (f) => classes.flat().filter((c) => f === "all" || c.includes(f)).length;
  const initial = tally("flipped") > 0 ? "flipped" : tally("failing") > 0 ? "failing" : "all";
  const title = `promptgate ${verdictLabel(report.verdict)}: ${headline(report)}`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    "</head>",
    "<body>",
    ...FILTERS2.map(
      (f) => `<input class="filter" type="radio" name="filter" id="f-${f.id}"${f.id === initial ? " checked" : ""}>`
    ),
    header(report, title),
    `<nav class="filters" aria-label="Show cases">${FILTERS2.map(
      (f) => `<label for="f-${f.id}">${f.label} <span class="n">${tally(f.id)}</span></label>`
    ).join("")}</nav>`,
    "<main>",
    ...report.prompts.map((p, i) => promptSection(p, i, classes[i] ?? [], limits)),
    "</main>",
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function header(report, title) {
  const u = report.usage;
  const refs = report.base && report.head ? `<code>${esc(report.base.ref)}</code> (${esc(shortSha(report.base.sha))}) \u2192 <code>${esc(report.head.ref)}</code> (${esc(shortSha(report.head.sha))})` : "";
  const facts = [
    `promptgate ${esc(report.tool.version)} \xB7 ${esc(report.mode)}`,
    ...refs ? [refs] : [],
    esc(report.generatedAt)
  ];
  const usage = [
    `${plural(u.calls, "call")} (${u.cachedCalls} cached, ${u.errors} failed)`,
    `${count(u.inputTokens)} in / ${count(u.outputTokens)} out tokens`,
    usd(u.costUsd),
    `p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`,
    `judge: ${plural(u.judge.calls, "call")}, ${count(u.judge.inputTokens + u.judge.outputTokens)} tokens, ${usd(u.judge.costUsd)}`,
    ...u.budgetExhausted ? ["budget exhausted"] : []
  ];
  const table = report.prompts.length > 1 ? summaryTable(report.prompts) : "";
  const run = runReasons(report);
  const reasons = run.length > 0 ? list(run.map((r) => withCode(r.message))) : "";
  const failOn = report.failOn ?? DEFAULT_FAIL_ON;
  facts.push(failOn.length > 0 ? `fails the check on: ${esc(failOn.join(", "))}` : "never fails the check");
  return `<header class="verdict-${report.verdict}">
<h1>${withCode(title)}</h1>
<p class="meta">${facts.join(" \xB7 ")}</p>
<p class="meta">Usage and cost: ${esc(usage.join(" \xB7 "))}</p>
${reasons}${notices(report)}${table}
</header>`;
}
function notices(report) {
  const { notEvaluated, warnings } = reportNotices(report);
  const untrusted = notAppliedNote(report);
  const block = (title, items) => items.length > 0 ? `<div class="notice"><h3>${title}</h3>${list(items.map(withCode))}</div>` : "";
  return block("Not evaluated", notEvaluated) + block("Warnings", [...untrusted ? [untrusted] : [], ...warnings]);
}
function summaryTable(prompts) {
  const rows = prompts.map(
    (p, i) => `<tr class="verdict-${p.verdict}"><td>${badge(p.verdict)}</td><td><a href="#p${i + 1}"><code>${esc(p.id)}</code></a></td><td>${esc(p.status)}</td><td>${p.cases.length}</td><td>${esc(passRateChange(p, "\u2192"))}</td></tr>`
  );
  return `<table class="summary"><thead><tr><th></th><th>Prompt</th><th>Change</th><th>Cases</th><th>Pass rate</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function promptSection(prompt, index, classes, limits) {
  const id = `p${index + 1}`;
  const has = (f) => classes.some((c) => c.includes(f));
  const sectionClasses = [
    "prompt",
    `verdict-${prompt.verdict}`,
    ...FILTERS2.filter((f) => has(f.id)).map((f) => `has-${f.id}`)
  ];
  const { causes } = rootCauses(prompt);
  const version = prompt.version.baseline !== void 0 && prompt.version.candidate !== prompt.version.baseline ? `${prompt.version.baseline} \u2192 ${prompt.version.candidate ?? "\u2014"}` : prompt.version.candidate ?? prompt.version.baseline ?? "";
  const identity = [
    `<code>${esc(prompt.path)}</code>`,
    ...prompt.previousPath && prompt.previousPath !== prompt.path ? [`renamed from <code>${esc(prompt.previousPath)}</code>`] : [],
    `<code>${esc(prompt.model)}</code>`,
    ...version ? [`version ${esc(version)}`] : [],
    ...prompt.version.notBumped ? ["version not bumped"] : []
  ];
  const cases = prompt.cases.map(
    (c, i) => caseBlock(c, `${id}-c${i + 1}`, classes[i] ?? [], hasBaseline(prompt), limits)
  );
  const flakyNote = prompt.cases.some((c) => c.flaky) ? `<p class="meta"><span class="flaky">flaky</span>: ${esc(FLAKY_CASE)}.</p>` : "";
  const empty = FILTERS2.filter((f) => f.id !== "all").map((f) => `<p class="empty empty-${f.id}">No ${f.label.toLowerCase()} cases.</p>`).join("");
  return `<section id="${id}" class="${sectionClasses.join(" ")}">
<h2>${badge(prompt.verdict)} <code>${esc(prompt.id)}</code> <span class="status">${esc(prompt.status)}</span></h2>
<p class="meta">${identity.join(" \xB7 ")}</p>
${causes.length > 0 ? list(causes.map(withCode)) : ""}
${prompt.metrics.length > 0 ? metricTable(prompt) : ""}
${usageTable(prompt)}
${prompt.adaptive ? `<p class="meta">${esc(roundsSummary(prompt.adaptive))}</p>
` : ""}${flakyNote}<div class="cases">${empty}${cases.join("\n")}</div>
</section>`;
}
function metricTable(prompt) {
  const compare = hasBaseline(prompt);
  const side = (s) => s ? `${percent(s.passRate)} <span class="ci">[${percent(s.passRateCi.low)}, ${percent(s.passRateCi.high)}]</span><br>${score(s.meanScore)} \xB1 ${score(s.scoreStdErr)}${s.errors > 0 ? ` <span class="err">${plural(s.errors, "error")}</span>` : ""}` : "\u2014";
  const row = (m) => {
    const name = `<code>${esc(m.name)}</code> <span class="type">${esc(m.type)}</span>`;
    if (m.pairwise) {
      const p = m.pairwise;
      return `<tr><td>${name}</td><td colspan="2">${p.wins} wins \xB7 ${p.ties} ties \xB7 ${p.losses} losses${p.errors ? ` \xB7 ${p.errors} errors` : ""}</td><td>net ${score(p.winRate - p.lossRate, true)} <span class="ci">[${interval(p.netCi)}]</span>, p = ${p.pValue.toFixed(3)}</td><td>${badge(m.status)}</td></tr>`;
    }
    const d = m.delta;
    const delta = d && d.n > 0 ? `${points(d.passRate, true)} <span class="ci">[${points(d.passRateCi.low, true)}, ${points(d.passRateCi.high, true)}]</span> \xB7 ${score(d.meanScore, true)} <span class="ci">[${interval(d.ci)}]</span> <span class="ci">${percent(d.ciLevel)} intervals</span><br>${d.passToFail} pass \u2192 fail, ${d.failToPass} fail \u2192 pass, p = ${d.flipPValue.toFixed(3)} \xB7 score p = ${d.scorePValue.toFixed(3)} (${esc(d.scoreTest)})` + (d.flakyCases > 0 ? ` \xB7 <span class="flaky">${plural(d.flakyCases, "flaky case")}</span>` : "") : "\u2014";
    return compare ? `<tr><td>${name}</td><td>${side(m.baseline)}</td><td>${side(m.candidate)}</td><td>${delta}</td><td>${badge(m.status)}</td></tr>` : `<tr><td>${name}</td><td>${side(m.candidate ?? m.baseline)}</td><td>${badge(m.status)}</td></tr>`;
  };
  const head = compare ? "<th>Metric</th><th>Baseline: pass rate [CI], score \xB1 SE</th><th>Candidate</th><th>\u0394 pass rate [CI] \xB7 \u0394 score [CI]; flips, one-sided p</th><th>Status</th>" : "<th>Metric</th><th>Pass rate [CI], score \xB1 SE</th><th>Status</th>";
  return `<table class="metrics"><thead><tr>${head}</tr></thead><tbody>${prompt.metrics.map(row).join("")}</tbody></table>`;
}
function usageTable(prompt) {
  const row = (label, u, tokens) => u ? `<tr><td>${label}</td><td>${u.calls} (${u.cachedCalls} cached)</td><td>${count(u.inputTokens)} / ${count(u.outputTokens)}</td><td>${usd(u.costUsd)}</td><td>${duration(u.latencyMs.p50)} / ${duration(u.latencyMs.p95)}</td><td>${tokens !== void 0 ? count(tokens) : "\u2014"}</td></tr>` : "";
  const rows = row("Baseline", prompt.usage.baseline, prompt.promptTokens.baseline) + row("Candidate", prompt.usage.candidate, prompt.promptTokens.candidate);
  if (!rows) return "";
  return `<table class="usage"><thead><tr><th>Usage</th><th>Calls</th><th>Tokens in / out</th><th>Cost</th><th>Latency p50 / p95</th><th>Prompt tokens</th></tr></thead><tbody>${rows}</tbody></table>`;
}
function caseClasses(c) {
  const sides = [c.baseline, c.candidate];
  const errored = sides.some((s) => s?.outcome === "error" || s?.samples.some((x) => x.error !== void 0));
  return [
    ...c.flip ? ["flipped"] : [],
    ...c.candidate?.outcome === "fail" || !c.candidate && c.baseline?.outcome === "fail" ? ["failing"] : [],
    ...errored ? ["errored"] : []
  ];
}
function caseBlock(c, id, classes, compare, limits) {
  const values = Object.keys(c.vars).length + (c.expected !== void 0 ? 1 : 0);
  const inputChars = Math.max(120, Math.floor(limits.inputValue / Math.max(1, values)));
  const outputChars = classes.length > 0 ? limits.notableOutput : limits.otherOutput;
  const change = c.flip ? c.flip.replace("->", " \u2192 ") : c.candidate?.outcome ?? c.baseline?.outcome ?? "";
  const inputs = Object.entries(c.vars).map(
    ([name, value]) => `<dt>${esc(name)}</dt><dd>${clipped(valueText(value), inputChars)}</dd>`
  );
  if (c.expected !== void 0)
    inputs.push(`<dt>expected</dt><dd>${clipped(valueText(c.expected), inputChars)}</dd>`);
  const before = outputOf(c.baseline, outputChars);
  const after = outputOf(c.candidate, outputChars);
  const panes = compare ? diffPanes(before, after, c) : `<div class="sides one">${pane("Output", c.candidate, after === void 0 ? void 0 : [{ op: "equal", text: after }])}</div>`;
  return `<article id="${id}" class="case ${classes.join(" ")}">
<h3><code>${esc(c.id)}</code> <span class="change change-${changeClass(c)}">${esc(change)}</span>${c.flaky ? ` <span class="flaky" title="${esc(FLAKY_CASE)}">flaky</span>` : ""}</h3>
<dl class="inputs">${inputs.length > 0 ? inputs.join("") : "<dt>inputs</dt><dd>(no variables)</dd>"}</dl>
${panes}
</article>`;
}
function changeClass(c) {
  if (c.flip) return c.flip === "pass->fail" ? "regressed" : "improved";
  return c.candidate?.outcome ?? "none";
}
function diffPanes(before, after, c) {
  if (before === void 0 || after === void 0) {
    return `<div class="sides">${pane("Baseline", c.baseline, before === void 0 ? void 0 : [{ op: "equal", text: before }])}${pane("Candidate", c.candidate, after === void 0 ? void 0 : [{ op: "equal", text: after }])}</div>`;
  }
  const parts = wordDiff(before, after);
  return `<div class="sides">${pane(
    "Baseline",
    c.baseline,
    parts.filter((p) => p.op !== "insert")
  )}${pane(
    "Candidate",
    c.candidate,
    parts.filter((p) => p.op !== "delete")
  )}</div>`;
}
function pane(label, side, parts) {
  if (!side) return `<div class="side"><h4>${label}</h4><p class="none">not run</p></div>`;
  const status = `${badge(side.outcome)} score ${score(side.score)}${side.samples.length > 1 ? ` \xB7 ${plural(side.samples.length, "sample")} (first shown)` : ""}`;
  const body = parts === void 0 ? `<pre class="error">${esc(side.samples.find((s) => s.error !== void 0)?.error ?? "no output")}</pre>` : `<pre>${parts.map(diffPart).join("")}</pre>`;
  const problems = sideProblems(side);
  return `<div class="side"><h4>${label} ${status}</h4>${body}${problems.length > 0 ? list(problems.map(esc), "problems") : ""}</div>`;
}
function diffPart(part) {
  const text = esc(part.text);
  return part.op === "delete" ? `<del>${text}</del>` : part.op === "insert" ? `<ins>${text}</ins>` : text;
}
function outputOf(side, max) {
  const output = side?.samples.find((s) => s.output !== void 0)?.output;
  if (output === void 0 || output.length <= max) return output;
  return `${output.slice(0, max)}\u2026 [${count(output.length - max)} more characters in the JSON report]`;
}
function sideProblems(side) {
  const seen = /* @__PURE__ */ new Set();
  for (const s of side.samples) {
    if (s.error !== void 0) seen.add(`error: ${s.error}`);
    for (const [name, r] of Object.entries(s.metrics)) {
      if (r.outcome !== "pass") seen.add(`${name}${r.outcome === "error" ? " (error)" : ""}: ${r.reason}`);
    }
  }
  return [...seen];
}
function valueText(value) {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2) ?? String(value);
}
function clipped(text, max) {
  if (text.length <= max) return `<span class="value">${esc(text)}</span>`;
  return `<span class="value">${esc(text.slice(0, max))}</span><span class="more">\u2026 ${count(text.length - max)} more characters</span>`;
}
function badge(verdict) {
  return `<span class="badge badge-${esc(verdict)}">${esc(verdict)}</span>`;
}
function list(items, className = "reasons") {
  return `<ul class="${className}">${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
}
function withCode(text) {
  return text.split(/(`[^`\n]+`)/).map((part) => /^`[^`\n]+`$/.test(part) ? `<code>${esc(part.slice(1, -1))}</code>` : esc(part)).join("");
}
function esc(text) {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
export {
  esc,
  renderHtml
};
