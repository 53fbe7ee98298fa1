import { RE2JS } from 're2js';

/**
 * Glob matching in linear time. A pull request chooses both the globs (its promptgate.yaml) and the
 * names they are matched against (its files, its model names); picomatch's backtracking regexes
 * took seconds for `*a*a*a*a*a*a*b` against a 60-character name. Globs are translated to a regular
 * expression without lookaround and run on RE2 (re2js), with picomatch's semantics for the dialect
 * below; anything outside it is a GlobSyntaxError rather than a glob that silently matches nothing.
 *
 * Dialect: `*` (any characters but `/` in paths, any at all in model names), `**` as a whole path
 * segment (zero or more directories), `?` (one character but `/`), classes `[a-z0-9_]` and `[^...]`,
 * braces `{a,b}` (nested, at least one comma).
 *
 * - `path` (picomatch `dot: true`): repository paths. Paths hold no `.`/`..` segment, no empty one
 *   and no trailing `/` (git stores none), so picomatch's special cases for those never apply.
 * - `name` (picomatch `bash: true, nocase: true`): model names, case-insensitive; `*` crosses `/`.
 *   picomatch's refusal to let `*` start a segment with `.` is not reproduced: model names do not
 *   start a segment with a dot.
 */
export type GlobMode = 'path' | 'name';

/** A glob outside the supported dialect; `reason` says what and how to write it instead. */
export class GlobSyntaxError extends Error {
  constructor(
    readonly glob: string,
    readonly reason: string,
  ) {
    super(`unsupported glob \`${glob}\`: ${reason}`);
    this.name = 'GlobSyntaxError';
  }
}

/** More alternatives than this after brace expansion is refused: nested braces multiply. */
const MAX_ALTERNATIVES = 256;
/** Extglob, negation and escape syntax, which the dialect leaves out. */
const UNSUPPORTED = /[()|!\\]/;
/**
 * Marks where a brace alternative began and ended in an expanded glob: `{a,*}*` is a star next to a
 * star, never a `**` segment, as picomatch reads it (it keeps braces as a regex group).
 */
const SEAM = '\0';
/** A star that must match at least one character (see FASTPATH). */
const PLUS = '\x01';
/**
 * picomatch compiles these whole globs on a fast path where the final star must not match at the
 * end of the name: `*.*` misses `b.`, `.*` misses `.`, and so do they under a leading `**` segment.
 */
const FASTPATH = /^((?:\.\/)?(?:\*\*\/)?\*?\.)\*$/;
const CLASS_CHARACTER = /[A-Za-z0-9._ -]/;

/** Whether a pattern uses glob syntax at all (an exact name otherwise). */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

export function compileGlob(glob: string, mode: GlobMode): (subject: string) => boolean {
  const unsupported = UNSUPPORTED.exec(glob);
  // Control characters never name a file or a model, and SEAM and PLUS below are two of them.
  if ([...glob].some((c) => c < ' ')) throw new GlobSyntaxError(glob, 'a control character');
  if (unsupported) {
    throw new GlobSyntaxError(
      glob,
      `\`${unsupported[0]}\` is not supported (no extglobs, negation or escapes); use \`exclude\` to leave files out, or \`?\` or a class for one character`,
    );
  }
  const fast = FASTPATH.exec(glob);
  const alternatives = expandBraces(fast ? `${fast[1]}${PLUS}` : glob).map((alternative) =>
    mode === 'path' ? pathRegex(glob, alternative) : nameRegex(glob, alternative),
  );
  const source = `(?:${[...new Set(alternatives)].join('|')})`;
  const compiled = RE2JS.compile(source, mode === 'name' ? RE2JS.CASE_INSENSITIVE : 0);
  return (subject) => compiled.matches(subject);
}

/** Compiles several globs into one test: a subject matches when any glob does. */
export function compileGlobs(globs: readonly string[], mode: GlobMode): (subject: string) => boolean {
  const tests = globs.map((glob) => compileGlob(glob, mode));
  return (subject) => tests.some((test) => test(subject));
}

/** `a{b,c{d,e}}` -> `ab`, `acd`, `ace`. */
function expandBraces(glob: string, whole = glob): string[] {
  const open = glob.indexOf('{');
  if (open === -1) {
    if (glob.includes('}')) throw new GlobSyntaxError(whole, '`}` without an opening `{`');
    return [glob];
  }
  if (glob.slice(0, open).includes('}')) throw new GlobSyntaxError(whole, '`}` without an opening `{`');
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length && close === -1; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) close = i;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close === -1) throw new GlobSyntaxError(whole, '`{` without a closing `}`');
  // picomatch reads `..` in braces as a range (`{1..3}`, `{a..c}`) wherever it appears.
  if (glob.slice(open, close + 1).includes('..')) {
    throw new GlobSyntaxError(
      whole,
      '`..` inside braces (ranges `{1..3}` are not supported; list the values, as in `{1,2,3}`)',
    );
  }
  // picomatch makes such a star match at least one character, and not a lone `.`.
  if (glob.slice(open, close + 1).includes('.*')) {
    throw new GlobSyntaxError(whole, '`.*` inside braces; put the shared part outside, as in `*.{yml,yaml}`');
  }
  if (glob.slice(open, close + 1).includes('/')) {
    throw new GlobSyntaxError(whole, '`/` inside braces; write one glob per directory pattern instead');
  }
  if (commas.length === 0) {
    throw new GlobSyntaxError(whole, 'braces need at least two alternatives, as in `{a,b}`');
  }
  const bounds = [open, ...commas, close];
  const options = bounds.slice(1).map((end, i) => glob.slice((bounds[i] as number) + 1, end));
  const prefix = glob.slice(0, open);
  const rests = expandBraces(glob.slice(close + 1), whole);
  const expanded: string[] = [];
  for (const option of options.flatMap((o) => expandBraces(o, whole))) {
    for (const rest of rests) {
      expanded.push(prefix + SEAM + option + SEAM + rest);
      if (expanded.length > MAX_ALTERNATIVES) {
        throw new GlobSyntaxError(whole, `more than ${MAX_ALTERNATIVES} alternatives after brace expansion`);
      }
    }
  }
  return expanded;
}

