/**
 * The linear-time glob matcher must agree with picomatch (which it replaced) on every pair of glob
 * and name from the supported dialect: random pairs from a seeded generator, plus every glob the
 * README, the tests and the built-in price lists use.
 */
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, GlobSyntaxError, isGlob, type GlobMode } from '../../src/core/glob.js';
import { DEFAULT_EXCLUDE, DEFAULT_PROMPT_GLOBS, DEFAULT_SUITE_GLOBS } from '../../src/config/load.js';
import { providerDefinitions } from '../../src/providers/registry.js';

const OPTIONS: Record<GlobMode, picomatch.PicomatchOptions> = {
  path: { dot: true },
  name: { bash: true, nocase: true },
};

/** mulberry32: the same pairs on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = ['a', 'b', 'x', '.', '-', '_', 'A', '1'];
const CLASSES = ['[ab]', '[a-c]', '[^a]', '[.]', '[^.]', '[x1_-]', '[A-Z]'];

function generator(seed: number, mode: GlobMode) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const int = (max: number) => Math.floor(next() * (max + 1));

  const atom = (depth: number): string => {
    const r = next();
    if (r < 0.45) return pick(LETTERS);
    if (r < 0.62) return '*';
    if (r < 0.72) return '?';
    if (r < 0.85) return pick(CLASSES);
    if (depth > 1) return pick(LETTERS);
    const count = 2 + int(1);
    const options = Array.from({ length: count }, () =>
      // Sometimes an empty alternative (`{,-20*}`) or one crossing a directory.
      next() < 0.15 ? '' : word(depth + 1),
    );
    return `{${options.join(',')}}`;
  };
  // No two stars in a row inside a segment: `**` is a whole segment or nothing.
  const word = (depth: number): string => {
    let out = '';
    for (let n = 1 + int(3); n > 0; n--) {
      const a = atom(depth);
      if (a.startsWith('*') && out.endsWith('*')) continue;
      out += a;
    }
    return out === '' ? 'a' : out;
  };
  const glob = (): string => {
    if (mode === 'name') return word(0);
    const segments = Array.from({ length: 1 + int(3) }, () => (next() < 0.2 ? '**' : word(0)));
    return segments.join('/');
  };

  const segment = (): string => {
    for (;;) {
      const s = Array.from({ length: 1 + int(4) }, () => pick([...LETTERS, 'c', 'y'])).join('');
      if (s !== '.' && s !== '..') return s;
    }
  };
  /** A name the glob likely matches: every wildcard replaced by something it stands for. */
  const instance = (pattern: string): string => {
    let out = pattern
      .replace(/\{([^{}]*)\}/g, (_, body: string) => pick(body.split(',')))
      .replace(/\{([^{}]*)\}/g, (_, body: string) => pick(body.split(',')))
      .replace(/\[\^?([^\]]*)\]/g, (_, body: string) => pick([...body.replace('-', '')]))
      .replace(/\?/g, () => pick(LETTERS));
    out = out.replace(/(^|\/)\*\*(\/|$)/g, (_, a: string, b: string) =>
      next() < 0.4 ? a || b : `${a}${Array.from({ length: 1 + int(1) }, segment).join('/')}${b}`,
    );
    return out.replace(/\*/g, () => (next() < 0.3 ? '' : segment()));
  };
  const mutate = (name: string): string => {
    const chars = [...name];
    const at = int(chars.length - 1);
    chars[at] = pick([...LETTERS, 'c', '/']);
    return chars.join('');
  };
  const name = (): string =>
    mode === 'path'
      ? Array.from({ length: 1 + int(3) }, segment).join('/')
      : Array.from({ length: 1 + int(2) }, segment).join('/');
  return { glob, instance, mutate, name };
}

/** Names the dialect does not promise to agree on, per mode (see src/core/glob.ts). */
function inDomain(name: string, mode: GlobMode): boolean {
  if (name === '' || name.endsWith('/') || name.startsWith('/') || name.includes('//')) return false;
  const segments = name.split('/');
  if (mode === 'path') return segments.every((s) => s !== '.' && s !== '..');
  return segments.every((s) => !s.startsWith('.'));
}

function disagreements(mode: GlobMode, globs: readonly string[], names: (glob: string) => string[]) {
  const found: string[] = [];
  let pairs = 0;
  for (const glob of globs) {
    const ours = compileGlob(glob, mode);
    const theirs = picomatch(glob, OPTIONS[mode]);
    for (const name of names(glob).filter((n) => inDomain(n, mode))) {
      pairs++;
      if (ours(name) !== theirs(name)) found.push(`${glob} ${name}: picomatch ${theirs(name)}`);
    }
  }
  return { found, pairs };
}

