import { describe, expect, it } from 'vitest';
import { ConfigError, TemplateError } from '../../src/errors.js';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { renderGitHubTemplate, NunjucksRenderer, nunjucksVariables } from '../../src/prompts/template.js';

describe('prompt files', () => {
  it('reads a GitHub Models prompt file and derives its id from the path', () => {
    const draft = parsePromptFile(
      [
        'name: Summarizer',
        'model: openai/gpt-4o-mini',
        'modelParameters: { temperature: 0.2, maxTokens: 200 }',
        'responseFormat: json_schema',
        'jsonSchema: |',
        '  {"name": "summary", "schema": {"type": "object"}, "strict": true}',
        'messages:',
        '  - role: System',
        '    content: You summarize.',
        '  - role: user',
        '    content: "Summarize {{text}}"',
        'testData:',
        '  - text: hello',
        '    expected: hi',
        'evaluators:',
        '  - name: has-hi',
        '    string: { contains: hi }',
      ].join('\n'),
      'prompts/summarize.prompt.yml',
    );
    expect(draft.format).toBe('github');
    expect(draft.id).toBe('prompts/summarize');
    expect(draft.messages[0]).toMatchObject({ role: 'system', content: 'You summarize.' });
    expect(draft.messages[1]?.line).toBe(11);
    expect(draft.responseFormat).toEqual({
      type: 'json_schema',
      name: 'summary',
      schema: { type: 'object' },
      strict: true,
    });
    expect(draft.testData).toHaveLength(1);
  });

  it('treats a file with `id` as a promptgate file and requires semver', () => {
    expect(() =>
      parsePromptFile(
        'id: a\nversion: "1.0"\nmodel: m\nmessages: [{ role: user, content: hi }]\n',
        'a.prompt.yaml',
      ),
    ).toThrow(/not semver/);
  });

  it('rejects an unknown response format and a json_schema without jsonSchema', () => {
    expect(() =>
      parsePromptFile(
        'model: m\nresponseFormat: xml\nmessages: [{ role: user, content: x }]',
        'x.prompt.yml',
      ),
    ).toThrow(ConfigError);
    expect(() =>
      parsePromptFile(
        'model: m\nresponseFormat: json_schema\nmessages: [{ role: user, content: x }]',
        'x.prompt.yml',
      ),
    ).toThrow(/needs a `jsonSchema`/);
  });

  it('rejects unknown keys in promptgate files with the line', () => {
    try {
      parsePromptFile(
        'id: a\nversion: 1.0.0\nmodel: m\nmesages: []\nmessages: [{ role: user, content: x }]\n',
        'a.prompt.yaml',
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('unknown key `mesages`');
    }
  });
});

describe('templating', () => {
  it('substitutes GitHub placeholders literally and rejects undefined ones', () => {
    expect(renderGitHubTemplate('Hi {{name}}, {{ name }}', { name: 'Ada' })).toBe('Hi Ada, {{ name }}');
    expect(() => renderGitHubTemplate('Hi {{nmae}}', { name: 'Ada' })).toThrow(/undefined variable `nmae`/);
  });

  it('renders nunjucks with partials, loops and conditionals', () => {
    const renderer = new NunjucksRenderer(new Map([['tone.njk', 'Be {{ tone | default("kind") }}.']]));
    const out = renderer.render(
      '{% include "tone.njk" %}{% for i in items %} {{ i }}{% endfor %}{% if vip %} VIP{% endif %}',
      {
        items: ['a', 'b'],
        vip: true,
      },
    );
    expect(out).toBe('Be kind. a b VIP');
  });

  it('names the undefined variable in nunjucks templates', () => {
    const renderer = new NunjucksRenderer(new Map());
    expect(() => renderer.render('Hello {{ customer }}!', { name: 'x' })).toThrow(TemplateError);
    expect(() => renderer.render('Hello {{ customer }}!', { name: 'x' })).toThrow(
      /undefined variable `customer`/,
    );
  });

  it('lists the variables a nunjucks template reads, excluding loop and set names', () => {
    expect(
      nunjucksVariables(
        '{% set x = 1 %}{{ a }}{% for item in list %}{{ item.name }}{{ loop.index }}{% endfor %}{{ b.c }}{{ x }}',
      ).sort(),
    ).toEqual(['a', 'b', 'list']);
  });
});
