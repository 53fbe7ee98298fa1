import { describe, expect, it } from 'vitest';
import { ConfigError, TemplateError } from '../../src/errors.js';
import { parsePromptFile } from '../../src/prompts/parse.js';
import { buildGitHubSuite } from '../../src/suites/github.js';
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

  it('keeps promptgate files strict about model parameters, unlike GitHub files', () => {
    expect(() =>
      parsePromptFile(
        'id: a\nversion: 1.0.0\nmodel: m\nmodelParameters: { max_tokens: 9 }\nmessages: [{ role: user, content: x }]\n',
        'a.prompt.yaml',
      ),
    ).toThrow(/unknown key `max_tokens`/);
    const github = parsePromptFile(
      'model: m\nmodelParameters: { max_tokens: 9, maxTokens: 5 }\nmessages: [{ role: user, content: x }]\n',
      'a.prompt.yml',
    );
    expect(github.modelParameters).toEqual({ maxTokens: 5 });
  });

  it('needs a model only when a GitHub file has tests to run', () => {
    expect(() =>
      parsePromptFile('messages: [{ role: user, content: "{{x}}" }]\ntestData: [{ x: 1 }]\n', 'a.prompt.yml'),
    ).toThrow(/names no `model`/);
    expect(() =>
      parsePromptFile('id: a\nversion: 1.0.0\nmessages: [{ role: user, content: x }]\n', 'a.prompt.yaml'),
    ).toThrow(/missing the required key `model`/);
  });

  it('reports a missing key once, not again as a value of the wrong type', () => {
    const error = (() => {
      try {
        parsePromptFile('id: a\nversion: 1.0.0\nmessages:\n  - content: x\n', 'a.prompt.yaml');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const { message } = error as ConfigError;
    expect(message).toContain('`messages.0` is missing the required key `role`');
    expect(message).not.toContain('got nothing');
  });

  it('reads scalar and empty message content as gh does', () => {
    const draft = parsePromptFile(
      'model: m\nmessages:\n  - { role: user, content: 42 }\n  - { role: assistant, content: }\n',
      'a.prompt.yml',
    );
    expect(draft.messages.map((m) => m.content)).toEqual(['42', '']);
  });

  it('reads scalar names and ignores a jsonSchema without responseFormat in GitHub files, as gh does', () => {
    const text =
      'name: 2025\ndescription: true\nmodel: m\njsonSchema: "{}"\nmessages: [{ role: user, content: x }]\n';
    const draft = parsePromptFile(text, 'a.prompt.yml');
    expect([draft.name, draft.description, draft.responseFormat]).toEqual(['2025', 'true', undefined]);
    expect(() => parsePromptFile(`id: a\nversion: 1.0.0\n${text}`, 'a.prompt.yml')).toThrow(
      /`jsonSchema` is set but `responseFormat` is not `json_schema`/,
    );
  });

  it('gives a file named just `.prompt.yml` a non-empty id', () => {
    const text = 'model: m\nmessages: [{ role: user, content: x }]\n';
    expect(parsePromptFile(text, '.prompt.yml').id).toBe('.prompt');
    expect(parsePromptFile(text, '.github/.prompt.yaml').id).toBe('.github/.prompt');
    expect(parsePromptFile(text, 'Meeting notes .prompt.yml').id).toBe('Meeting notes ');
  });

  it('keeps every evaluator of a GitHub file, also when two share a name', () => {
    const draft = parsePromptFile(
      [
        'model: m',
        'messages: [{ role: user, content: x }]',
        'testData: [{ expected: a }]',
        'evaluators:',
        '  - { name: check, string: { contains: a } }',
        '  - { name: check, string: { contains: b } }',
      ].join('\n'),
      'a.prompt.yml',
    );
    expect(buildGitHubSuite(draft)?.metrics.map((m) => m.name)).toEqual(['check', 'check-2']);
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
  it('substitutes GitHub placeholders literally and sends undefined ones as written, as gh does', () => {
    expect(renderGitHubTemplate('Hi {{name}}, {{ name }}', { name: 'Ada' })).toBe('Hi Ada, {{ name }}');
    expect(renderGitHubTemplate('Hi {{nmae}}', { name: 'Ada' })).toBe('Hi {{nmae}}');
    // A quoted GitHub Actions expression is text, not a variable.
    expect(renderGitHubTemplate('token: ${{github.token}} for {{name}}', { name: 'Ada' })).toBe(
      'token: ${{github.token}} for Ada',
    );
  });

  it('substitutes any test-data key and prints values as gh (Go %v) does', () => {
    const vars = {
      'user name': 'Ann',
      名前: 'Taro',
      total: 3.5,
      ok: true,
      tags: ['a', 'b'],
      meta: { b: 2, a: 1 },
      none: null,
    };
    expect(
      renderGitHubTemplate(
        '{{user name}}/{{名前}}/{{total}}/{{ok}}/{{tags}}/{{meta}}/{{none}}/{{{ok}}}/{"json": 1}',
        vars,
      ),
    ).toBe('Ann/Taro/3.5/true/[a b]/map[a:1 b:2]/<nil>/{true}/{"json": 1}');
    // A value holding a placeholder is inserted as written, not substituted again.
    expect(renderGitHubTemplate('{{a}} {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} B');
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

  it('outputs a template without braces exactly as nunjucks would, and still refuses a stray closer', () => {
    const renderer = new NunjucksRenderer(new Map());
    const text = 'Answer in one word.\r\n  100% # sure -\u2028 <b>&amp;</b> \\n\n';
    expect(renderer.render(text, {})).toBe(text);
    expect(renderer.render(text, { text: 'unused' })).toBe(text);
    expect(() => renderer.render('Answer #} now', {})).toThrow();
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

  it('does not count filter, test and global function names as variables', () => {
    expect(
      nunjucksVariables(
        '{{ v | upper }}{{ w | default(fallback) | truncate(3) }}{% for a in b | sort %}{{ a }}{% endfor %}' +
          '{% if c is defined and d is divisibleby(n) %}{% endif %}{% for i in range(3) %}{{ i }}{% endfor %}',
      ).sort(),
    ).toEqual(['b', 'c', 'd', 'fallback', 'n', 'v', 'w']);
  });

  it('blames a filter given the wrong kind of value, not an "undefined variable" named after the filter', () => {
    const renderer = new NunjucksRenderer(new Map());
    const error = (() => {
      try {
        renderer.render('Tags: {{ tags | capitalize }}', { tags: ['a', 'b'] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).message).toMatch(/^template error/);
    expect((error as TemplateError).message).not.toContain('undefined variable');
  });
});
