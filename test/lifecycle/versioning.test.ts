import { describe, expect, it } from 'vitest';
import { compareSemver, parseSemver } from '../../src/lifecycle/semver.js';
import { suggestBump, versionInfo } from '../../src/lifecycle/versioning.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';
import { promptFile } from './builders.js';

const invoiceSchema = {
  type: 'json_schema' as const,
  name: 'invoice',
  schema: { type: 'object', required: ['total'] },
};

describe('semver', () => {
  it('orders versions by semver precedence, ignoring build metadata', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.1.0',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 0; i < ordered.length - 1; i++) {
      expect(compareSemver(ordered[i] ?? '', ordered[i + 1] ?? '')).toBe(-1);
      expect(compareSemver(ordered[i + 1] ?? '', ordered[i] ?? '')).toBe(1);
    }
    expect(compareSemver('1.2.3+build.5', '1.2.3')).toBe(0);
  });

  it('is strict: no prefixes, no leading zeros, three numbers', () => {
    for (const bad of ['v1.0.0', '1.0', '01.0.0', '1.0.0-01', '1.0.0-', '1.0.0-a..b', ' 1.0.0']) {
      expect(parseSemver(bad)).toBeUndefined();
    }
    expect(() => compareSemver('1.0', '1.0.0')).toThrow(/not a semver version: `1.0`/);
    expect(parseSemver('1.2.3-rc.1+sha.5')).toEqual({
      major: 1,
      minor: 2,
      patch: 3,
      prerelease: ['rc', '1'],
      build: ['sha', '5'],
    });
  });
});

describe('suggestBump', () => {
  const base = promptFile();

  it('takes a filter or test added to a variable for a behaviour change (minor), not a new input', async () => {
    const load = (content: string) =>
      loadPromptFile(
        new MemorySnapshot({
          'p.prompt.yaml': `id: p\nversion: 1.0.0\nmodel: m\nmessages:\n  - role: user\n    content: "${content}"\n`,
        }),
        'p.prompt.yaml',
        [],
      );
    const before = await load('Hi {{ name }}');
    const after = await load('Hi {{ name | title }}{% if name is string %}!{% endif %}');
    expect(after.variables).toEqual(['name']);
    expect(suggestBump(before, after)).toBe('minor');
  });

  it('is undefined when the content is identical', () => {
    expect(suggestBump(base, promptFile())).toBeUndefined();
  });

  it('asks for major when the output contract changes', () => {
    expect(suggestBump(base, promptFile({ responseFormat: invoiceSchema }))).toBe('major');
    expect(
      suggestBump(
        promptFile({ responseFormat: invoiceSchema }),
        promptFile({
          responseFormat: { ...invoiceSchema, schema: { type: 'object', required: ['total', 'vendor'] } },
        }),
      ),
    ).toBe('major');
    // A variable callers must now supply, or one they supply that is no longer read.
    expect(suggestBump(base, promptFile({ variables: ['message', 'product'] }))).toBe('major');
    expect(suggestBump(base, promptFile({ variables: [] }))).toBe('major');
    // ... also through a partial.
    expect(
      suggestBump(
        promptFile({ partialSources: { 'tone.njk': 'Be kind.' } }),
        promptFile({ partialSources: { 'tone.njk': 'Be kind to {{ customer }}.' } }),
      ),
    ).toBe('major');
  });

  it('does not count a reordered JSON schema or an explicit text format as a contract change', () => {
    const reordered = {
      type: 'json_schema' as const,
      schema: { required: ['total'], type: 'object' },
      name: 'invoice',
    };
    expect(
      suggestBump(
        promptFile({ responseFormat: invoiceSchema }),
        promptFile({ responseFormat: reordered, description: 'x' }),
      ),
    ).toBe('patch');
    expect(suggestBump(base, promptFile({ responseFormat: { type: 'text' } }))).toBe('patch');
  });

  it('asks for minor when the message text, a partial or the model changes', () => {
    const reworded = promptFile({
      messages: [
        { role: 'system', content: 'You answer support questions briefly.' },
        { role: 'user', content: '{{ message }}' },
      ],
    });
    expect(suggestBump(base, reworded)).toBe('minor');
    expect(suggestBump(base, promptFile({ model: 'gpt-4o' }))).toBe('minor');
    expect(
      suggestBump(
        promptFile({ partialSources: { 'tone.njk': 'Be kind.' } }),
        promptFile({ partialSources: { 'tone.njk': 'Be terse.' } }),
      ),
    ).toBe('minor');
  });

  it('asks for patch for white-space-only edits and model parameters', () => {
    const spaced = promptFile({
      messages: [
        { role: 'system', content: '  You answer support\n questions politely.\n' },
        { role: 'user', content: '{{ message }}' },
      ],
    });
    expect(suggestBump(base, spaced)).toBe('patch');
    expect(suggestBump(base, promptFile({ modelParameters: { temperature: 0.7, maxTokens: 200 } }))).toBe(
      'patch',
    );
  });
});

describe('versionInfo', () => {
  it('flags a changed promptgate prompt whose version was not bumped, with the bump it needs', () => {
    const head = promptFile({ model: 'gpt-4o' });
    expect(versionInfo(promptFile(), head)).toEqual({
      baseline: '1.0.0',
      candidate: '1.0.0',
      baselineHash: promptFile().contentHash,
      candidateHash: head.contentHash,
      notBumped: true,
      suggestedBump: 'minor',
    });
    // Lowering the version is not a bump either.
    expect(versionInfo(promptFile({ version: '1.2.0' }), promptFile({ version: '1.1.9' }))).toMatchObject({
      notBumped: true,
    });
  });

  it('accepts a sufficient bump, and suggests more when the bump is too small for the change', () => {
    expect(versionInfo(promptFile(), promptFile({ version: '1.1.0', model: 'gpt-4o' }))).toMatchObject({
      notBumped: false,
    });
    expect(
      versionInfo(promptFile(), promptFile({ version: '1.1.0', model: 'gpt-4o' })).suggestedBump,
    ).toBeUndefined();
    expect(
      versionInfo(promptFile(), promptFile({ version: '1.0.1', variables: ['message', 'tier'] })),
    ).toMatchObject({
      notBumped: false,
      suggestedBump: 'major',
    });
    // Moving along a pre-release line is enough.
    expect(
      versionInfo(
        promptFile({ version: '2.0.0-rc.1' }),
        promptFile({ version: '2.0.0-rc.2', variables: [] }),
      ),
    ).toMatchObject({
      notBumped: false,
    });
  });

  it('never flags unchanged content, added or removed prompts, or GitHub Models files (versioned by hash)', () => {
    expect(versionInfo(promptFile(), promptFile()).notBumped).toBe(false);
    expect(versionInfo(undefined, promptFile())).toEqual({
      candidate: '1.0.0',
      candidateHash: promptFile().contentHash,
      notBumped: false,
    });
    expect(versionInfo(promptFile(), undefined)).toMatchObject({ baseline: '1.0.0', notBumped: false });

    const github = (content: string) =>
      promptFile({
        format: 'github',
        id: 'extract/invoice',
        version: undefined,
        messages: [{ role: 'user', content }],
      });
    const info = versionInfo(github('Extract {{invoice}}'), github('Extract the fields of {{invoice}}'));
    expect(info.notBumped).toBe(false);
    expect(info.suggestedBump).toBeUndefined();
    expect(info.baseline).toBe(github('Extract {{invoice}}').contentHash.slice(0, 12));
    expect(info.candidate).toMatch(/^[0-9a-f]{12}$/);
    expect(info.candidate).not.toBe(info.baseline);
  });
});
