/**
 * In compare, a pull request's promptgate.yaml sets the `prompts` / `suites` / `exclude` globs and the
 * pull request also names the files they are matched against. picomatch's backtracking regexes took
 * 2.4 s for `*a*a*a*a*a*a*b` against a 60-character name, did not finish in 60 s with eight stars,
 * and took 7.5 s with two stars against a 4,000-character name. Globs now run on RE2: these finish
 * at once. The generous timeouts only keep a regression from hanging the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/core/glob.js';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { resolveRoute } from '../../src/providers/routing.js';
import { createPricing } from '../../src/providers/pricing.js';
import { createTempRepo, type TempRepo } from '../helpers/git-repo.js';
import { evaluateCheckout } from '../helpers/in-process.js';

const EIGHT_STARS = '*a*a*a*a*a*a*a*a*b';
const TWO_STARS = '*a*b';
/** The longest file name most file systems allow. */
const LONG_NAME = 'a'.repeat(250);

describe('globs chosen by a pull request cannot hang the run', () => {
  it.each([
    [EIGHT_STARS, 'a'.repeat(60)],
    [EIGHT_STARS, 'a'.repeat(4_000)],
    [TWO_STARS, 'a'.repeat(4_000)],
    [`**/${EIGHT_STARS}`, `${'a/'.repeat(2_000)}${'a'.repeat(4_000)}`],
    ['**/a*/**/a*/**/a*/**/b', `${'a/'.repeat(20_000)}a`],
    ['{*a,a*}{*a,a*}{*a,a*}{*a,a*}b', 'a'.repeat(100_000)],
  ])('path glob %s against a name of %#', { timeout: 30_000 }, (glob, name) => {
    const matches = compileGlob(glob, 'path');
    expect(matches(name)).toBe(false);
    expect(matches(`${name}b`)).toBe(glob !== '**/a*/**/a*/**/a*/**/b');
  });

  it(
    'model-name globs: a `models:` route and a `pricing:` entry against a 100,000-character model name',
    { timeout: 30_000 },
    () => {
      const model = 'a'.repeat(100_000);
      const config = { providers: {}, models: { [EIGHT_STARS]: 'anthropic' }, defaultProvider: undefined };
      expect(resolveRoute(model, config).provider.type).toBe('openai');
      expect(resolveRoute(`${model}b`, config).provider.type).toBe('anthropic');
      const price = createPricing({ [EIGHT_STARS]: { input: 1, output: 1 } });
      expect(price(model, { inputTokens: 1, outputTokens: 1 }).priced).toBe(false);
      expect(price(`${model}B`, { inputTokens: 1_000_000, outputTokens: 0 }).costUsd).toBe(1);
    },
  );

  describe('in compare, with the globs in the head promptgate.yaml and long file names in the head', () => {
    let repo: TempRepo;
    let base: string;
    let head: string;
    const prompt = (id: string) =>
      `id: ${id}\nversion: 1.0.0\nmodel: offline:echo\nmessages:\n  - role: user\n    content: "hi"\n`;
    beforeAll(() => {
      repo = createTempRepo();
      base = repo.commit({ 'prompts/hello.prompt.yaml': prompt('hello') }, 'base');
      head = repo.commit(
        {
          'promptgate.yaml': `prompts: ["${EIGHT_STARS}", "**/*.prompt.yaml"]\nsuites: ["${TWO_STARS}"]\nexclude: ["**/${EIGHT_STARS}/**"]\n`,
          [`deep/${LONG_NAME}`]: 'not a prompt',
          [`${'d/'.repeat(100)}${LONG_NAME}`]: 'not a prompt',
          [`${LONG_NAME}/x.prompt.yaml`]: prompt('x'),
        },
        'head',
      );
    });
    afterAll(() => repo.remove());

    it('loads and compares at once, matching like before', { timeout: 60_000 }, async () => {
      const report = await evaluateCheckout(repo.dir, { mode: 'compare', base, head, cacheMode: 'off' }, {});
      // The new prompt under the long directory; the long names match no glob; `hello` is unchanged.
      expect(report.prompts.map((p) => p.id)).toEqual(['x']);
      expect(report.verdict).toBe('pass');
    });
  });
});

describe('a glob outside the supported dialect is an error naming promptgate.yaml and the key', () => {
  it.each([
    ['prompts: ["prompts/**", "!prompts/drafts/**"]\n', '`prompts`', 1, '`!` is not supported'],
    ['suites: "evals/@(a|b).yaml"\n', '`suites`', 1, '`(` is not supported'],
    ['exclude:\n  - "a**b"\n', '`exclude`', 2, '`**` must be a whole path segment'],
    ['models:\n  "gpt-{1..5}": openai\n', '`models`', 2, 'ranges'],
    ['pricing:\n  "m[a": { input: 1, output: 1 }\n', '`pricing`', 2, 'without a closing `]`'],
  ])('%s', (yaml, key, line, reason) => {
    let error: unknown;
    try {
      parseConfig(yaml, 'promptgate.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const config = error as ConfigError;
    expect(config.message).toContain(`invalid promptgate.yaml: ${key}`);
    expect(config.message).toContain(reason);
    expect(config.location).toMatchObject({ file: 'promptgate.yaml', line });
    expect(config.hint).toContain('`**` as a whole path segment');
  });

  it('accepts every glob the README documents', () => {
    const config = parseConfig(
      'prompts: ["**/*.prompt.yml", "**/*.prompt.yaml"]\nsuites: ["**/*.eval.yml", "**/*.eval.yaml"]\nexclude: ["fixtures/**"]\nmodels:\n  "claude-*": anthropic\npricing:\n  "llama-*": { input: 0, output: 0 }\n',
      'promptgate.yaml',
    );
    expect(config.exclude).toContain('fixtures/**');
  });
});
