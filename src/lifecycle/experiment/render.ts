/** The experiment analysis for the terminal (a table and the decision) and as JSON for scripts. Pure. */
import type { ExperimentAnalysis, VariantSummary } from './analyze.js';
import type { Estimate } from './statistics.js';

export interface ExperimentSubject {
  id?: string;
  env: string;
  /** The canary's share of traffic, when a rollout is recorded. */
  weight?: number;
}

export function renderAnalysis(analysis: ExperimentAnalysis, subject: ExperimentSubject): string {
  const title = `experiment${subject.id ? ` ${subject.id}` : ''} in ${subject.env}: control ${analysis.control.variant} vs canary ${analysis.canary.variant}${subject.weight === undefined ? '' : ` (${subject.weight}%)`}`;
  const rows = [analysis.control, analysis.canary].map(row);
  const header = [
    'variant',
    'requests',
    'success rate',
    'error rate',
    'score',
    'latency ms',
    'p95 latency ms',
    'cost/request',
    'tokens',
  ];
  const primary = analysis.primary;
  return [
    title,
    '',
    ...table(header, rows),
    '',
    ...(primary
      ? [
          `primary (${primary.metric}): ${primary.metric === 'success' ? points(primary.difference.estimate) : signed(primary.difference.estimate, 3)}, fixed-horizon ${primary.metric === 'success' ? 'two-proportion z' : "Welch's t"} p = ${primary.difference.pValue.toPrecision(2)}`,
        ]
      : ['primary: none in the data (add success or score)']),
    'guardrails:',
    ...analysis.guardrails.map(
      (g) =>
        `  ${g.name}: ${g.observed}, limit ${g.limit}: ${!g.evaluated ? 'not evaluated' : g.breached ? 'BREACHED' : 'ok'}`,
    ),
    `decision: ${analysis.decision}`,
    ...analysis.reasons.map((r) => `  - ${r}`),
    `method: ${analysis.method}`,
    '',
  ].join('\n');
}

export function analysisJson(analysis: ExperimentAnalysis, subject: ExperimentSubject): string {
  return `${JSON.stringify({ ...subject, ...analysis }, null, 2)}\n`;
}

function row(v: VariantSummary): string[] {
  return [
    v.variant,
    String(v.requests),
    rate(v.successRate),
    rate(v.errorRate),
    mean(v.score, 3),
    mean(v.latencyMs, 0),
    mean(v.p95LatencyMs, 0),
    mean(v.costUsd, 5, '$'),
    mean(v.tokens, 0),
  ];
}

function rate(e: Estimate | undefined): string {
  if (!e || e.n === 0) return '-';
  const p = (x: number) => (x * 100).toFixed(1);
  return `${p(e.value)}% (${p(e.interval.low)}-${p(e.interval.high)})`;
}

function mean(e: Estimate | undefined, digits: number, prefix = ''): string {
  if (!e || e.n === 0) return '-';
  const f = (x: number) => `${prefix}${x.toFixed(digits)}`;
  return Number.isFinite(e.interval.low)
    ? `${f(e.value)} (${f(e.interval.low)}-${f(e.interval.high)})`
    : f(e.value);
}

function points(x: number): string {
  return `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)} points`;
}

function signed(x: number, digits: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(digits)}`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
