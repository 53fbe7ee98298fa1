/**
 * The PR comment and job summary (GitHub-flavoured Markdown). The verdict comes first; the body
 * must fit GitHub's limits, so detail is trimmed progressively (passing prompts' sections, then
 * failing prompts' evidence down to three rows each, then failing prompts' sections, then summary
 * rows; see detailLevels), never the verdict and never silently.
 */
import { escapeMarkdown, escapeWithCode, inlineCode, truncate } from './escape.js';
import { evidenceCaseCount, evidenceRows } from './evidence.js';
import { hasBaseline, headline, notAppliedNote, passRateChange, rankPrompts, runReasons } from './facts.js';
import { count, plural, shortSha, usd, verdictLabel } from './format.js';
import {
  renderPromptSection,
  VERDICT_EMOJI,
  type RenderedSection,
  type SectionDetail,
} from './markdown-prompt.js';
import { capped, reportNotices } from './notices.js';
import type { PromptReport, Report } from './types.js';

export interface MarkdownOptions {
  /** Hidden marker that identifies the sticky comment: an HTML comment, or text to wrap in one. */
  marker?: string;
  runUrl?: string;
  /** Where reviewers open the HTML report (an uploaded artifact); linked under the headline. */
  htmlReportUrl?: string;
  /** GitHub's limit for a comment body, in characters. */
  maxChars?: number;
  /** A limit in UTF-8 bytes (the job summary's is 1 MiB per step). */
  maxBytes?: number;
  /** How much room the first attempt takes: the job summary starts with more evidence. */
  profile?: 'comment' | 'summary';
}

const DEFAULT_MAX_CHARS = 65_536;
/** GitHub's job summary limit (1 MiB per step), less room for the summary writer's own framing. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;
const HEADLINE_CHARS = 300;

/**
 * How much to show. Prompts are ranked failing first (the most regressed first); passing prompts
 * lose their sections before a failing prompt loses any evidence.
 */
interface Detail {
  failing: SectionDetail;
  /** Undefined: passing prompts appear in the summary table only. */
  passing?: SectionDetail;
  /** Failing prompts rendered with a section (the rest appear in the summary table only). */
  failingSections: number;
  /** Rows of the summary table. */
  rows: number;
}

const RICH: SectionDetail = { rows: 20, excerptChars: 600, inputChars: 300, chart: true, rules: true };
const FULL: SectionDetail = { rows: 8, excerptChars: 300, inputChars: 160, chart: true, rules: true };
const SHORTER: SectionDetail = { rows: 5, excerptChars: 200, inputChars: 120, chart: true, rules: true };
/** What every failing prompt keeps as long as anything fits: its three most informative rows. */
const ESSENTIAL: SectionDetail = { rows: 3, excerptChars: 160, inputChars: 100, chart: false, rules: false };
const TERSE: SectionDetail = { rows: 3, excerptChars: 100, inputChars: 70, chart: false, rules: false };
const COMPACT: SectionDetail = { ...TERSE, excerptChars: 80, inputChars: 60, compact: true };
const BARE: SectionDetail = { rows: 0, excerptChars: 0, inputChars: 0, chart: false, rules: false };
const PASSING: SectionDetail = { rows: 3, excerptChars: 200, inputChars: 120, chart: false, rules: false };

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const fits = (text: string) =>
    text.length <= (options.maxChars ?? (options.maxBytes ? Infinity : DEFAULT_MAX_CHARS)) &&
    (options.maxBytes === undefined || Buffer.byteLength(text, 'utf8') <= options.maxBytes);
  let rendered = { head: '', text: '' };
  let level = 0;
  const sections = sectionCache();
  for (const detail of detailLevels(report.prompts.length, options.profile ?? 'comment')) {
    rendered = renderAt(report, options, detail, level++ > 0, sections);
    if (fits(rendered.text)) return rendered.text;
  }
  // Even the barest rendering is too long (e.g. a tiny limit): keep the head, cut the rest.
  const { head, text } = rendered;
  let max = Math.min(text.length, options.maxChars ?? text.length, options.maxBytes ?? text.length);
  for (;;) {
    const cut =
      head.length >= max ? truncate(head, max) : head + truncate(text.slice(head.length), max - head.length);
    if (fits(cut) || max <= 0) return cut;
    max = Math.floor(max * 0.9);
  }
}

/** The job summary: the same priorities as the comment, with more evidence, within GitHub's 1 MiB. */
export function renderJobSummary(
  report: Report,
  options: Omit<MarkdownOptions, 'marker' | 'profile'> = {},
): string {
  return renderMarkdown(report, { maxBytes: JOB_SUMMARY_MAX_BYTES, ...options, profile: 'summary' });
}

/**
 * From the fullest rendering to the barest: passing prompts collapse first; then failing prompts
 * show fewer and shorter cases, down to their three most informative; only then do failing
 * prompts lose sections, and last the summary table loses rows.
 */