function pathRegex(glob: string, alternative: string): string {
  const segments = alternative.split('/');
  if (segments.some((segment) => segment === '')) {
    throw new GlobSyntaxError(glob, 'empty path segment (a leading, trailing or doubled `/`)');
  }
  // `./prompts/**` means `prompts/**`, as in picomatch.
  while (segments[0] === '.' && segments.length > 1) segments.shift();
  // Consecutive `**` segments mean one.
  const collapsed = segments.filter((segment, i) => !(segment === '**' && segments[i - 1] === '**'));
  let regex = '';
  for (const [i, segment] of collapsed.entries()) {
    const last = i === collapsed.length - 1;
    const afterGlobstar = i > 0 && collapsed[i - 1] === '**';
    if (segment === '**') {
      // picomatch: a trailing `/**` right after a star needs one more segment (`a*/**` misses `ab`).
      // After a brace (`{a,b*}/**`) picomatch sees `}`, not a star.
      const afterStar = collapsed[i - 1]?.endsWith('*') === true;
      if (i === 0) regex += last ? '.*' : '(?:.*/)?';
      else if (last) regex += afterStar ? '/.*' : '(?:/.*)?';
      else if (i === collapsed.length - 2 && canBeEmpty(collapsed[i + 1] as string)) {
        // picomatch lets a middle `/**/` also match the end of the name (`a/**/{x,}*` matches `a`).
        regex += `(?:(?:/.*)?/${segmentRegex(glob, collapsed[i + 1] as string, '[^/]*', '[^/]')}|)`;
        break;
      } else regex += '(?:/.*)?/';
      continue;
    }
    if (segment === '.' || segment === '..') {
      throw new GlobSyntaxError(glob, '`.` and `..` segments never match a repository path');
    }
    if (segment.includes('**')) {
      throw new GlobSyntaxError(glob, '`**` must be a whole path segment, as in `prompts/**/*.yaml`');
    }
    if (i > 0 && !afterGlobstar) regex += '/';
    regex += segmentRegex(glob, segment, '[^/]*', '[^/]');
  }
  return regex;
}

/**
 * Whether a last segment matches the empty name end in picomatch: stars only, and none opening the
 * segment (picomatch requires a character after a segment's leading star).
 */
function canBeEmpty(segment: string): boolean {
  const chars = [...segment];
  return chars[0] !== '*' && chars.every((c) => c === '*' || c === SEAM);
}

function nameRegex(glob: string, alternative: string): string {
  // In model names `*` crosses `/` (picomatch `bash`), so `**` is just a star.
  return segmentRegex(glob, alternative.replace(/\*+/g, '*'), '.*', '[^/]');
}

/** One segment (paths) or the whole name: literals, `*`, `?` and classes. */
function segmentRegex(glob: string, text: string, star: string, one: string): string {
  // By code point: a character outside the BMP is one literal, not two halves.
  const chars = [...text];
  let regex = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === SEAM) continue;
    // `[^/]*` -> `[^/]+`, `.*` -> `.+`
    if (c === PLUS) regex += `${star.slice(0, -1)}+`;
    else if (c === '*') {
      if (chars[i + 1] === '*') {
        throw new GlobSyntaxError(glob, '`**` must be a whole path segment, as in `prompts/**/*.yaml`');
      }
      regex += star;
    } else if (c === '?') regex += one;
    else if (c === '[') {
      const end = chars.indexOf(']', i + 2);
      if (end === -1) throw new GlobSyntaxError(glob, '`[` without a closing `]`');
      regex += classRegex(glob, chars.slice(i + 1, end).join(''));
      i = end;
    } else if (c === ']') throw new GlobSyntaxError(glob, '`]` without an opening `[`');
    else regex += RE2JS.quote(c);
  }
  return regex;
}

/** `[a-z_]`, `[^.]`: never `/`, as in picomatch. */
function classRegex(glob: string, body: string): string {
  const negated = body.startsWith('^');
  const members = negated ? body.slice(1) : body;
  if (members === '') throw new GlobSyntaxError(glob, 'empty character class');
  for (const c of members) {
    if (!CLASS_CHARACTER.test(c)) {
      throw new GlobSyntaxError(
        glob,
        `\`${c}\` in a character class; classes hold letters, digits, \`.\`, \`_\`, \` \` and ranges \`a-z\``,
      );
    }
  }
  const ranges = /(.)-(.)/g;
  for (const [, from, to] of members.matchAll(ranges)) {
    if ((from as string) > (to as string))
      throw new GlobSyntaxError(glob, `reversed range \`${from}-${to}\``);
  }
  const escaped = [...members].map((c) => (c === '-' ? '-' : RE2JS.quote(c))).join('');
  return negated ? `[^/${escaped}]` : `[${escaped}]`;
}
