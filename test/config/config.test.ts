import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../src/config/load.js';
import { parseYaml } from '../../src/config/yaml.js';
import { ConfigError } from '../../src/errors.js';

function configError(text: string): ConfigError {
  try {
    parseConfig(text, 'promptgate.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('promptgate.yaml', () => {
  it('applies defaults to an empty file', () => {
    const config = parseConfig('', 'promptgate.yaml');
    expect(config.prompts).toEqual(defaultConfig().prompts);
    expect(config.gate.maxDrop).toBe(0.05);
    expect(config.gate.failOnError).toBe(true);
  });

  it('reads providers, routes, gate rules and per-metric overrides', () => {
    const config = parseConfig(
      [
        'default_provider: local',
        'providers:',
        '  local: { type: openai, base_url: "http://127.0.0.1:8000/v1", api_key_env: LOCAL_KEY, concurrency: 2 }',
        'models:',
        '  "claude-*": anthropic',
        'gate:',
        '  max_drop: 0.1',
        '  metrics:',
        '    tone: { min_score: 0.7 }',
        'max_cost_usd: 2.5',
      ].join('\n'),
      'promptgate.yaml',
    );
    expect(config.providers.local).toEqual({
      name: 'local',
      type: 'openai',
      baseUrl: 'http://127.0.0.1:8000/v1',
      apiKeyEnv: 'LOCAL_KEY',
      concurrency: 2,
      headers: undefined,
    });
    expect(config.defaultProvider).toBe('local');
    expect(config.gate).toMatchObject({
      maxDrop: 0.1,
      metrics: { tone: { minScore: 0.7 } },
    });
    expect(config.maxCostUsd).toBe(2.5);
  });

  it('reads gate.fail_on as a list or as text, and names unknown verdicts with their line', () => {
    expect(parseConfig('', 'promptgate.yaml').gate.failOn).toEqual(['fail', 'error']);
    expect(parseConfig('gate:\n  fail_on: [error, inconclusive, fail]\n', 'x').gate.failOn).toEqual([
      'inconclusive',
      'fail',
      'error',
    ]);
    expect(parseConfig('gate:\n  fail_on: never\n', 'x').gate.failOn).toEqual([]);
    expect(parseConfig('gate:\n  fail_on: "fail, inconclusive"\n', 'x').gate.failOn).toEqual([
      'inconclusive',
      'fail',
    ]);
    const text = configError('gate:\n  fail_on: fail,inconclusiv\n');
    expect(text.format()).toMatch(
      /^promptgate\.yaml:2(:\d+)?: `gate.fail_on` has unknown verdict\(s\): inconclusiv/,
    );
    expect(configError('gate:\n  fail_on: [fail, maybe]\n').format()).toMatch(/^promptgate\.yaml:2/);
    // A run-level policy, not a metric rule.
    expect(configError('gate:\n  metrics:\n    tone: { fail_on: [fail] }\n').message).toContain('fail_on');
  });

  it('reports malformed YAML with file and line', () => {
    const error = configError('gate:\n  max_drop: 0.1\n bad: [\n');
    expect(error.format()).toMatch(/^promptgate\.yaml:\d+(:\d+)?: malformed YAML/);
    // The location is said once, in front; the sentence does not end in a dangling "at line 3, column 5:".
    expect(error.message).not.toMatch(/at line \d+|:$/);
  });

  it('names an unknown key and its line', () => {
    const error = configError('concurrency: 4\ngate:\n  max_dorp: 0.1\n');
    expect(error.message).toContain('unknown key `max_dorp` in `gate`');
    expect(error.location).toEqual({ file: 'promptgate.yaml', line: 3, column: 13 });
    expect(error.hint).toMatch(/^did you mean `max_drop`\? known keys: min_pass_rate, /);
  });

  it('says what a value must be, what it got, and lists every problem with its line', () => {
    const error = configError('cache:\n  mode: raed\nprompts: [a, ""]\nconcurrency: 0\n');
    expect(error.format()).toBe(
      [
        'promptgate.yaml:2:9: invalid promptgate.yaml: `cache.mode` must be one of "readwrite", "read", "off", got string "raed"',
        '  other problems:',
        '  - `prompts.1` must be a non-empty string, got string "" (line 3)',
        '  - `concurrency` must be a whole number from 1 to 256, got number 0 (line 4)',
        '  hint: did you mean `read`?',
      ].join('\n'),
    );
    expect(configError('prompts: 3\n').message).toContain(
      '`prompts` must be a non-empty string or a list of non-empty strings, got number 3',
    );
    expect(configError('environments: [staging]\n').message).toContain(
      '`environments` must be a list of strings matching ^[A-Za-z0-9][A-Za-z0-9_-]*$ (at least 1, without repeats, including "production"), got a list',
    );
  });

  it('rejects a wrong type with the offending line', () => {
    const error = configError('concurrency: 4\ntimeout_ms: soon\n');
    expect(error.message).toContain('`timeout_ms` must be a whole number >= 1, got string "soon"');
    expect(error.location?.line).toBe(2);
  });

  it('rejects a route to an unknown provider', () => {
    const error = configError('models:\n  "gpt-*": opnai\n');
    expect(error.message).toContain('unknown provider `opnai`');
    expect(error.hint).toContain('openai');
    expect(error.location?.line).toBe(2);
  });
});

describe('YAML documents', () => {
  it('ignores a trailing `---` and reports a second document with its line', () => {
    const prompt = 'model: m\nmessages: [{ role: user, content: hi }]\n';
    expect(parseYaml(`${prompt}---\n`, 'a.prompt.yml').data).toEqual({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
    });
    try {
      parseYaml(`${prompt}\n---\nmodel: other\n`, 'a.prompt.yml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).format()).toBe(
        'a.prompt.yml:4: the file holds more than one YAML document\n  hint: remove the `---` at line 4, or move what follows it into its own file',
      );
    }
  });

  it('takes repeat and max_repeats as the default of suites that set no repeat', () => {
    expect(parseConfig('', 'promptgate.yaml').repeat).toEqual({ repeat: 1 });
    expect(parseConfig('repeat: 3', 'promptgate.yaml').repeat).toEqual({ repeat: 3 });
    expect(parseConfig('repeat: auto\nmax_repeats: 7', 'promptgate.yaml').repeat).toEqual({
      repeat: 1,
      maxRepeats: 7,
    });
    expect(() => parseConfig('max_repeats: 7', 'promptgate.yaml')).toThrow(/only with `repeat: auto`/);
  });
});
