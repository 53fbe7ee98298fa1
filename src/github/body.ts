/** GitHub's limits: issue and PR comment bodies, and check run summaries. */
const MAX_COMMENT_CHARS = 65_536;
export const MAX_CHECK_SUMMARY_CHARS = 65_535;

const TRUNCATION_NOTE =
  '\n\n_… cut to fit GitHub’s size limit; the full report is in the job summary and the JSON report._';

/** Cuts `text` to `limit` characters at a line break, saying so, without splitting a surrogate pair. */
export function fitToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = limit - TRUNCATION_NOTE.length;
  const lineBreak = text.lastIndexOf('\n', cut);
  // Prefer a whole line (no half table row), unless that throws away a lot.
  if (lineBreak > cut * 0.8) cut = lineBreak;
  else if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
  return `${text.slice(0, cut)}${TRUNCATION_NOTE}`;
}

/**
 * The body we store: the marker on the first line (so cutting the end can never lose it), then the
 * head commit it reports (when known), and the content fitted to the comment limit. Line endings are
 * normalised so an unchanged report compares equal.
 */
export function markedBody(marker: string, body: string, headSha?: string): string {
  const content = normalizeNewlines(body).replaceAll(marker, '').replace(HEAD_MARKER, '').trim();
  const head = headSha ? `<!-- promptgate:head=${headSha} -->` : '';
  return fitToLimit(`${marker}${head}\n${content}`, MAX_COMMENT_CHARS);
}

const HEAD_MARKER = /<!-- promptgate:head=[0-9a-f]{7,64} -->/g;

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
