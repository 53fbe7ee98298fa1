/**
 * One prompt's section of the Markdown comment: header, its root causes, a chart and the metric
 * table, the evidence (flipped cases with inputs beside both outputs), usage.
 */
import { roundsSummary } from './rounds.js';
import { escapeHtmlText, escapeMarkdown, escapeWithCode, inlineCode, truncate } from './escape.js';
import {
  evidenceCaseCount,
  evidenceRows,
  formatInputs,
  type EvidenceChange,
  type EvidenceRow,
} from './evidence.js';
import { errorMessages, hasBaseline, rootCauses } from './facts.js';
import {
  changeEvidence,
  count,
  duration,
  interval,
  percent,
  plural,
  points,
  score,
  stdErrText,
  usd,
} from './format.js';
import { metricChart } from './markdown-chart.js';
import type { MetricDelta, MetricReport, PromptReport, SideUsage, Verdict } from './types.js';

export interface SectionDetail {
  /** Evidence rows shown (most informative first); 0 leaves the cases out. */
  rows: number;
  /** Characters of each output excerpt. */
  excerptChars: number;
  /** Characters of each case's inputs. */
  inputChars: number;
  /** The Mermaid chart of baseline vs candidate per metric. */
  chart: boolean;
  /** The gate reasons folded into the root cause, listed in a collapsed block. */
  rules: boolean;
  /** Last resort before a failing prompt loses its evidence: only failing metrics, no usage or notes. */
  compact?: boolean;
}

export interface RenderedSection {
  text: string;
  /** Details this rendering left out (evidence rows). */
  trimmed: number;
}

/** Inputs of at most this many cases are listed for a row of identical outputs. */
const GROUP_INPUTS = 3;
const REASON_CHARS = 300;
const PROBLEM_CHARS = 160;

export const VERDICT_EMOJI: Record<Verdict, string> = {
  pass: '✅',
  skipped: '⚪',
  inconclusive: '❔',
  fail: '❌',
  error: '⚠️',
};
const STATUS_LABEL: Record<PromptReport['status'], string> = {
  modified: 'modified',
  added: 'added',
  removed: 'removed',
  renamed: 'renamed',
  unchanged: 'evaluated',
};
const CHANGE_LABEL: Record<EvidenceChange, string> = {
  'pass->fail': 'pass → fail',
  'fail->pass': 'fail → pass',
  error: 'error',
  fail: 'fail',
};