describe('compileGlob agrees with picomatch', () => {
  for (const mode of ['path', 'name'] as const) {
    it(`on thousands of random ${mode} globs and names`, () => {
      const gen = generator(mode === 'path' ? 1 : 2, mode);
      // The generator sometimes writes what the dialect refuses (`a/{,b}/c`: an empty segment).
      const accepted = (glob: string) => {
        try {
          compileGlob(glob, mode);
          return true;
        } catch (error) {
          if (error instanceof GlobSyntaxError) return false;
          throw error;
        }
      };
      const generated = Array.from({ length: 3000 }, gen.glob);
      const globs = generated.filter(accepted);
      expect(globs.length).toBeGreaterThan(2500);
      let matched = 0;
      const { found, pairs } = disagreements(mode, globs, (glob) => {
        const hits = Array.from({ length: 3 }, () => gen.instance(glob));
        const names = [...hits, ...hits.map(gen.mutate), gen.name(), gen.name()];
        matched += names.filter((n) => inDomain(n, mode) && picomatch.isMatch(n, glob, OPTIONS[mode])).length;
        return names;
      });
      expect(found.slice(0, 10)).toEqual([]);
      expect(pairs).toBeGreaterThan(15_000);
      // Both outcomes are well represented: a generator that never matched would prove little.
      expect(matched).toBeGreaterThan(pairs / 5);
      expect(matched).toBeLessThan((pairs * 4) / 5);
    });
  }

  const repoPaths = [
    'a.prompt.yml',
    'prompts/greet.prompt.yaml',
    '.github/prompts/x.prompt.yml',
    'evals/deep/er/t.prompt.yaml',
    'node_modules/pkg/a.eval.yaml',
    'x/node_modules/a.eval.yml',
    'dist/a.prompt.yml',
    '.git/hooks/a.eval.yaml',
    '.promptgate/cache/a.prompt.yml',
    'fixtures/a.prompt.yml',
    'src/fixtures/a.prompt.yml',
    'a.eval.yaml',
    'suites/c.prompt.yml',
    'README.md',
    'build/x.log',
    'x.log',
    'loop.yaml',
  ];
  it('on every path glob of the README, the tests and the defaults', () => {
    const globs = [
      ...DEFAULT_PROMPT_GLOBS,
      ...DEFAULT_SUITE_GLOBS,
      ...DEFAULT_EXCLUDE,
      'fixtures/**',
      'prompts/**/*.prompt.yaml',
      'evals/**/*.prompt.yaml',
      '**/*',
      '**/c.prompt.yml',
      '*.eval.yaml',
      '*.eval.yml',
      '*.yaml',
      '*.yml',
      '*.log',
      'loop.*',
      '*',
    ];
    const { found, pairs } = disagreements('path', globs, () => repoPaths);
    expect(found).toEqual([]);
    expect(pairs).toBe(globs.length * repoPaths.length);
  });

  it('on every model-name glob of the README, the tests and the built-in price lists', () => {
    const prices = providerDefinitions().flatMap((d) => (d.prices ?? []).map(([pattern]) => pattern));
    const globs = [
      ...prices.filter(isGlob),
      ...[
        'claude-*',
        'gpt-*',
        'gpt-4o-*',
        'llama-*',
        'llama*',
        'm-*',
        'my-*',
        '*a',
        '*mini',
        'openai/*',
        'claude*',
        'github/*',
      ],
    ];
    expect(globs.length).toBeGreaterThan(20);
    const models = [
      ...prices.map((p) => p.replace(/\{[^}]*\}/g, '').replace(/\*/g, '')),
      ...prices.map((p) => p.replace(/\{,?([^,}]*)[^}]*\}/, '$1').replace(/\*/g, '0101')),
      'gpt-4o-mini',
      'GPT-4o-Mini-2024-07-18',
      'openai/gpt-4o-mini',
      'claude-sonnet-4-6',
      'llama-3.1-8b',
      'meta/Llama-3.3-70B-Instruct',
      'my-model',
      'mistral-ai/ministral-3b',
    ];
    const { found } = disagreements('name', globs, () => models);
    expect(found).toEqual([]);
  });
});

describe('compileGlob refuses what it cannot match like picomatch', () => {
  it.each([
    ['!prompts/**', '`!` is not supported'],
    ['@(a|b).yaml', '`(` is not supported'],
    ['a\\*b', '`\\` is not supported'],
    ['a**b/c', '`**` must be a whole path segment'],
    ['prompts//x', 'empty path segment'],
    ['../x/*', '`.` and `..` segments'],
    ['x{a}', 'at least two alternatives'],
    ['x{a,b', 'without a closing `}`'],
    ['x}a', 'without an opening `{`'],
    ['{a,b/c}/x', '`/` inside braces'],
    ['{a.*,b}', '`.*` inside braces'],
    ['a\u0000*', 'a control character'],
    ['v{1..3}', 'ranges `{1..3}` are not supported'],
    ['[a', 'without a closing `]`'],
    ['a]', 'without an opening `[`'],
    ['[[:alpha:]]', '`[` in a character class'],
    ['[^]x]', 'empty character class'],
    ['[z-a]', 'reversed range'],
    ['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}', 'more than 256 alternatives'],
  ])('%s', (glob, reason) => {
    const compile = () => compileGlob(glob, 'path');
    expect(compile).toThrow(GlobSyntaxError);
    expect(compile).toThrow(reason);
  });

  it('matches `./prompts/**` as `prompts/**`, as picomatch does', () => {
    expect(compileGlob('./prompts/**', 'path')('prompts/a.prompt.yml')).toBe(true);
  });

  it('tells globs from exact names', () => {
    expect(isGlob('gpt-4o{,-20*}')).toBe(true);
    expect(isGlob('gpt-4o')).toBe(false);
  });
});
