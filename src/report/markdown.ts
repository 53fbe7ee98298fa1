/**
 * The PR comment and job summary (GitHub-flavoured Markdown). The verdict comes first; the body
 * must fit GitHub's comment limit, so detail is trimmed progressively (excerpts, then case
 * listings, then prompt sections, then summary rows), never the verdict and never silently.
 */
import { verdictSeverity } from '../compare/build.js';
import { escapeMarkdown, escapeWithCode, inlineCode, truncate } from './escape.js';
import { hasBaseline, headline, passRateChange, runReasons } from './facts.js';
import { count, plural, shortSha, usd, verdictLabel } from './format.js';
import { renderPromptSection, VERDICT_EMOJI } from './markdown-prompt.js';
import type { Report } from './types.js';

export interface MarkdownOptions {
  /** Hidden marker that identifies the sticky comment: an HTML comment, or text to wrap in one. */
  marker?: string;
  runUrl?: string;
  /** GitHub's limit for a comment body. */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 65_536;
const HEADLINE_CHARS = 300;

/** How much to show; prompts are ranked failing first, and each count keeps the first ones. */
interface Detail {
  /** Prompts whose notable cases show output excerpts. */
  excerpts: number;
  /** Prompts whose notable cases are listed. */
  cases: number;
  /** Prompts rendered with a full section (the rest appear in the summary table only). */
  sections: number;
  /** Rows of the summary table. */
  rows: number;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const n = report.prompts.length;
  let rendered = { head: '', text: '' };
  for (const detail of detailLevels(n)) {
    rendered = renderAt(report, options, detail);
    if (rendered.text.length <= maxChars) return rendered.text;
  }
  // Even the barest rendering is too long (e.g. a tiny maxChars): keep the head, cut the rest.
  const { head, text } = rendered;
  if (head.length >= maxChars) return truncate(head, maxChars);
  return head + truncate(text.slice(head.length), maxChars - head.length);
}

/** From the fullest rendering to the barest: excerpts go first, then case listings, then sections, then rows. */
function* detailLevels(n: number): Generator<Detail> {
  const halving = function* (from: number) {
    for (let k = from; k > 0; k = Math.floor(k / 2)) yield k;
    yield 0;
  };
  for (const excerpts of halving(n)) yield { excerpts, cases: n, sections: n, rows: n };
  for (const cases of halving(n)) yield { excerpts: 0, cases, sections: n, rows: n };
  for (const sections of halving(n)) yield { excerpts: 0, cases: 0, sections, rows: n };
  for (const rows of halving(n)) yield { excerpts: 0, cases: 0, sections: 0, rows };
}

function renderAt(report: Report, options: MarkdownOptions, detail: Detail): { head: string; text: string } {
  // Failing prompts get their sections first, so trimming drops the passing ones.
  const order = [...report.prompts].sort((a, b) => verdictSeverity(b.verdict) - verdictSeverity(a.verdict));
  const sections = order
    .slice(0, detail.sections)
    .map((p, i) => renderPromptSection(p, { excerpts: i < detail.excerpts, cases: i < detail.cases }));
  const trimmed =
    sections.reduce((sum, s) => sum + s.trimmed, 0) +
    (report.prompts.length - Math.min(detail.sections, report.prompts.length)) +
    (report.prompts.length - Math.min(detail.rows, report.prompts.length));
  const head = renderHead(report, options, trimmed);
  const parts = [head];
  const extra = runReasons(report);
  if (extra.length > 0)
    parts.push(extra.map((r) => `- ${escapeWithCode(truncate(r, HEADLINE_CHARS))}`).join('\n'));
  if (report.prompts.length > 1 && detail.rows > 0) parts.push(summaryTable(report, detail.rows));
  parts.push(...sections.map((s) => s.text));
  parts.push(footer(report, options));
  return { head, text: `${parts.join('\n\n')}\n` };
}

function renderHead(report: Report, options: MarkdownOptions, trimmed: number): string {
  const lines = [
    ...(options.marker ? [markerComment(options.marker)] : []),
    `## ${VERDICT_EMOJI[report.verdict]} promptgate ${verdictLabel(report.verdict)}: ${escapeWithCode(truncate(headline(report), HEADLINE_CHARS))}`,
  ];
  if (trimmed > 0) {
    const where = options.runUrl ? `see the [job summary](${options.runUrl})` : 'see the job summary';
    lines.push('', `> ${plural(trimmed, 'detail')} trimmed to fit the comment; ${where} or the JSON report.`);
  }
  return lines.join('\n');
}

function summaryTable(report: Report, rows: number): string {
  const compare = report.prompts.some(hasBaseline);
  const head = ['', 'Prompt', 'Change', 'Cases', compare ? 'Pass rate (baseline → candidate)' : 'Pass rate'];
  const body = report.prompts
    .slice(0, rows)
    .map((p) => [
      VERDICT_EMOJI[p.verdict],
      inlineCode(p.id),
      p.status,
      String(p.cases.length),
      escapeMarkdown(passRateChange(p, '→')),
    ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [line(head), line(head.map(() => '---')), ...body.map(line)];
  if (rows < report.prompts.length) lines.push('', `…and ${report.prompts.length - rows} more prompts.`);
  return lines.join('\n');
}

function footer(report: Report, options: MarkdownOptions): string {
  const u = report.usage;
  const refs =
    report.base && report.head
      ? [
          `${inlineCode(report.base.ref)} (${shortSha(report.base.sha)}) → ${inlineCode(report.head.ref)} (${shortSha(report.head.sha)})`,
        ]
      : [];
  const items = [
    `promptgate ${escapeMarkdown(report.tool.version)} · ${report.mode}`,
    ...refs,
    `${plural(u.calls, 'call')} (${u.cachedCalls} cached, ${u.judge.calls} judge)`,
    // Totals already include the judge's calls (shown apart above, never added twice).
    `${count(u.inputTokens + u.outputTokens)} tokens`,
    usd(u.costUsd),
    ...(report.shard ? [`shard ${report.shard.index}/${report.shard.total}`] : []),
    ...(options.runUrl ? [`[workflow run](${options.runUrl})`] : []),
  ];
  return `---\n<sub>${items.join(' · ')}</sub>`;
}

function markerComment(marker: string): string {
  return marker.startsWith('<!--') ? marker : `<!-- ${marker.replace(/--/g, '- -')} -->`;
}

export interface PendingCommentArgs {
  marker?: string;
  promptIds: string[];
  headSha?: string;
  runUrl?: string;
}

/** Posted as soon as the run starts, so the PR shows that an evaluation is under way. */
export function renderPendingComment(args: PendingCommentArgs): string {
  const at = args.headSha ? ` at ${inlineCode(shortSha(args.headSha))}` : '';
  const shown = args.promptIds.slice(0, 50).map((id) => `- ${inlineCode(id)}`);
  if (args.promptIds.length > shown.length) shown.push(`- …and ${args.promptIds.length - shown.length} more`);
  return [
    ...(args.marker ? [markerComment(args.marker)] : []),
    `## ⏳ promptgate: evaluating ${plural(args.promptIds.length, 'prompt')}${at}…`,
    '',
    ...shown,
    ...(args.runUrl ? ['', `<sub>[workflow run](${args.runUrl})</sub>`] : []),
    '',
  ].join('\n');
}
