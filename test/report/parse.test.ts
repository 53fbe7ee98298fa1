import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseReport } from '../../src/report/parse.js';
import { compareReport, wrapReport } from '../compare/builders.js';

describe('parseReport', () => {
  it('reads back what --json writes', () => {
    const report = wrapReport([compareReport()]);
    expect(parseReport(JSON.stringify(report), 'r.json')).toEqual(report);
  });

  it('refuses broken JSON and JSON that is not a report, naming the file', () => {
    expect(() => parseReport('{"schemaVersion": 1,', 'r.json')).toThrow(UsageError);
    expect(() => parseReport('{"schemaVersion": 1,', 'r.json')).toThrow(/^cannot read report r\.json: /);
    expect(() => parseReport('{"verdict": "pass"}', 'other.json')).toThrow(
      'other.json is not a promptgate JSON report',
    );
  });

  it('names the offending value of a report that does not match the schema, with its line', () => {
    const report = wrapReport([compareReport()]);
    const edited = JSON.stringify({ ...report, verdict: 'passed' }, null, 2);
    const line = edited.split('\n').findIndex((l) => l.includes('"passed"')) + 1;
    expect(() => parseReport(edited, 'r.json')).toThrow(
      `r.json is not a valid promptgate JSON report (version 2): \`verdict\` must be one of "pass", "skipped", "inconclusive", "fail", "error", got string "passed" (line ${line}, column 14); was it edited by hand?`,
    );
    const undated = JSON.stringify({ ...report, generatedAt: 'yesterday' });
    expect(() => parseReport(undated, 'r.json')).toThrow(
      '`generatedAt` must be an ISO 8601 date-time, got string "yesterday" (line 1, column',
    );
  });
});
