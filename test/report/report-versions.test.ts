/**
 * Reports written by earlier versions (test/fixtures/reports-0.1.0, written by the released 0.1.0
 * bundle) are read back by `merge` and `promote --report`: validated against their own version's
 * schema and upgraded, verdicts and reasons as recorded; newer versions get a clear error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/contracts/report.js';
import { reasonLine, type Reason } from '../../src/core/reason.js';
import { UsageError } from '../../src/errors.js';
import { parseReport } from '../../src/report/parse.js';
import { createTempRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/in-process.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reports-0.1.0');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const REPORTS = ['compare-pass.json', 'compare-shard-1.json', 'compare-shard-2.json', 'eval-shard-1.json'];

function currentSchemaErrors(document: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormatsModule.default(ajv);
  const validate = ajv.compile(ReportSchema);
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('reports of promptgate 0.1.0 (report version 1)', () => {
  it.each(REPORTS)('%s is read and upgraded to the current contract', (name) => {
    const text = fixture(name);
    const written = JSON.parse(text) as { schemaVersion: number; verdict: string; reasons: string[] };
    expect(written.schemaVersion).toBe(1);
    const report = parseReport(text, name);
    expect(report.schemaVersion).toBe(2);
    expect(currentSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
    expect(report.verdict).toBe(written.verdict);
    expect(report.reasons.map(reasonLine)).toEqual(written.reasons);
  });

  it('gains the statistics it lacked, computed from its own cases, and says so', () => {
    const report = parseReport(fixture('compare-shard-1.json'), 'old.json');
    const prompt = report.prompts[0];
    const notContains = prompt?.metrics.find((m) => m.name === 'not-contains');
    // All 4 cases flipped pass -> fail on it, none back: one-sided exact McNemar p = 1/16 (0.1.0
    // recorded the two-sided 1/8).
    expect(notContains?.delta).toMatchObject({ passToFail: 4, failToPass: 0, flakyCases: 0 });
    expect(notContains?.delta?.ciLevel).toBeCloseTo(0.9, 12);
    expect(notContains?.delta?.flipPValue).toBeCloseTo(1 / 16, 12);
    expect(notContains?.delta?.passRateCi.high).toBeLessThan(0);
    const preferred = prompt?.metrics.find((m) => m.pairwise);
    // 4 ties, no decisive pair: the sign test has nothing against the candidate.
    expect(preferred?.pairwise?.pValue).toBe(1);
    // The verdict and the gate's words stay those of the version that decided them.
    expect(prompt?.verdict).toBe('fail');
    expect(notContains?.status).toBe('fail');
    expect(notContains?.reasons[0]?.message).toContain('limit 5.0 pts');
    // Sentences become typed reasons by where they sat: the prompt's, its metrics', the run's.
    expect(notContains?.reasons[0]).toMatchObject({
      scope: 'metric',
      code: 'recorded',
      metric: 'not-contains',
    });
    expect(report.reasons.map((r) => [r.scope, r.promptId])).toEqual([
      ['prompt', 'support-reply'],
      ['prompt', 'support-reply'],
      ['prompt', 'support-reply'],
    ]);
    expect(parseReport(fixture('compare-shard-2.json'), 'old.json').reasons).toEqual([
      { scope: 'run', code: 'nothing-to-evaluate', message: 'no prompt changes' },
    ]);
    expect(report.warnings).toEqual([
      'promptgate 0.1.0 wrote this report (report version 1): the statistics it lacks (paired pass-rate interval, p-values, flaky cases) were computed from its cases at 95% confidence; its verdicts and reasons are as recorded',
    ]);
  });

  it('flags the offline stand-in once, from the label version 1 wrote for it', () => {
    const offline = parseReport(fixture('compare-pass.json'), 'old.json');
    expect(offline.prompts[0]?.model).toContain('(deterministic offline model, no network)');
    expect(offline.prompts[0]?.offline).toBe(true);

    const written = JSON.parse(fixture('compare-pass.json')) as { prompts: { model: string }[] };
    for (const prompt of written.prompts) prompt.model = 'openai:gpt-4o-mini';
    const real = parseReport(JSON.stringify(written), 'old.json');
    expect(real.prompts[0]?.offline).toBeUndefined();
  });

  it('uses the confidence it is given for what it computes', () => {
    const report = parseReport(fixture('compare-pass.json'), 'old.json', { confidence: 0.99 });
    expect(report.prompts[0]?.metrics.find((m) => m.delta)?.delta?.ciLevel).toBeCloseTo(0.98, 12);
    expect(report.warnings?.[0]).toContain('at 99% confidence');
  });

  it('still names the field of a broken version 1 report', () => {
    const broken = JSON.parse(fixture('compare-pass.json')) as { prompts: { threshold: unknown }[] };
    (broken.prompts[0] as { threshold: unknown }).threshold = 'high';
    expect(() => parseReport(JSON.stringify(broken), 'old.json')).toThrow(
      /^old\.json is not a valid promptgate JSON report \(version 1\): `prompts\.0\.threshold` must be a number from 0 to 1, got string "high" \(line 1, column \d+\)/,
    );
  });

  it('merge combines old shard reports into one current report with the recorded verdict', async () => {
    const repo = createTempRepo({ 'promptgate.yaml': 'default_provider: offline\n' });
    try {
      const result = await runCli(repo.dir, [
        'merge',
        join(FIXTURES, 'compare-shard-1.json'),
        join(FIXTURES, 'compare-shard-2.json'),
        '--json',
        'merged.json',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('✖ FAIL  `support-reply` regressed');
      expect(result.stdout).toContain('promptgate 0.1.0 wrote this report (report version 1)');
      const merged = JSON.parse(readFileSync(join(repo.dir, 'merged.json'), 'utf8')) as {
        schemaVersion: number;
        verdict: string;
        reasons: Reason[];
      };
      expect(currentSchemaErrors(merged)).toEqual([]);
      expect(merged.schemaVersion).toBe(2);
      expect(merged.verdict).toBe('fail');
      // The empty shard's "no prompt changes" is not a reason of a run that evaluated a prompt.
      expect(merged.reasons.map((r) => r.code)).not.toContain('nothing-to-evaluate');
      expect(merged.reasons[0]).toMatchObject({ scope: 'prompt', promptId: 'support-reply' });
    } finally {
      repo.remove();
    }
  });

  it('promote --report reads an old report and refuses on its recorded failure', async () => {
    const repo = createTempRepo();
    repo.commit(
      Object.fromEntries(
        ['promptgate.yaml', 'evals/support/reply.prompt.yaml', 'evals/partials/support-tone.njk'].map(
          (path) => [path, readFileSync(join(FIXTURES, 'repo', path), 'utf8')],
        ),
      ),
      'support-reply 1.1.0',
    );
    try {
      const result = await runCli(repo.dir, [
        'promote',
        'support-reply',
        '--report',
        join(FIXTURES, 'compare-shard-1.json'),
        '--no-tag',
      ]);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain(
        'refused support-reply: last evaluation failed: pass rate 0.0% (0 of 4 cases) is below the minimum 75.0%',
      );
      expect(result.stdout + result.stderr).not.toContain('not a valid promptgate JSON report');
    } finally {
      repo.remove();
    }
  });
});

describe('report versions', () => {
  it('a report of a newer promptgate gets a clear error, not a schema dump', () => {
    const future = { ...(JSON.parse(fixture('compare-pass.json')) as object), schemaVersion: 3 };
    expect(() => parseReport(JSON.stringify(future), 'new.json')).toThrow(UsageError);
    expect(() => parseReport(JSON.stringify(future), 'new.json')).toThrow(
      'new.json is a version 3 report, written by a newer promptgate; this one reads report versions 1 to 2: upgrade promptgate to read it',
    );
  });

  it('a version that never existed is named as such', () => {
    const odd = { ...(JSON.parse(fixture('compare-pass.json')) as object), schemaVersion: 0 };
    expect(() => parseReport(JSON.stringify(odd), 'odd.json')).toThrow(
      'odd.json has an unknown report version 0 (this promptgate reads versions 1 to 2)',
    );
  });
});
