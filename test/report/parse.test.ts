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
});
