/** One prompt's section of the Markdown comment: header, reasons, metric table, notable cases, usage. */
import {
  codeFence,
  escapeHtmlText,
  escapeMarkdown,
  escapeWithCode,
  inlineCode,
  neutralizeReferences,
  truncate,
} from './escape.js';
import { caseProblems, errorMessages, firstOutput, hasBaseline, notableCases } from './facts.js';
import { count, duration, interval, percent, plural, points, score, usd } from './format.js';
import type { CaseReport, MetricReport, PromptReport, SideUsage, Verdict } from './types.js';

export interface SectionDetail {
  /** Include output excerpts of notable cases. */
  excerpts: boolean;
  /** Include the notable cases at all. */
  cases: boolean;
}

export interface RenderedSection {
  text: string;
  /** Details this rendering left out (excerpts, case listings). */
  trimmed: number;
}

/** At most this many notable cases per prompt, whatever the space. */
const MAX_CASES = 20;
const EXCERPT_CHARS = 400;
const REASON_CHARS = 300;

export const VERDICT_EMOJI: Record<Verdict, string> = { pass: '✅', fail: '❌', error: '⚠️' };
const STATUS_LABEL: Record<PromptReport['status'], string> = {
  modified: 'modified',
  added: 'added',
  removed: 'removed',
  renamed: 'renamed',
  unchanged: 'evaluated',
};

export function renderPromptSection(prompt: PromptReport, detail: SectionDetail): RenderedSection {
  const parts = [header(prompt), identity(prompt)];
  if (prompt.reasons.length > 0)
    parts.push(prompt.reasons.map((r) => `- ${escapeWithCode(truncate(r, REASON_CHARS))}`).join('\n'));
  if (prompt.status !== 'removed' && prompt.metrics.length > 0) {
    parts.push(hasBaseline(prompt) ? compareTable(prompt.metrics) : candidateTable(prompt.metrics));
    const mde = detectionNote(prompt);
    if (mde) parts.push(mde);
  }
  const cases = notableCases(prompt);
  let trimmed = 0;
  if (cases.length > 0) {
    if (detail.cases) {
      const shown = cases.slice(0, MAX_CASES);
      if (!detail.excerpts) trimmed += shown.length;
      parts.push(caseDetails(prompt, shown, cases, detail.excerpts));
    } else {
      trimmed += cases.length;
    }
  }
  const errors = errorMessages(prompt);
  if (errors.length > 0) parts.push(errorDetails(errors));
  parts.push(usageLine(prompt));
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
  const items = [`${inlineCode(prompt.path)}${renamed}`, inlineCode(prompt.model)];
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
      d && d.n > 0 ? `${points(d.passRate, true)} · ${score(d.meanScore, true)} (${interval(d.ci)})` : '—';
    return [metricName(m), side(m.baseline), side(m.candidate), delta, statusCell(m.status)];
  });
  return table(['Metric', 'Baseline', 'Candidate', 'Δ pass rate · Δ score (CI)', 'Status'], rows);
}

function candidateTable(metrics: MetricReport[]): string {
  const rows = metrics.map((m) => {
    const s = m.candidate ?? m.baseline;
    if (!s) return [metricName(m), '—', '—', statusCell(m.status)];
    return [
      metricName(m),
      `${percent(s.passRate)} (${percent(s.passRateCi.low)}–${percent(s.passRateCi.high)})`,
      `${score(s.meanScore)} ± ${score(s.scoreStdErr)}`,
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
  return `<sub>With ${plural(widest.n, 'paired case')}, changes smaller than about ${points(widest.minDetectableEffect)} are unlikely to be detected (80% power).</sub>`;
}

function caseDetails(
  prompt: PromptReport,
  shown: CaseReport[],
  notable: CaseReport[],
  excerpts: boolean,
): string {
  // Counted over every notable case: the listing is capped, the count must not be.
  const regressions = notable.filter((c) => c.flip === 'pass->fail').length;
  const total = notable.length;
  const summary = hasBaseline(prompt)
    ? `${plural(total, 'notable case')} (${regressions} pass → fail)`
    : `${plural(total, 'failing case')}`;
  const entries = shown.map((c) => caseEntry(c, excerpts, hasBaseline(prompt)));
  if (total > shown.length) entries.push(`…and ${total - shown.length} more in the JSON report.`);
  return `<details><summary>${escapeHtmlText(summary)}</summary>\n\n${entries.join('\n\n')}\n\n</details>`;
}

function caseEntry(c: CaseReport, excerpts: boolean, compare: boolean): string {
  const change = c.flip ? c.flip.replace('->', ' → ') : (c.candidate?.outcome ?? 'n/a');
  const problems = caseProblems(c.candidate).map((p) => `- ${escapeMarkdown(truncate(p, REASON_CHARS))}`);
  const lines = [`**${inlineCode(c.id)}** ${change}`, ...problems];
  if (excerpts) {
    const excerpt = (label: string, output: string | undefined) =>
      // Code blocks render no HTML; references are broken anyway, in case a viewer links them.
      output === undefined
        ? []
        : [`${label}:`, '', codeFence(neutralizeReferences(truncate(output, EXCERPT_CHARS)))];
    if (compare) lines.push('', ...excerpt('Baseline', firstOutput(c.baseline)));
    lines.push('', ...excerpt('Candidate', firstOutput(c.candidate)));
  }
  return lines.join('\n').trimEnd();
}

function errorDetails(errors: { message: string; count: number }[]): string {
  const total = errors.reduce((sum, e) => sum + e.count, 0);
  const items = errors
    .slice(0, 10)
    .map((e) => `- ${e.count}× ${escapeMarkdown(truncate(e.message, REASON_CHARS))}`);
  if (errors.length > 10) items.push(`- …and ${errors.length - 10} more kinds`);
  return `<details><summary>${escapeHtmlText(plural(total, 'error'))}</summary>\n\n${items.join('\n')}\n\n</details>`;
}

function usageLine(prompt: PromptReport): string {
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
  return `<sub>${[...side('Baseline', prompt.usage.baseline), ...side('Candidate', prompt.usage.candidate), ...size].join(' · ')}</sub>`;
}
