/**
 * The HTML report (`--html FILE`): one self-contained page a reviewer opens from the workflow's
 * artifacts. No script at all (the Content-Security-Policy forbids any, and every byte of model
 * output, case data and names is escaped), no network (no external styles, fonts or images).
 * The filters are radio buttons styled with CSS, so they work without script.
 */
import { roundsSummary } from './rounds.js';
import { DEFAULT_FAIL_ON } from '../core/verdict.js';
import {
  FLAKY_CASE,
  headline,
  hasBaseline,
  notAppliedNote,
  passRateChange,
  rankPrompts,
  rootCauses,
  runReasons,
} from './facts.js';
import { reportNotices } from './notices.js';
import {
  count,
  duration,
  interval,
  percent,
  plural,
  points,
  pStatement,
  score,
  shortSha,
  usd,
  verdictLabel,
} from './format.js';
import { HTML_STYLE } from './html-style.js';
import type {
  CaseReport,
  CaseSideReport,
  MetricReport,
  PromptReport,
  Report,
  SideStats,
  SideUsage,
} from './types.js';
import { wordDiff, type DiffPart } from './word-diff.js';

/**
 * Keeps the page small for large runs (the JSON report holds everything): outputs share a budget,
 * most of it for the cases a reviewer opens (flipped, failing, errored); inputs share another.
 */
const MAX_OUTPUT_CHARS = 8000;
const OUTPUT_BUDGET = { notable: 700_000, other: 250_000 };
const MIN_OUTPUT_CHARS = { notable: 1000, other: 400 };
const INPUT_BUDGET = 500_000;

interface Limits {
  /** Characters of each output of a notable (flipped, failing, errored) case, and of any other. */
  notableOutput: number;
  otherOutput: number;
  /** Characters of each input value. */
  inputValue: number;
}

function limitsFor(classes: string[][][]): Limits {
  const cases = classes.flat();
  const notable = cases.filter((c) => c.length > 0).length;
  const share = (budget: number, outputs: number, min: number) =>
    outputs === 0
      ? MAX_OUTPUT_CHARS
      : Math.min(MAX_OUTPUT_CHARS, Math.max(min, Math.floor(budget / outputs)));
  return {
    notableOutput: share(OUTPUT_BUDGET.notable, 2 * notable, MIN_OUTPUT_CHARS.notable),
    otherOutput: share(OUTPUT_BUDGET.other, 2 * (cases.length - notable), MIN_OUTPUT_CHARS.other),
    // Per case, split over its variables below.
    inputValue: Math.min(6000, Math.max(600, Math.floor(INPUT_BUDGET / Math.max(1, cases.length)))),
  };
}

/** Everything that could load or run something is refused; inline styles are the page's own. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

type Filter = 'flipped' | 'failing' | 'errored' | 'all';
const FILTERS: { id: Filter; label: string }[] = [
  { id: 'flipped', label: 'Flipped' },
  { id: 'failing', label: 'Failing' },
  { id: 'errored', label: 'Errored' },
  { id: 'all', label: 'All' },
];

export function renderHtml(report: Report): string {
  const classes = report.prompts.map((p) => p.cases.map(caseClasses));
  const limits = limitsFor(classes);
  const tally = (f: Filter) => classes.flat().filter((c) => f === 'all' || c.includes(f)).length;
  // Open on what a reviewer wants first: flips, else failures, else everything.
  const initial: Filter = tally('flipped') > 0 ? 'flipped' : tally('failing') > 0 ? 'failing' : 'all';
  const title = `promptgate ${verdictLabel(report.verdict)}: ${headline(report)}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...FILTERS.map(
      (f) =>
        `<input class="filter" type="radio" name="filter" id="f-${f.id}"${f.id === initial ? ' checked' : ''}>`,
    ),
    header(report, title),
    `<nav class="filters" aria-label="Show cases">${FILTERS.map(
      (f) => `<label for="f-${f.id}">${f.label} <span class="n">${tally(f.id)}</span></label>`,
    ).join('')}</nav>`,
    '<main>',
    ...report.prompts.map((p, i) => promptSection(p, i, classes[i] ?? [], limits)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function header(report: Report, title: string): string {
  const u = report.usage;
  const refs =
    report.base && report.head
      ? `<code>${esc(report.base.ref)}</code> (${esc(shortSha(report.base.sha))}) → <code>${esc(report.head.ref)}</code> (${esc(shortSha(report.head.sha))})`
      : '';
  const facts = [
    `promptgate ${esc(report.tool.version)} · ${esc(report.mode)}`,
    ...(refs ? [refs] : []),
    esc(report.generatedAt),
  ];
  const usage = [
    `${plural(u.calls, 'call')} (${u.cachedCalls} cached, ${u.errors} failed)`,
    `${count(u.inputTokens)} in / ${count(u.outputTokens)} out tokens`,
    usd(u.costUsd),
    `p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`,
    `judge: ${plural(u.judge.calls, 'call')}, ${count(u.judge.inputTokens + u.judge.outputTokens)} tokens, ${usd(u.judge.costUsd)}`,
    ...(u.budgetExhausted ? ['budget exhausted'] : []),
  ];
  const table = report.prompts.length > 1 ? summaryTable(report.prompts) : '';
  // Each prompt states its own reasons once, in its section; here only what belongs to the run.
  const run = runReasons(report);
  const reasons = run.length > 0 ? list(run.map((r) => withCode(r.message))) : '';
  const failOn = report.failOn ?? DEFAULT_FAIL_ON;
  facts.push(failOn.length > 0 ? `fails the check on: ${esc(failOn.join(', '))}` : 'never fails the check');
  return `<header class="verdict-${report.verdict}">
<h1>${withCode(title)}</h1>
<p class="meta">${facts.join(' · ')}</p>
<p class="meta">Usage and cost: ${esc(usage.join(' · '))}</p>
${reasons}${notices(report)}${table}
</header>`;
}

/** Prompts not evaluated, warnings and head config settings not applied: listed in full. */
function notices(report: Report): string {
  const { notEvaluated, warnings } = reportNotices(report);
  const untrusted = notAppliedNote(report);
  const block = (title: string, items: string[]) =>
    items.length > 0 ? `<div class="notice"><h3>${title}</h3>${list(items.map(withCode))}</div>` : '';
  return (
    block('Not evaluated', notEvaluated) + block('Warnings', [...(untrusted ? [untrusted] : []), ...warnings])
  );
}

