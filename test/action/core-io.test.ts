/** The runner port over @actions/core: the real library, writing the runner's files, in-process. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreIO } from '../../src/action/io.js';

const saved = { ...process.env };
let work: string;
let stdout: string[];

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'promptgate-core-io-'));
  for (const file of ['output', 'summary']) writeFileSync(join(work, file), '');
  process.env.GITHUB_OUTPUT = join(work, 'output');
  process.env.GITHUB_STEP_SUMMARY = join(work, 'summary');
  process.env['INPUT_FAIL-ON'] = '  never ';
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('coreIO', () => {
  it('reads inputs, writes outputs and the summary to the runner files, and logs workflow commands', async () => {
    expect(coreIO.getInput('fail-on')).toBe('never');
    expect(coreIO.getInput('mode')).toBe('');
    coreIO.setOutput('verdict', 'fail');
    await coreIO.appendSummary('### promptgate\n');
    coreIO.setSecret('sk-secret');
    coreIO.info('plain line');
    coreIO.notice('skipped');
    coreIO.warning('careful', { file: 'a.yaml', title: 'gate' });
    coreIO.error('broken');
    coreIO.setFailed('promptgate: FAIL');

    expect(readFileSync(join(work, 'output'), 'utf8')).toMatch(/^verdict<<(.+)\nfail\n\1\n$/);
    expect(readFileSync(join(work, 'summary'), 'utf8')).toBe('### promptgate\n');
    const log = stdout.join('');
    expect(log).toContain('::add-mask::sk-secret');
    expect(log).toContain('plain line');
    expect(log).toContain('::notice::skipped');
    expect(log).toMatch(/::warning (file=a\.yaml,title=gate|title=gate,file=a\.yaml)::careful/);
    expect(log).toContain('::error::broken');
    expect(log).toContain('::error::promptgate: FAIL');
    expect(process.exitCode).toBe(1);
  });
});
