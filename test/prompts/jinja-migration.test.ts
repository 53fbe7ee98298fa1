/**
 * Templates first written for Jinja2 (test/fixtures/jinja-style): what nunjucks spells differently
 * is refused with its file and line and the way to write it here, not a list of every filter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TemplateSandboxError } from '../../src/errors.js';
import { loadPromptFile } from '../../src/prompts/load.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/jinja-style/${name}.prompt.yaml`, import.meta.url), 'utf8');

async function refusal(name: string): Promise<TemplateSandboxError> {
  const path = `prompts/${name}.prompt.yaml`;
  const error = await loadPromptFile(new MemorySnapshot({ [path]: fixture(name) }), path, []).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TemplateSandboxError);
  return error as TemplateSandboxError;
}

describe('Jinja2 templates', () => {
  it.each([
    ['tojson', 'the filter `tojson`', 'nunjucks calls it `dump`: `{{ value | dump }}`'],
    ['items', 'a call of `meta.items`', 'iterate a mapping with `{% for key, value in mapping %}`'],
    ['strip', 'a call of `ticket.strip`', 'use the filter: `{{ text | trim }}`'],
    ['split', 'a call of `ticket.split`', 'put the parts in the case data as a list'],
    ['random', 'the filter `random`', 'must render the same text on every run'],
  ])('%s: refused at its line, with the nunjucks way to write it', async (name, construct, hint) => {
    const error = await refusal(name);
    expect(error.construct).toBe(construct);
    expect(error.location).toMatchObject({ file: `prompts/${name}.prompt.yaml`, line: 10 });
    expect(error.hint).toContain(hint);
    expect(error.hint).not.toContain('available filters');
  });
});