function* detailLevels(n: number, profile: 'comment' | 'summary'): Generator<Detail> {
  const halving = function* (from: number) {
    for (let k = from; k > 0; k = Math.floor(k / 2)) yield k;
    yield 0;
  };
  const all = { failingSections: n, rows: n };
  if (profile === 'summary') {
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

function renderAt(
  report: Report,
  options: MarkdownOptions,
  detail: Detail,
  shortened: boolean,
  cache: SectionCache,
): { head: string; text: string } {
  const order = rankPrompts(report.prompts);
  let failingShown = 0;
  let trimmed = 0;
  const sections: string[] = [];
  for (const prompt of order) {
    // Skipped prompts have nothing to show: they collapse with the passing ones.
    const failing = prompt.verdict !== 'pass' && prompt.verdict !== 'skipped';
    const sectionDetail = failing
      ? failingShown++ < detail.failingSections
        ? detail.failing
        : undefined
      : detail.passing;
    if (sectionDetail) {
      const section = cache.section(prompt, sectionDetail);
      trimmed += section.trimmed;
      sections.push(section.text);
    } else {
      // A collapsed passing prompt loses only its notable cases (the table lists it); a failing one, its section.
      trimmed += failing ? 1 : cache.notableCases(prompt);
    }
  }
  trimmed += report.prompts.length - Math.min(detail.rows, report.prompts.length);
  const head = renderHead(report, options, trimmed, shortened);
  const parts = [head];
  const extra = runReasons(report);
  if (extra.length > 0)
    parts.push(extra.map((r) => `- ${escapeWithCode(truncate(r.message, HEADLINE_CHARS))}`).join('\n'));
  const untrusted = notAppliedNote(report);
  if (untrusted) parts.push(`> ⚠️ ${escapeWithCode(truncate(untrusted, 1000))}`);
  parts.push(...noticeBlocks(report));
  if (report.prompts.length > 1 && detail.rows > 0) parts.push(summaryTable(order, detail.rows));
  parts.push(...sections);
  parts.push(footer(report, options));
  return { head, text: `${parts.join('\n\n')}\n` };
}

interface SectionCache {
  section(prompt: PromptReport, detail: SectionDetail): RenderedSection;
  notableCases(prompt: PromptReport): number;
}

/** Levels share most sections (same prompt, same detail): render each once, so large runs stay fast. */
function sectionCache(): SectionCache {
  const sections = new Map<PromptReport, Map<SectionDetail, RenderedSection>>();
  const notable = new Map<PromptReport, number>();
  return {
    section(prompt, detail) {
      const byDetail = sections.get(prompt) ?? new Map<SectionDetail, RenderedSection>();
      sections.set(prompt, byDetail);
      const cached = byDetail.get(detail);
      if (cached) return cached;
      const rendered = renderPromptSection(prompt, detail);
      byDetail.set(detail, rendered);
      return rendered;
    },
    notableCases(prompt) {
      const known = notable.get(prompt);
      if (known !== undefined) return known;
      const count = evidenceCaseCount(evidenceRows(prompt));
      notable.set(prompt, count);
      return count;
    },
  };
}

function renderHead(report: Report, options: MarkdownOptions, trimmed: number, shortened: boolean): string {
  const lines = [
    ...(options.marker ? [markerComment(options.marker)] : []),
    `## ${VERDICT_EMOJI[report.verdict]} promptgate ${verdictLabel(report.verdict)}: ${escapeWithCode(truncate(headline(report), HEADLINE_CHARS))}`,
  ];
  if (options.htmlReportUrl) {
    lines.push(
      '',
      `📄 [HTML report](${options.htmlReportUrl}): every case with its inputs and a word-level diff of both outputs.`,
    );
  }
  // Sections cap their case rows by design and say so under each table; the banner is for what
  // the size limit took away, so it appears only once a fuller rendering did not fit.
  if (shortened) {
    const summary = options.runUrl ? `the [job summary](${options.runUrl})` : 'the job summary';
    const where = [
      ...(options.htmlReportUrl ? [`the [HTML report](${options.htmlReportUrl})`] : []),
      ...(options.profile === 'summary' ? [] : [summary]),
      'the JSON report',
    ];
    const place = options.profile === 'summary' ? 'the job summary' : 'the comment';
    const what = trimmed > 0 ? `${plural(trimmed, 'detail')} trimmed` : 'Excerpts shortened';
    lines.push('', `> ${what} to fit ${place}; see ${orList(where)}.`);
  }
  return lines.join('\n');
}

function summaryTable(prompts: PromptReport[], rows: number): string {
  const compare = prompts.some(hasBaseline);
  const head = ['', 'Prompt', 'Change', 'Cases', compare ? 'Pass rate (baseline → candidate)' : 'Pass rate'];
  const body = prompts
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
  if (rows < prompts.length) lines.push('', `…and ${prompts.length - rows} more prompts.`);
  return lines.join('\n');
}

const MAX_NOTICES = 20;

/** Prompts not evaluated and warnings, as short lists (capped; the JSON report has them all). */
function noticeBlocks(report: Report): string[] {
  const notices = reportNotices(report);
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? []
      : [
          `**${title}**\n${capped(items, MAX_NOTICES)
            .map((item) => `- ${escapeWithCode(truncate(item, HEADLINE_CHARS))}`)
            .join('\n')}`,
        ];
  return [...list('Not evaluated', notices.notEvaluated), ...list('⚠️ Warnings', notices.warnings)];
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

/** "a", "a or b", "a, b or c" */
function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
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
