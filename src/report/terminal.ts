/** The CLI's report: an aligned table per prompt, the failing cases with reasons, totals and usage. */
import { roundsSummary } from './rounds.js';
import {
  caseProblems,
  FLAKY_CASE,
  hasBaseline,
  headline,
  notableCases,
  notAppliedNote,
  runReasons,
} from './facts.js';
import {
  changeEvidence,
  count,
  duration,
  interval,
  percent,
  plural,
  points,
  score,
  shortSha,
  stdErrText,
  usd,
  verdictLabel,
} from './format.js';
import { capped, reportNotices } from './notices.js';
import type { MetricReport, PromptReport, Report, SideUsage, Verdict } from './types.js';

export interface TerminalOptions {
  color: boolean;
  /** Terminal columns; long lines are cut to fit. Default 100. */
  width?: number;
}

const MAX_CASES = 10;
const MAX_NOTICES = 20;
const SYMBOL: Record<Verdict, string> = { pass: '✔', skipped: '○', inconclusive: '?', fail: '✖', error: '⚠' };

interface Paint {
  verdict(v: Verdict, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const codes: Record<Verdict, string> = {
    pass: '32',
    skipped: '2',
    inconclusive: '36',
    fail: '31',
    error: '33',
  };
  return {
    verdict: (v, text) => wrap(codes[v], text),
    bold: (text) => wrap('1', text),
    dim: (text) => wrap('2', text),
  };
}

export function renderTerminal(report: Report, options: TerminalOptions): string {
  const p = paint(options.color);
  const width = Math.max(40, options.width ?? 100);
  const fit = fitter(width, options.color);
  const lines: string[] = [];
  const refs =
    report.base && report.head
      ? ` · ${report.base.ref} (${shortSha(report.base.sha)}) -> ${report.head.ref} (${shortSha(report.head.sha)})`
      : '';
  lines.push(
    p.dim(
      `promptgate ${report.mode}${refs}${report.shard ? ` · shard ${report.shard.index}/${report.shard.total}` : ''}`,
    ),
    '',
  );
  for (const prompt of report.prompts) lines.push(...promptBlock(prompt, p, fit, width), '');
  const notices = reportNotices(report);
  for (const line of capped(notices.notEvaluated, MAX_NOTICES))
    lines.push(...wrap(`○ ${clean(line)}`, width, '', '  '));
  for (const warning of capped(notices.warnings, MAX_NOTICES))
    lines.push(...wrap(p.verdict('error', `warning: ${clean(warning)}`), width, '', '  '));
  if (notices.notEvaluated.length + notices.warnings.length > 0) lines.push('');
  for (const reason of runReasons(report))
    lines.push(...wrap(`note: ${clean(reason.message)}`, width, '', '  '));
  const untrusted = notAppliedNote(report);
  if (untrusted) lines.push(...wrap(`note: ${clean(untrusted)}`, width, '', '  '));
  lines.push(...totals(report, p, width));
  return `${lines.join('\n')}\n`;
}

/** Cuts a line to `width` visible characters, stepping over colour codes. */
function fitter(width: number, color: boolean): (line: string) => string {
  return (line) => {
    if ([...line.replace(ANSI, '')].length <= width) return line;
    let out = '';
    let shown = 0;
    for (const token of line.match(ANSI_OR_CHARACTER) ?? []) {
      if (token.startsWith('\u001b')) out += token;
      else if (shown++ < width - 1) out += token;
    }
    return `${out}…${color ? '\u001b[0m' : ''}`;
  };
}

// eslint-disable-next-line no-control-regex -- matching colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex -- matching colour codes is the point
const ANSI_OR_CHARACTER = /\u001b\[[0-9;]*m|[\s\S]/gu;

/** Untrusted text (model output, error messages) must not move the cursor or recolour the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return text.replace(/\r\n?|\n|\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

function promptBlock(prompt: PromptReport, p: Paint, fit: (line: string) => string, width: number): string[] {
  const label = p.verdict(prompt.verdict, `${SYMBOL[prompt.verdict]} ${verdictLabel(prompt.verdict)}`);
  const version = prompt.version.candidate ?? prompt.version.baseline;
  const { notBumped, suggestedBump } = prompt.version;
  const suggestion = suggestedBump ? `suggest ${suggestedBump}` : '';
  const bump = notBumped
    ? ` (not bumped${suggestion ? `, ${suggestion}` : ''})`
    : suggestion
      ? ` (${suggestion})`
      : '';
  // Every prompt of `eval` is "unchanged": the status says something only in compare.
  const status = prompt.status === 'unchanged' ? '' : `  (${prompt.status})`;
  // The model line is wrapped, never cut: its label says whether the model is the offline stand-in.
  const where = prompt.model ? `${clean(prompt.path)} · ${clean(prompt.model)}` : clean(prompt.path);
  const lines = [
    fit(`${label}  ${p.bold(clean(prompt.id))}${status}${version ? `  v${clean(version)}${bump}` : ''}`),
    ...wrap(where, width, '  ', '    ').map((l) => p.dim(l)),
  ];
  if (prompt.status !== 'removed' && prompt.metrics.length > 0) {
    lines.push(...metricTable(prompt, p).map((l) => `  ${l}`));
  }
  if (prompt.reasons.length > 0) {
    lines.push(
      '  why:',
      ...prompt.reasons.flatMap((r) => wrap(`- ${clean(r.message)}`, width, '    ', '      ')),
    );
  }
  const cases = notableCases(prompt);
  if (cases.length > 0) {
    const shown = cases.slice(0, MAX_CASES);
    const rows = shown.map((c) => {
      const change = c.flip ?? c.candidate?.outcome ?? '';
      const why = caseProblems(c.candidate).join('; ');
      return [`${clean(c.id)}${c.flaky ? ' (flaky)' : ''}`, change, clean(why)];
    });
    lines.push(`  ${hasBaseline(prompt) ? 'changed cases' : 'failing cases'}:`);
    lines.push(...align(rows).map((l) => fit(`    ${l}`)));
    if (cases.length > MAX_CASES)
      lines.push(p.dim(`    …and ${cases.length - MAX_CASES} more (see the JSON report)`));
    if (shown.some((c) => c.flaky))
      lines.push(...wrap(`(flaky): ${FLAKY_CASE}`, width, '    ', '    ').map((l) => p.dim(l)));
  }
  if (prompt.adaptive)
    lines.push(...wrap(roundsSummary(prompt.adaptive), width, '  ', '    ').map((l) => p.dim(l)));
  for (const side of ['baseline', 'candidate'] as const) {
    const usage = prompt.usage[side];
    if (usage)
      lines.push(...wrap(`${side} usage: ${usageText(usage)}`, width, '  ', '    ').map((l) => p.dim(l)));
  }
  return lines;
}

function metricTable(prompt: PromptReport, p: Paint): string[] {
  const compare = hasBaseline(prompt);
  const head = compare
    ? ['metric', 'baseline', 'candidate', 'delta pass rate, score [CI]', 'status']
    : ['metric', 'pass rate [CI]', 'mean ± SE', 'status'];
  const rows = prompt.metrics.map((m) => (compare ? compareRow(m) : candidateRow(m)));
  const statuses = prompt.metrics.map((m) => m.status);
  return align([head, ...rows]).map((line, i) => {
    if (i === 0) return p.dim(line);
    const status = statuses[i - 1] ?? 'pass';
    // Colour only the trailing status column, after padding, so alignment holds.
    const label = verdictLabel(status);
    return line.endsWith(label) ? `${line.slice(0, -label.length)}${p.verdict(status, label)}` : line;
  });
}

function compareRow(m: MetricReport): string[] {
  const name = `${m.name} (${m.type})`;
  if (m.pairwise) {
    const s = m.pairwise;
    return [
      name,
      '-',
      `${s.wins}W ${s.ties}T ${s.losses}L`,
      `net ${score(s.winRate - s.lossRate, true)} [${interval(s.netCi)}]`,
      verdictLabel(m.status),
    ];
  }
  const side = (s: MetricReport['baseline']) => (s ? `${percent(s.passRate)}  ${score(s.meanScore)}` : '-');
  const d = m.delta;
  const delta =
    d && d.n > 0 ? `${points(d.passRate, true)}  ${score(d.meanScore, true)} [${changeEvidence(d)}]` : '-';
  return [name, side(m.baseline), side(m.candidate), delta, verdictLabel(m.status)];
}

function candidateRow(m: MetricReport): string[] {
  const s = m.candidate ?? m.baseline;
  const name = `${m.name} (${m.type})`;
  if (!s) return [name, '-', '-', verdictLabel(m.status)];
  return [
    name,
    `${percent(s.passRate)} [${percent(s.passRateCi.low)}, ${percent(s.passRateCi.high)}]`,
    `${score(s.meanScore)} ± ${stdErrText(s.scoreStdErr, s.n)}`,
    verdictLabel(m.status),
  ];
}

/** Pads every column but the last to its widest cell. */
function align(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length),
      )
      .join('  ')
      .trimEnd(),
  );
}

