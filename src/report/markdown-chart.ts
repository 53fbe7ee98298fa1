/**
 * A small Mermaid bar chart of baseline vs candidate pass rate per metric (GitHub renders Mermaid
 * in comments and job summaries). Bars alternate baseline / candidate for each metric.
 */
import type { PromptReport } from './types.js';

/** Enough to see the shape; a prompt with more metrics shows its first ones. */
const MAX_METRICS = 6;
const LABEL_CHARS = 18;

export function metricChart(prompt: PromptReport): string | undefined {
  const metrics = prompt.metrics
    .filter((m) => m.baseline && m.candidate && m.baseline.n > 0 && m.candidate.n > 0)
    .slice(0, MAX_METRICS);
  if (metrics.length === 0) return undefined;
  const labels: string[] = [];
  const values: number[] = [];
  for (const m of metrics) {
    const name = label(m.name);
    labels.push(`"${name} base"`, `"${name} cand"`);
    values.push(rounded(m.baseline?.passRate ?? 0), rounded(m.candidate?.passRate ?? 0));
  }
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Pass rate %, baseline vs candidate"',
    `  x-axis [${labels.join(', ')}]`,
    '  y-axis "pass rate %" 0 --> 100',
    `  bar [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * Metric names come from the pull request's suites: only plain characters reach the chart, so a
 * name can neither close the label's quotes nor the code fence.
 */
function label(name: string): string {
  const plain = name.replace(/[^A-Za-z0-9 _./-]/g, '_');
  return plain.length > LABEL_CHARS ? `${plain.slice(0, LABEL_CHARS - 1)}_` : plain;
}

function rounded(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}
