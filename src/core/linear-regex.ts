import { RE2JS, RE2JSSyntaxException } from 're2js';

/**
 * Regular expressions from a pull request (suites, schemas) run on RE2 (re2js): matching takes
 * time linear in the input, so no pattern can hang a run on a long model output. JavaScript syntax
 * is accepted (translated by re2js); what RE2 cannot do in linear time (backreferences, lookahead,
 * capturing lookbehind) is a PatternError, reported at parse time.
 */
export interface LinearRegExp {
  /** The first match and where it starts, or null. */
  exec(text: string): { match: string; index: number } | null;
  test(text: string): boolean;
}

/** A pattern or flags the linear-time engine cannot run; the message says what and how to fix it. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

/** JavaScript flags that change matching, and their RE2 equivalents. */
const FLAG_BITS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
};
/** Flags without effect on a single first-match search (RE2 is Unicode-aware anyway). */
const NEUTRAL_FLAGS = new Set(['g', 'd', 'u', 'v']);

export const PATTERN_HINT =
  'patterns run on RE2 (linear time): no backreferences (\\1) or lookahead ((?=...), (?!...)); use `not-regex` for "must not contain", or two regex metrics';

export function compileLinear(pattern: string, flags = ''): LinearRegExp {
  let bits = RE2JS.LOOKBEHINDS; // captureless lookbehinds run in linear time
  for (const flag of new Set(flags)) {
    const bit = FLAG_BITS[flag];
    if (bit !== undefined) bits |= bit;
    else if (!NEUTRAL_FLAGS.has(flag)) {
      throw new PatternError(
        `unsupported flag \`${flag}\``,
        flag === 'y'
          ? 'anchor the pattern with ^ instead of the sticky flag'
          : 'flags are letters from "imsgdu"',
      );
    }
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(RE2JS.translateRegExp(pattern), bits);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) throw new PatternError(error.message, PATTERN_HINT);
    throw error;
  }
  return {
    exec(text) {
      const matcher = compiled.matcher(text);
      return matcher.find() ? { match: matcher.group() ?? '', index: matcher.start() } : null;
    },
    test: (text) => compiled.test(text),
  };
}
