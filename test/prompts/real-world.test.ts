import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { unfilledPlaceholderWarnings } from '../../src/prompts/github-placeholders.js';
import { renderPrompt } from '../../src/prompts/render.js';
import type { PromptFile } from '../../src/prompts/types.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';

// GitHub Models prompt files shaped like ones in public repositories (see the fixtures' README).
const dir = fileURLToPath(new URL('../fixtures/real-world/', import.meta.url));
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((name) => name.endsWith('.prompt.yml'))
    .map((name) => [`prompts/${name}`, readFileSync(`${dir}${name}`, 'utf8')]),
);
const load = (name: string): Promise<PromptFile> =>
  loadPromptFile(new MemorySnapshot(files), `prompts/${name}.prompt.yml`, []);

describe('real-world GitHub Models prompt files', () => {
  it('ignores model parameters gh does not read, keeping the ones it does', async () => {
    const triage = await load('triage');
    expect(triage.modelParameters).toEqual({ temperature: 0.2 });
    expect(triage.responseFormat).toMatchObject({
      type: 'json_schema',
      name: 'triage_verdict',
      strict: true,
    });
    expect(triage.embeddedSuite).toBeUndefined();
    expect(triage.variables).toEqual(['issue_body', 'issue_number', 'releases_json']);

    const review = await load('code-review');
    expect(review.modelParameters).toEqual({ temperature: 0.3 });
    expect(review.embeddedSuite?.metrics.map((m) => [m.name, m.type])).toEqual([
      ['Response has an issues section', 'github-string'],
      ['Security issue flagged', 'github-llm'],
    ]);

    const labeler = await load('agent-generated');
    expect(labeler.modelParameters).toEqual({ temperature: 0.3, maxTokens: 256, topP: 1 });
    expect(labeler.responseFormat).toEqual({ type: 'text' });
    expect(labeler.embeddedSuite?.metrics).toHaveLength(3);
  });

  it('loads a model-agnostic prompt without tests, which gh never has to call', async () => {
    const prompt = await load('model-agnostic');
    expect(prompt.model).toBe('');
    expect(prompt.embeddedSuite).toBeUndefined();
  });

  it('treats empty keys as absent and roles case-insensitively', async () => {
    const prompt = await load('empty-keys');
    expect(prompt.description).toBeUndefined();
    expect(prompt.modelParameters).toEqual({});
    expect(prompt.embeddedSuite).toBeUndefined();
    expect(prompt.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('runs an empty test row as gh does: a test without values, its placeholders sent as written', async () => {
    const prompt = await load('blank-row');
    const suite = prompt.embeddedSuite;
    expect(suite?.cases.map((c) => c.vars)).toEqual([{ name: 'Ada' }, {}]);
    expect(renderPrompt(prompt, suite?.cases[1]?.vars ?? {}).messages[0]?.content).toBe(
      'Greet {{name}} politely.',
    );
    const cases = (suite?.cases ?? []).map((c) => ({ ...c, metrics: suite?.metrics ?? [] }));
    expect(unfilledPlaceholderWarnings(prompt, cases)).toEqual([
      'prompts/blank-row.prompt.yml:6 (messages[0]): `{{name}}` has no value in 1 of 2 test rows (test-2), so it is sent as written, as gh does',
    ]);
  });

  it('runs generated test data with extra keys and an llm judge on a 1-5 scale', async () => {
    const prompt = await load('generated-tests');
    const suite = prompt.embeddedSuite;
    expect(suite?.cases.map((c) => c.id)).toEqual(['test-1', 'test-2']);
    expect(suite?.cases[0]?.vars.reasoning).toContain('plain verb');
    expect(suite?.metrics[0]).toMatchObject({ name: 'follows the rules', type: 'github-llm' });
    const rendered = renderPrompt(prompt, suite?.cases[1]?.vars ?? {});
    expect(rendered.messages[1]?.content).toBe('sentence: Is it raining? | word: ?');
  });

  it('applies YAML merge keys as gh (go-yaml) does: messages, rows and judges built from anchors', async () => {
    const prompt = await load('shared-anchors');
    expect(prompt.messages.map((m) => [m.role, m.content])).toEqual([
      ['system', 'You write one-line release notes.'],
      ['user', 'Change: {{change}}'],
    ]);
    const suite = prompt.embeddedSuite;
    expect(suite?.cases.map((c) => c.vars)).toEqual([
      { change: 'Fixed the login timeout', expected: 'login' },
      { change: 'Added CSV export', expected: 'export' },
    ]);
    expect(suite?.metrics.map((m) => [m.name, m.type])).toEqual([
      ['mentions the change', 'github-string'],
      ['one line', 'github-llm'],
    ]);
    expect(suite?.metrics[1]).toMatchObject({
      config: {
        model: 'openai/gpt-4o-mini',
        choices: [
          { choice: 'yes', score: 1 },
          { choice: 'no', score: 0 },
        ],
      },
    });
  });

  it('ignores keys only other tools read, `version` of any type included', async () => {
    const prompt = await load('foreign-keys');
    expect(prompt.format).toBe('github');
    expect(prompt.id).toBe('prompts/foreign-keys');
    expect(prompt.version).toBeUndefined();
    expect(prompt.modelParameters).toEqual({ temperature: 0 });
    expect(prompt.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(prompt.embeddedSuite?.cases).toHaveLength(1);
  });

  it('says why a GitHub file with an `id` needs a version, and the other way out', async () => {
    const error = await load('with-id').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const { message, hint, location } = error as ConfigError;
    expect(message).toBe('`id` makes this a promptgate prompt file, which needs a `version`');
    expect(location).toMatchObject({ file: 'prompts/with-id.prompt.yml', line: 2 });
    expect(hint).toContain('add a semver `version: 1.0.0`, or remove `id`');
    expect(hint).toContain('its id is then its path, `prompts/with-id`');
  });

  it('warns of every `{{ name }}` written with spaces or a filter, which gh sends as written', async () => {
    const prompt = await load('mustache-spacing');
    const suite = prompt.embeddedSuite;
    const cases = (suite?.cases ?? []).map((c) => ({ ...c, metrics: suite?.metrics ?? [] }));
    expect(renderPrompt(prompt, cases[0]?.vars ?? {}).messages[1]?.content).toBe(
      'Ticket: {{ ticket }}\nProduct: {{product | upper}}\nPriority: high\n',
    );
    const warnings = unfilledPlaceholderWarnings(prompt, cases);
    expect(warnings).toEqual([
      'prompts/mustache-spacing.prompt.yml:8 (messages[1]): `{{ ticket }}` is sent as written, as gh does: gh fills only `{{ticket}}`, written without spaces or filters',
      'prompts/mustache-spacing.prompt.yml:8 (messages[1]): `{{product | upper}}` is sent as written, as gh does: gh fills only `{{product}}`, written without spaces or filters',
      'prompts/mustache-spacing.prompt.yml (evaluator `right team`): `{{ team }}` is sent as written, as gh does: gh fills only `{{team}}`, written without spaces or filters',
      'prompts/mustache-spacing.prompt.yml (evaluator `judge agrees`): `{{ completion }}` is sent as written, as gh does: gh fills only `{{completion}}`, written without spaces or filters',
    ]);
  });

  it('says how to exclude a file that shares the suffix but is not a prompt file', async () => {
    const error = await load('not-a-prompt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('not a prompt file: it has no `messages`');
    expect((error as ConfigError).hint).toContain('add it to `exclude` in promptgate.yaml');
  });
});