function usageText(u: SideUsage): string {
  return `${plural(u.calls, 'call')} (${u.cachedCalls} cached), ${count(u.inputTokens + u.outputTokens)} tokens, ${usd(u.costUsd)}, p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`;
}

function totals(report: Report, p: Paint, width: number): string[] {
  const tally = (v: Verdict) => report.prompts.filter((x) => x.verdict === v).length;
  const u = report.usage;
  const summary = [
    `${plural(report.prompts.length, 'prompt')}: ${[
      `${tally('pass')} passed`,
      `${tally('fail')} failed`,
      `${tally('error')} errored`,
      ...(tally('inconclusive') > 0 ? [`${tally('inconclusive')} inconclusive`] : []),
      ...(tally('skipped') > 0 ? [`${tally('skipped')} skipped`] : []),
    ].join(', ')}`,
    `${plural(u.calls, 'call')} (${u.cachedCalls} cached, ${u.errors} failed)`,
    `${count(u.inputTokens + u.outputTokens)} tokens`,
    usd(u.costUsd),
    `p50 ${duration(u.latencyMs.p50)}, p95 ${duration(u.latencyMs.p95)}`,
    `judge: ${plural(u.judge.calls, 'call')}, ${count(u.judge.inputTokens + u.judge.outputTokens)} tokens, ${usd(u.judge.costUsd)}`,
    ...(u.budgetExhausted ? ['budget exhausted'] : []),
  ];
  const plainLabel = `${SYMBOL[report.verdict]} ${verdictLabel(report.verdict)}`;
  const [first = '', ...rest] = wrap(`${plainLabel}  ${clean(headline(report))}`, width, '', '  ');
  // Wrap the plain text, then colour the label, so colour codes never count as width.
  return [
    p.verdict(report.verdict, p.bold(plainLabel)) + first.slice(plainLabel.length),
    ...rest,
    ...wrap(summary.join(' · '), width, '', '').map((l) => p.dim(l)),
  ];
}

/** Word-wraps plain text to `width`, with an indent for the first and the following lines. */
function wrap(text: string, width: number, first: string, next: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const prefix = lines.length === 0 ? first : next;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = next + word;
    } else {
      line += (line.length > prefix.length ? ' ' : '') + word;
    }
  }
  lines.push(line);
  return lines;
}
