/**
 * Making untrusted text (model output, judge reasons, error messages) inert in GitHub Markdown:
 * no HTML, no formatting, no table breakage, and no @mentions or #refs that would notify people
 * or link issues from a bot comment.
 */

/** Placed after `@` and `#` so GitHub does not turn `@user` or `#123` into a mention or a link. */
const ZERO_WIDTH_JOINER = '\u200D';

/** Escapes text for inline Markdown and table cells (newlines become spaces). */
export function escapeMarkdown(text: string): string {
  return neutralizeReferences(
    escapeHtml(text.replace(/\r\n?|\n|\t/g, ' ')).replace(/[\\`*_[\]#|~]/g, (ch) => `\\${ch}`),
  );
}

/** Escapes text placed inside HTML (e.g. a <summary>), where Markdown escapes would show. */
export function escapeHtmlText(text: string): string {
  return neutralizeReferences(escapeHtml(text.replace(/\r\n?|\n|\t/g, ' ')).replace(/"/g, '&quot;'));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Breaks `@user`, `#123` and `GH-123` so they neither notify nor link, and the bare URLs GitHub
 * turns into links (`https://...`, `www.`...; e-mail addresses lose theirs with the `@`), so text a
 * pull request or a model wrote offers no link in the bot's comment; the text looks the same.
 */
export function neutralizeReferences(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}`)
    .replace(/:(?=\/\/)/g, `:${ZERO_WIDTH_JOINER}`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER}.`);
}

/**
 * Inline code for names we print (ids, paths, metric names). Code spans render no HTML and link no
 * mentions; the delimiter outgrows any backtick run inside, and `|` is escaped so tables hold.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Text that may contain `code spans` (gate reasons quote metric names that way): balanced code
 * spans are kept, everything else is escaped.
 */
export function escapeWithCode(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/`([^`\n]+)`/g)) {
    out += escapeMarkdown(text.slice(last, match.index)) + inlineCode(match[1] ?? '');
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it.
 * Control characters (NUL, ESC, ...) become U+FFFD: GitHub may reject them and terminals act on them.
 */
export function codeFence(text: string, info = ''): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(clean) + 1));
  return `${fence}${info}\n${clean}\n${fence}`;
}

/** Shortens to at most `max` characters, ending with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Characters the runner skips before looking for `::` at the start of a line: .NET's whitespace
 * (wider than JavaScript's `\s`: NEL U+0085) and invisible control and format characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const COMMAND_AT_LINE_START = /^([\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]*):(?=:)/gm;

/**
 * Text we print to a CI log (ids, paths, model output, error messages) made inert as workflow
 * commands. The runner takes a line that starts with `::` after whitespace (`::error::`,
 * `::add-mask::`, `::set-env`, `::stop-commands::`) and, in its legacy syntax, `##[name]` anywhere
 * in a line (`##[set-output name=x]`, `##[add-mask]`, `##[error]`; the log viewer styles `##[group]`
 * and `##[error]` lines too). A zero-width space between the colons, and between `##` and `[`, keeps
 * the text readable and makes it plain log text. Every log line of the CLI and the action passes here.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(COMMAND_AT_LINE_START, '$1:\u200B').replace(/##\[/g, '##\u200B[');
}
