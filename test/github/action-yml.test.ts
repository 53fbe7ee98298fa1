import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { VERDICTS } from '../../src/core/verdict.js';
import { ACTION_MODES, INPUTS, OUTPUTS } from '../../src/github/constants.js';
import { reportFormats } from '../../src/report/formats/registry.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
}

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs and outputs the code reads and writes, each documented', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUTS).sort());
    const formatOutputs = reportFormats().flatMap((f) => (f.actionOutput ? [f.actionOutput] : []));
    expect(Object.keys(action.outputs).sort()).toEqual([...Object.values(OUTPUTS), ...formatOutputs].sort());
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(entry.description?.length).toBeGreaterThan(10);
    }
  });

  it('documents every mode and fail-on value, with valid defaults', () => {
    for (const mode of ACTION_MODES) expect(action.inputs[INPUTS.mode]?.description).toContain(`\`${mode}\``);
    for (const value of [...VERDICTS, 'never'])
      expect(action.inputs[INPUTS.failOn]?.description).toContain(`\`${value}\``);
    expect(ACTION_MODES).toContain(action.inputs[INPUTS.mode]?.default);
    // Empty: the config's `gate.fail_on` decides.
    expect(action.inputs[INPUTS.failOn]?.default).toBe('');
    expect(action.inputs[INPUTS.githubToken]?.default).toBe('${{ github.token }}');
  });
});
