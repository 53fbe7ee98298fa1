/** Where to look for JSON in a model output: `auto` tries the whole text, then the first fenced block. */
export type FencedMode = 'auto' | 'always' | 'never';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

const FENCE = /```[ \t]*([A-Za-z0-9_-]*)[^\n]*\n([\s\S]*?)```/g;

/** Contents of the fenced code blocks, ```json blocks first, then unlabelled ones. */
function fencedBlocks(text: string): string[] {
  const blocks = [...text.matchAll(FENCE)].map((m) => ({
    lang: (m[1] ?? '').toLowerCase(),
    body: m[2] ?? '',
  }));
  return [
    ...blocks.filter((b) => b.lang === 'json' || b.lang === 'jsonc'),
    ...blocks.filter((b) => b.lang === ''),
  ].map((b) => b.body);
}

/** Parses a model output as JSON, as the whole text and/or inside its first ```json fence. */
export function parseJsonOutput(text: string, mode: FencedMode): JsonParse {
  const whole = mode === 'always' ? undefined : tryParse(text);
  if (whole?.ok) return whole;
  if (mode === 'never') return whole ?? { ok: false, error: 'empty output' };
  const block = fencedBlocks(text)[0];
  if (block === undefined) {
    return {
      ok: false,
      error:
        mode === 'always'
          ? 'no fenced ```json block in the output'
          : `not JSON (${whole?.error ?? 'empty'}) and no fenced \`\`\`json block`,
    };
  }
  const fenced = tryParse(block);
  return fenced.ok ? fenced : { ok: false, error: `the fenced block is not JSON (${fenced.error})` };
}

function tryParse(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Every JSON value a reply may hold, most likely first: the whole text, fenced blocks, then the
 * balanced `{...}` objects found in prose, the last one first (a judge that quotes JSON from the
 * graded output gives its own verdict after it). Used to read judges that wrap JSON in words.
 */
export function jsonCandidates(text: string): unknown[] {
  const found: unknown[] = [];
  const sources = [text.trim(), ...fencedBlocks(text).map((b) => b.trim()), ...balancedObjects(text)];
  for (const source of new Set(sources)) {
    const parsed = tryParse(source);
    if (parsed.ok) found.push(parsed.value);
  }
  return found;
}

/** Brace-balanced substrings (braces inside JSON strings skipped), latest-ending and outermost first. */
function balancedObjects(text: string): string[] {
  const spans: { start: number; end: number }[] = [];
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    const end = matchingBrace(text, start);
    if (end !== undefined) spans.push({ start, end });
  }
  return spans.sort((a, b) => b.end - a.end || a.start - b.start).map((s) => text.slice(s.start, s.end + 1));
}

function matchingBrace(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return undefined;
}
