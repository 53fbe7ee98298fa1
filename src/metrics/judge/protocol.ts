/**
 * The judge wire protocol shared by the LLM-judged metrics and the offline model: names of the
 * structured-output formats, the tags that delimit data inside judge prompts, and the scale line.
 *
 * Prompt-injection defence: anything produced by a model (and the case data rendered into the
 * prompt) enters a judge prompt only inside one of these tags, after every occurrence of any of
 * the tags inside it has been escaped, so the text can neither close its block nor open a new one.
 * The judge's system prompt says that tag contents are data and instructions in them are ignored.
 */

export const JUDGE_FORMAT_NAME = 'promptgate_judge';
export const PAIRWISE_FORMAT_NAME = 'promptgate_pairwise';

export const DATA_TAGS = {
  output: 'candidate_output',
  reference: 'reference_answer',
  prompt: 'prompt',
  context: 'context',
  outputA: 'output_a',
  outputB: 'output_b',
} as const;

export type DataTag = (typeof DATA_TAGS)[keyof typeof DATA_TAGS];

// `\s*(?:\/\s*)?` rather than `\s*\/?\s*`: two adjacent `\s*` can split a run of spaces in n ways, so
// `<` and a long run of spaces (in a model output) took quadratic time.
const TAG_PATTERN = new RegExp(`<(\\s*(?:/\\s*)?(?:${Object.values(DATA_TAGS).join('|')})\\b[^<>]*)>`, 'gi');

/** Neutralises every opening or closing data tag inside `text` (`<prompt>` -> `&lt;prompt&gt;`). */
export function escapeData(text: string): string {
  return text.replace(TAG_PATTERN, '&lt;$1&gt;');
}

/** A data block: the escaped text between its tags, each on its own line. */
export function dataBlock(tag: DataTag, text: string): string {
  return `<${tag}>\n${escapeData(text)}\n</${tag}>`;
}

/** The contents of the last `tag` block in `text`, or undefined when there is none. */
export function readDataBlock(text: string, tag: DataTag): string | undefined {
  let last: string | undefined;
  for (const block of dataBlocks(text, tag)) last = block.content;
  return last;
}

/**
 * The `<tag>...</tag>` blocks of `text` from left to right, each closed by the first closing tag
 * after it; one newline after the opening and before the closing tag is not content. Found with
 * indexOf, in linear time: a lazy regular expression rescanned the rest of the text from every
 * unclosed opening tag.
 */
export function* dataBlocks(
  text: string,
  tag: DataTag,
): Generator<{ start: number; end: number; content: string }> {
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) return;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) return;
    let content = text.slice(start + open.length, end);
    if (content.startsWith('\n')) content = content.slice(1);
    if (content.endsWith('\n')) content = content.slice(0, -1);
    yield { start, end: end + close.length, content };
    from = end + close.length;
  }
}

/** Written into judge prompts so the judge (and the offline model) knows the rating range. */
export function scaleLine(min: number, max: number): string {
  return `Scale: ${min} to ${max}`;
}

export function readScale(text: string): { min: number; max: number } | undefined {
  const match = /Scale: (-?\d+(?:\.\d+)?) to (-?\d+(?:\.\d+)?)/.exec(text);
  return match ? { min: Number(match[1]), max: Number(match[2]) } : undefined;
}