/** Worst first, like the PR comment; each row links to its prompt's section (in report order). */
function summaryTable(prompts: PromptReport[]): string {
  const section = new Map(prompts.map((p, i) => [p, i + 1]));
  const rows = rankPrompts(prompts).map(
    (p) =>
      `<tr class="verdict-${p.verdict}"><td>${badge(p.verdict)}</td><td><a href="#p${section.get(p) ?? 0}"><code>${esc(p.id)}</code></a></td><td>${esc(p.status)}</td><td>${p.cases.length}</td><td>${esc(passRateChange(p, '→'))}</td></tr>`,
  );
  return `<table class="summary"><thead><tr><th></th><th>Prompt</th><th>Change</th><th>Cases</th><th>Pass rate</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function promptSection(prompt: PromptReport, index: number, classes: string[][], limits: Limits): string {
  const id = `p${index + 1}`;
  const has = (f: Filter) => classes.some((c) => c.includes(f));
  const sectionClasses = [
    'prompt',
    `verdict-${prompt.verdict}`,
    ...FILTERS.filter((f) => has(f.id)).map((f) => `has-${f.id}`),
  ];
  const { causes } = rootCauses(prompt);
  const version =
    prompt.version.baseline !== undefined && prompt.version.candidate !== prompt.version.baseline
      ? `${prompt.version.baseline} → ${prompt.version.candidate ?? '—'}`
      : (prompt.version.candidate ?? prompt.version.baseline ?? '');
  const identity = [
    `<code>${esc(prompt.path)}</code>`,
    ...(prompt.previousPath && prompt.previousPath !== prompt.path
      ? [`renamed from <code>${esc(prompt.previousPath)}</code>`]
      : []),
    `<code>${esc(prompt.model)}</code>`,
    ...(version ? [`version ${esc(version)}`] : []),
    ...(prompt.version.notBumped ? ['version not bumped'] : []),
  ];
  const cases = prompt.cases.map((c, i) =>
    caseBlock(c, `${id}-c${i + 1}`, classes[i] ?? [], hasBaseline(prompt), limits),
  );
  const flakyNote = prompt.cases.some((c) => c.flaky)
    ? `<p class="meta"><span class="flaky">flaky</span>: ${esc(FLAKY_CASE)}.</p>`
    : '';
  const empty = FILTERS.filter((f) => f.id !== 'all')
    .map((f) => `<p class="empty empty-${f.id}">No ${f.label.toLowerCase()} cases.</p>`)
    .join('');
  return `<section id="${id}" class="${sectionClasses.join(' ')}">
<h2>${badge(prompt.verdict)} <code>${esc(prompt.id)}</code> <span class="status">${esc(prompt.status)}</span></h2>
<p class="meta">${identity.join(' · ')}</p>
${causes.length > 0 ? list(causes.map(withCode)) : ''}
${prompt.metrics.length > 0 ? metricTable(prompt) : ''}
${usageTable(prompt)}
${prompt.adaptive ? `<p class="meta">${esc(roundsSummary(prompt.adaptive))}</p>\n` : ''}${flakyNote}<div class="cases">${empty}${cases.join('\n')}</div>
</section>`;
}

function metricTable(prompt: PromptReport): string {
  const compare = hasBaseline(prompt);
  const side = (s: SideStats | undefined) =>
    s
      ? `${percent(s.passRate)} <span class="ci">[${percent(s.passRateCi.low)}, ${percent(s.passRateCi.high)}]</span><br>${score(s.meanScore)} ± ${score(s.scoreStdErr)}${s.errors > 0 ? ` <span class="err">${plural(s.errors, 'error')}</span>` : ''}`
      : '—';
  const row = (m: MetricReport) => {
    const name = `<code>${esc(m.name)}</code> <span class="type">${esc(m.type)}</span>`;
    if (m.pairwise) {
      const p = m.pairwise;
      return `<tr><td>${name}</td><td colspan="2">${p.wins} wins · ${p.ties} ties · ${p.losses} losses${p.errors ? ` · ${p.errors} errors` : ''}</td><td>net ${score(p.winRate - p.lossRate, true)} <span class="ci">[${interval(p.netCi)}]</span>, ${esc(pStatement(p.pValue))}</td><td>${badge(m.status)}</td></tr>`;
    }
    const d = m.delta;
    const delta =
      d && d.n > 0
        ? `${points(d.passRate, true)} <span class="ci">[${points(d.passRateCi.low, true)}, ${points(d.passRateCi.high, true)}]</span>` +
          ` · ${score(d.meanScore, true)} <span class="ci">[${interval(d.ci)}]</span> <span class="ci">${percent(d.ciLevel)} intervals</span>` +
          `<br>${d.passToFail} pass → fail, ${d.failToPass} fail → pass, ${esc(pStatement(d.flipPValue))}` +
          ` · score ${esc(pStatement(d.scorePValue))} (${esc(d.scoreTest)})` +
          (d.flakyCases > 0 ? ` · <span class="flaky">${plural(d.flakyCases, 'flaky case')}</span>` : '')
        : '—';
    return compare
      ? `<tr><td>${name}</td><td>${side(m.baseline)}</td><td>${side(m.candidate)}</td><td>${delta}</td><td>${badge(m.status)}</td></tr>`
      : `<tr><td>${name}</td><td>${side(m.candidate ?? m.baseline)}</td><td>${badge(m.status)}</td></tr>`;
  };
  const head = compare
    ? '<th>Metric</th><th>Baseline: pass rate [CI], score ± SE</th><th>Candidate</th><th>Δ pass rate [CI] · Δ score [CI]; flips, one-sided p</th><th>Status</th>'
    : '<th>Metric</th><th>Pass rate [CI], score ± SE</th><th>Status</th>';
  return `<table class="metrics"><thead><tr>${head}</tr></thead><tbody>${prompt.metrics.map(row).join('')}</tbody></table>`;
}

function usageTable(prompt: PromptReport): string {
  const row = (label: string, u: SideUsage | undefined, tokens: number | undefined) =>
    u
      ? `<tr><td>${label}</td><td>${u.calls} (${u.cachedCalls} cached)</td><td>${count(u.inputTokens)} / ${count(u.outputTokens)}</td><td>${usd(u.costUsd)}</td><td>${duration(u.latencyMs.p50)} / ${duration(u.latencyMs.p95)}</td><td>${tokens !== undefined ? count(tokens) : '—'}</td></tr>`
      : '';
  const rows =
    row('Baseline', prompt.usage.baseline, prompt.promptTokens.baseline) +
    row('Candidate', prompt.usage.candidate, prompt.promptTokens.candidate);
  if (!rows) return '';
  return `<table class="usage"><thead><tr><th>Usage</th><th>Calls</th><th>Tokens in / out</th><th>Cost</th><th>Latency p50 / p95</th><th>Prompt tokens</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Which filters show a case. */
function caseClasses(c: CaseReport): string[] {
  const sides = [c.baseline, c.candidate];
  const errored = sides.some((s) => s?.outcome === 'error' || s?.samples.some((x) => x.error !== undefined));
  return [
    ...(c.flip ? ['flipped'] : []),
    ...(c.candidate?.outcome === 'fail' || (!c.candidate && c.baseline?.outcome === 'fail')
      ? ['failing']
      : []),
    ...(errored ? ['errored'] : []),
  ];
}

function caseBlock(c: CaseReport, id: string, classes: string[], compare: boolean, limits: Limits): string {
  const values = Object.keys(c.vars).length + (c.expected !== undefined ? 1 : 0);
  const inputChars = Math.max(120, Math.floor(limits.inputValue / Math.max(1, values)));
  const outputChars = classes.length > 0 ? limits.notableOutput : limits.otherOutput;
  const change = c.flip ? c.flip.replace('->', ' → ') : (c.candidate?.outcome ?? c.baseline?.outcome ?? '');
  const inputs = Object.entries(c.vars).map(
    ([name, value]) => `<dt>${esc(name)}</dt><dd>${clipped(valueText(value), inputChars)}</dd>`,
  );
  if (c.expected !== undefined)
    inputs.push(`<dt>expected</dt><dd>${clipped(valueText(c.expected), inputChars)}</dd>`);
  const before = outputOf(c.baseline, outputChars);
  const after = outputOf(c.candidate, outputChars);
  const panes = compare
    ? diffPanes(before, after, c)
    : `<div class="sides one">${pane('Output', c.candidate, after === undefined ? undefined : [{ op: 'equal', text: after }])}</div>`;
  return `<article id="${id}" class="case ${classes.join(' ')}">
<h3><code>${esc(c.id)}</code> <span class="change change-${changeClass(c)}">${esc(change)}</span>${c.flaky ? ` <span class="flaky" title="${esc(FLAKY_CASE)}">flaky</span>` : ''}</h3>
<dl class="inputs">${inputs.length > 0 ? inputs.join('') : '<dt>inputs</dt><dd>(no variables)</dd>'}</dl>
${panes}
</article>`;
}

function changeClass(c: CaseReport): string {
  if (c.flip) return c.flip === 'pass->fail' ? 'regressed' : 'improved';
  return c.candidate?.outcome ?? 'none';
}

function diffPanes(before: string | undefined, after: string | undefined, c: CaseReport): string {
  if (before === undefined || after === undefined) {
    return `<div class="sides">${pane('Baseline', c.baseline, before === undefined ? undefined : [{ op: 'equal', text: before }])}${pane('Candidate', c.candidate, after === undefined ? undefined : [{ op: 'equal', text: after }])}</div>`;
  }
  const parts = wordDiff(before, after);
  return `<div class="sides">${pane(
    'Baseline',
    c.baseline,
    parts.filter((p) => p.op !== 'insert'),
  )}${pane(
    'Candidate',
    c.candidate,
    parts.filter((p) => p.op !== 'delete'),
  )}</div>`;
}

function pane(label: string, side: CaseSideReport | undefined, parts: DiffPart[] | undefined): string {
  if (!side) return `<div class="side"><h4>${label}</h4><p class="none">not run</p></div>`;
  const status = `${badge(side.outcome)} score ${score(side.score)}${side.samples.length > 1 ? ` · ${plural(side.samples.length, 'sample')} (first shown)` : ''}`;
  const body =
    parts === undefined
      ? `<pre class="error">${esc(side.samples.find((s) => s.error !== undefined)?.error ?? 'no output')}</pre>`
      : `<pre>${parts.map(diffPart).join('')}</pre>`;
  const problems = sideProblems(side);
  return `<div class="side"><h4>${label} ${status}</h4>${body}${problems.length > 0 ? list(problems.map(esc), 'problems') : ''}</div>`;
}

function diffPart(part: DiffPart): string {
  const text = esc(part.text);
  return part.op === 'delete' ? `<del>${text}</del>` : part.op === 'insert' ? `<ins>${text}</ins>` : text;
}

/** The first output, capped so one runaway generation cannot bloat the page. */
function outputOf(side: CaseSideReport | undefined, max: number): string | undefined {
  const output = side?.samples.find((s) => s.output !== undefined)?.output;
  if (output === undefined || output.length <= max) return output;
  return `${output.slice(0, max)}… [${count(output.length - max)} more characters in the JSON report]`;
}

function sideProblems(side: CaseSideReport): string[] {
  const seen = new Set<string>();
  for (const s of side.samples) {
    if (s.error !== undefined) seen.add(`error: ${s.error}`);
    for (const [name, r] of Object.entries(s.metrics)) {
      if (r.outcome !== 'pass') seen.add(`${name}${r.outcome === 'error' ? ' (error)' : ''}: ${r.reason}`);
    }
  }
  return [...seen];
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value));
}

function clipped(text: string, max: number): string {
  if (text.length <= max) return `<span class="value">${esc(text)}</span>`;
  return `<span class="value">${esc(text.slice(0, max))}</span><span class="more">… ${count(text.length - max)} more characters</span>`;
}

function badge(verdict: string): string {
  return `<span class="badge badge-${esc(verdict)}">${esc(verdict)}</span>`;
}

function list(items: string[], className = 'reasons'): string {
  return `<ul class="${className}">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** Gate reasons quote names in `code spans`: escaped text, spans rendered as <code>. */
function withCode(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part) => (/^`[^`\n]+`$/.test(part) ? `<code>${esc(part.slice(1, -1))}</code>` : esc(part)))
    .join('');
}

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
