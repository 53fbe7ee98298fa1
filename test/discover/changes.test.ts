import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { discoverChanges } from '../../src/discover/changes.js';
import { loadProject } from '../../src/discover/project.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';

const prompt = (id: string, text: string, extra = '') =>
  `id: ${id}\nversion: 1.0.0\nmodel: offline:echo\n${extra}messages:\n  - role: user\n    content: "${text}"\n`;
const suite = (promptId: string, value = 'x') =>
  `prompt: ${promptId}\nmetrics:\n  - type: contains\n    value: ${value}\ncases:\n  - vars: { name: a }\n`;

async function changes(
  base: Record<string, string>,
  head: Record<string, string>,
  renames: [string, string][] = [],
) {
  const config = defaultConfig();
  const b = await loadProject(new MemorySnapshot(base, 'base'), config, { lenient: true });
  const h = await loadProject(new MemorySnapshot(head, 'head'), config);
  return discoverChanges(b, h, new Map(renames)).map((c) => ({
    id: c.id,
    status: c.status,
    previousPath: c.previousPath,
  }));
}

describe('change discovery by dependency fingerprint', () => {
  const base = {
    'p/a.prompt.yaml': prompt('a', '{% include \\"tone.njk\\" %} {{ name }}'),
    'p/tone.njk': 'Be kind.',
    'p/b.prompt.yaml': prompt('b', 'B {{ name }}'),
    'e/a.eval.yaml': suite('a'),
    'e/b.eval.yaml': suite('b'),
  };

  it('finds nothing when nothing the evaluation depends on changed', async () => {
    expect(await changes(base, { ...base, 'README.md': 'docs' })).toEqual([]);
  });

  it('re-evaluates a prompt whose included partial changed', async () => {
    expect(await changes(base, { ...base, 'p/tone.njk': 'Be curt.' })).toEqual([
      { id: 'a', status: 'modified' },
    ]);
  });

  it('re-evaluates a prompt whose suite changed', async () => {
    expect(await changes(base, { ...base, 'e/b.eval.yaml': suite('b', 'y') })).toEqual([
      { id: 'b', status: 'modified' },
    ]);
  });

  it('re-evaluates every prompt when the gate policy changed', async () => {
    const b = await loadProject(new MemorySnapshot(base), defaultConfig(), { lenient: true });
    const stricter = defaultConfig();
    stricter.gate.maxDrop = 0;
    const h = await loadProject(new MemorySnapshot(base), stricter);
    expect(discoverChanges(b, h, new Map()).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('reports added and removed prompts', async () => {
    const head: Record<string, string> = {
      ...base,
      'p/c.prompt.yaml': prompt('c', 'C {{ name }}'),
      'e/c.eval.yaml': suite('c'),
    };
    delete head['p/b.prompt.yaml'];
    delete head['e/b.eval.yaml'];
    expect(await changes(base, head)).toEqual([
      { id: 'b', status: 'removed', previousPath: undefined },
      { id: 'c', status: 'added', previousPath: undefined },
    ]);
  });

  it('follows a renamed GitHub Models file (whose id is its path) through git rename detection', async () => {
    const gh = (text: string) =>
      `model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: "${text}"\ntestData:\n  - name: a\nevaluators:\n  - name: has\n    string: { contains: a }\n`;
    const before = { 'old/s.prompt.yml': gh('Hello {{name}}') };
    const after = { 'new/s.prompt.yml': gh('Hi {{name}}') };
    expect(await changes(before, after, [['new/s.prompt.yml', 'old/s.prompt.yml']])).toEqual([
      { id: 'new/s', status: 'renamed', previousPath: 'old/s.prompt.yml' },
    ]);
  });

  it('keeps a prompt that was broken at base as modified with a baseline error', async () => {
    const config = defaultConfig();
    const b = await loadProject(
      new MemorySnapshot({ ...base, 'p/b.prompt.yaml': 'id: b\nmessages: [' }),
      config,
      { lenient: true },
    );
    const h = await loadProject(new MemorySnapshot(base), config);
    const [change] = discoverChanges(b, h, new Map());
    expect(change).toMatchObject({ id: 'b', status: 'modified' });
    expect(change?.baseError).toMatch(/malformed YAML/);
  });
});

describe('prompt discovery', () => {
  it('finds prompts under dot folders such as .github/prompts', async () => {
    const project = await loadProject(
      new MemorySnapshot({
        '.github/prompts/review.prompt.yml':
          'model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: hi\n',
        '.git/x.prompt.yml': 'not a prompt',
      }),
      defaultConfig(),
    );
    expect(project.prompts.map((p) => p.id)).toEqual(['.github/prompts/review']);
  });
});