export function renderPromptSection(prompt: PromptReport, detail: SectionDetail): RenderedSection {
  const parts = [header(prompt), identity(prompt)];
  const { causes, folded } = rootCauses(prompt);
  if (causes.length > 0)
    parts.push(causes.map((r) => `- ${escapeWithCode(truncate(r, REASON_CHARS))}`).join('\n'));
  const chart = detail.chart && prompt.verdict !== 'pass' ? metricChart(prompt) : undefined;
  if (chart) parts.push(chart);
  const metrics = detail.compact ? prompt.metrics.filter((m) => m.status !== 'pass') : prompt.metrics;
  if (prompt.status !== 'removed' && metrics.length > 0) {
    parts.push(hasBaseline(prompt) ? compareTable(metrics) : candidateTable(metrics));
    const mde = detail.compact ? undefined : detectionNote(prompt);
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
  const usage = detail.compact ? undefined : usageLine(prompt);
  if (usage) parts.push(usage);
  return { text: parts.join('\n\n'), trimmed };
}

function header(prompt: PromptReport): string {
  return `### ${VERDICT_EMOJI[prompt.verdict]} ${inlineCode(prompt.id)} · ${STATUS_LABEL[prompt.status]}`;
}

function identity(prompt: PromptReport): string {
  const renamed =
    prompt.previousPath && prompt.previousPath !== prompt.path
      ? ` (renamed from ${inlineCode(prompt.previousPath)})`
      : '';
  // A file that could not be loaded has no model to name.
  const items = [`${inlineCode(prompt.path)}${renamed}`, ...(prompt.model ? [inlineCode(prompt.model)] : [])];
  const { version } = prompt;
  if (version.baseline !== undefined || version.candidate !== undefined) {
    const change =
      version.baseline !== undefined &&
      version.candidate !== undefined &&
      version.baseline !== version.candidate
        ? `${inlineCode(version.baseline)} → ${inlineCode(version.candidate)}`
        : inlineCode(version.candidate ?? version.baseline ?? '');
    items.push(`version ${change}`);
  }
  if (version.notBumped) {
    const suggestion = version.suggestedBump ? `, suggest a **${version.suggestedBump}** bump` : '';
    items.push(`⚠️ version not bumped${suggestion}`);
  } else if (version.suggestedBump) {
    items.push(`⚠️ the change looks like a **${version.suggestedBump}** bump`);
  }
  return items.join(' · ');
}

function metricName(metric: MetricReport): string {
  return `${inlineCode(metric.name)} (${escapeMarkdown(metric.type)})`;
}

function statusCell(status: Verdict): string {
  return `${VERDICT_EMOJI[status]} ${status}`;
}

function compareTable(metrics: MetricReport[]): string {
  const rows = metrics.map((m) => {
    if (m.pairwise) {
      const p = m.pairwise;
      const tally = `${p.wins} W · ${p.ties} T · ${p.losses} L${p.errors ? ` · ${p.errors} errors` : ''}`;
      return [
        metricName(m),
        '—',
        tally,
        `net ${score(p.winRate - p.lossRate, true)} (${interval(p.netCi)})`,
        statusCell(m.status),
      ];
    }
    const side = (s: MetricReport['baseline']) =>
      s ? `${percent(s.passRate)} · ${score(s.meanScore)}` : '—';
    const d = m.delta;
    const delta =
      d && d.n > 0
        ? `${points(d.passRate, true)} · ${score(d.meanScore, true)} (${escapeMarkdown(changeEvidence(d, ' → '))})`
        : '—';
    return [metricName(m), side(m.baseline), side(m.candidate), delta, statusCell(m.status)];
  });
  return table(
    ['Metric', 'Baseline', 'Candidate', 'Δ pass rate · Δ score (CI; flips; one-sided p)', 'Status'],
    rows,
  );
}

function candidateTable(metrics: MetricReport[]): string {
  const rows = metrics.map((m) => {
    const s = m.candidate ?? m.baseline;
    if (!s) return [metricName(m), '—', '—', statusCell(m.status)];
    return [
      metricName(m),
      `${percent(s.passRate)} (${percent(s.passRateCi.low)}–${percent(s.passRateCi.high)})`,
      `${score(s.meanScore)} ± ${stdErrText(s.scoreStdErr, s.n)}`,
      statusCell(m.status),
    ];
  });
  return table(['Metric', 'Pass rate (CI)', 'Mean score ± SE', 'Status'], rows);
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Honest about small suites: the smallest change this many paired cases could detect. */
function detectionNote(prompt: PromptReport): string | undefined {
  const deltas = prompt.metrics.flatMap((m) => (m.delta && m.delta.n > 0 ? [m.delta] : []));
  if (deltas.length === 0) return undefined;
  // The metrics every case runs describe the suite; a metric of one case would speak for one case only.
  const widest = deltas.reduce((a, b) => (b.n > a.n ? b : a));
  return `<sub>${detectionSentence(widest)}</sub>`;
}

/** What the gate's pass-rate test can and cannot see at this suite size: the rule's own floor, not post-hoc power. */
function detectionSentence(delta: MetricDelta): string {
  const confidence = percent(1 - (1 - delta.ciLevel) / 2);
  const flaky = delta.flakyCases > 0 ? ` ${plural(delta.flakyCases, 'case')} flaky on the baseline.` : '';
  if (delta.n < 2)
    return `With ${plural(delta.n, 'paired case')}, no change can be significant (n/a).${flaky}`;
  const floor =
    delta.minDetectableEffect >= 1
      ? 'no pass-rate drop can be significant'
      : `a pass-rate drop smaller than ${points(delta.minDetectableEffect)} can never be significant`;
  return `With ${plural(delta.n, 'paired case')} at ${confidence} (one-sided exact McNemar), ${floor}.${flaky}`;
}

/** The notable cases: a table of inputs beside both outputs; a passing prompt's cases are collapsed. */
function evidence(
  prompt: PromptReport,
  rows: EvidenceRow[],
  shown: EvidenceRow[],
  detail: SectionDetail,
): string {
  const compare = hasBaseline(prompt);
  const tally = (change: EvidenceChange) =>
    rows.filter((r) => r.change === change).reduce((sum, r) => sum + r.cases.length, 0);
  const counts = (Object.keys(CHANGE_LABEL) as EvidenceChange[])
    .filter((change) => tally(change) > 0)
    .map((change) => countLabel(change, tally(change)));
  const summary = `${counts.join(', ')}${shown.length > 0 ? ', most informative first' : ''}`;
  const total = evidenceCaseCount(rows);
  const listed = evidenceCaseCount(shown);
  const more = total > listed ? `…and ${plural(total - listed, 'more case')} in the full report.` : '';
  if (shown.length === 0) return `**${escapeMarkdown(summary)}** ${more}`.trimEnd();
  const head = compare ? ['Case', 'Inputs', 'Baseline', 'Candidate'] : ['Case', 'Inputs', 'Output', 'Why'];
  const body = shown.map((r) => evidenceRow(r, compare, detail));
  const text = [table(head, body), ...(more ? ['', more] : [])].join('\n');
  if (prompt.verdict !== 'pass') return `**${escapeMarkdown(summary)}**\n\n${text}`;
  return `<details><summary>${escapeHtmlText(summary)}</summary>\n\n${text}\n\n</details>`;
}

function countLabel(change: EvidenceChange, n: number): string {
  if (change === 'fail') return plural(n, 'failing case');
  if (change === 'error') return `${plural(n, 'case')} errored`;
  return `${plural(n, 'case')} ${CHANGE_LABEL[change]}`;
}

function evidenceRow(row: EvidenceRow, compare: boolean, detail: SectionDetail): string[] {
  const [first, ...others] = row.cases;
  // A flaky case's baseline samples disagreed: its flip may be noise.
  const ids = row.cases.slice(0, GROUP_INPUTS).map((c) => `${inlineCode(c.id)}${c.flaky ? ' (flaky)' : ''}`);
  const extra = row.cases.length - ids.length;
  const shared = row.candidateErrored
    ? 'error'
    : compare && !row.sameBaseline
      ? 'candidate output'
      : 'output';
  const same = row.cases.length > 1 ? `<br>same ${shared} for ${row.cases.length} cases` : '';
  const caseCell = `${ids.join(', ')}${extra > 0 ? ` +${extra} more` : ''}<br>${CHANGE_LABEL[row.change]}${same}`;
  const inputs = [first, ...others]
    .slice(0, GROUP_INPUTS)
    .flatMap((c) => (c ? [cell(formatInputs(c.vars, detail.inputChars), detail.inputChars)] : []))
    .join('<br>');
  const problems = row.problems
    .slice(0, detail.compact ? 1 : 2)
    .map((p) => `↳ ${cell(p, PROBLEM_CHARS)}`)
    .join('<br>');
  const candidate = excerpt(row.candidate, detail.excerptChars);
  if (!compare) return [caseCell, inputs, candidate, problems || '—'];
  const baselineNote =
    row.cases.length > 1 && !row.sameBaseline ? '<br><sub>(first case; differs per case)</sub>' : '';
  return [
    caseCell,
    inputs,
    `${excerpt(row.baseline, detail.excerptChars)}${baselineNote}`,
    `${candidate}${problems ? `<br>${problems}` : ''}`,
  ];
}

function excerpt(text: string | undefined, max: number): string {
  return text === undefined ? '—' : cell(text, max) || '<sub>(empty output)</sub>';
}

/**
 * Untrusted text for a table cell: control characters neutralised, one line, Markdown and HTML
 * escaped (so model output cannot format, link, mention or break the table).
 */
function cell(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
  return escapeMarkdown(truncate(clean.replace(/\s+/g, ' ').trim(), max));
}

function gateRules(folded: string[]): string {
  const items = folded.map((r) => `- ${escapeWithCode(truncate(r, REASON_CHARS))}`);
  return `<details><summary>${escapeHtmlText(plural(folded.length, 'gate rule'))} behind this</summary>\n\n${items.join('\n')}\n\n</details>`;
}

function errorDetails(errors: { message: string; count: number }[]): string {
  const total = errors.reduce((sum, e) => sum + e.count, 0);
  const items = errors
    .slice(0, 10)
    .map((e) => `- ${e.count}× ${escapeMarkdown(truncate(e.message, REASON_CHARS))}`);
  if (errors.length > 10) items.push(`- …and ${errors.length - 10} more kinds`);
  return `<details><summary>${escapeHtmlText(plural(total, 'error'))}</summary>\n\n${items.join('\n')}\n\n</details>`;
}

/** Calls, tokens, cost and latency per side; undefined when nothing ran (a file that did not load). */
function usageLine(prompt: PromptReport): string | undefined {
  const side = (label: string, u: SideUsage | undefined) =>
    u
      ? [
          `${label}: ${plural(u.calls, 'call')} (${u.cachedCalls} cached), ${count(u.inputTokens)} in / ${count(u.outputTokens)} out tokens, ` +
            `${usd(u.costUsd)}, p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`,
        ]
      : [];
  const { baseline, candidate } = prompt.promptTokens;
  const size =
    baseline !== undefined && candidate !== undefined
      ? [
          `prompt ${count(baseline)} → ${count(candidate)} tokens (${candidate - baseline >= 0 ? '+' : ''}${count(candidate - baseline)})`,
        ]
      : candidate !== undefined
        ? [`prompt ${count(candidate)} tokens`]
        : [];
  const items = [
    ...side('Baseline', prompt.usage.baseline),
    ...side('Candidate', prompt.usage.candidate),
    ...size,
  ];
  return items.length > 0 ? `<sub>${items.join(' · ')}</sub>` : undefined;
}
