import { describe, expect, it } from 'vitest';
import { coverageByFolder, formatFolderCoverage } from '../../scripts/coverage-folders.js';

const lines = (covered: number, total: number) => ({ lines: { covered, total } });

describe('line coverage per folder (npm run coverage)', () => {
  const summary = {
    total: lines(0, 0),
    '/repo/src/cli.ts': lines(70, 100),
    '/repo/src/main.ts': lines(100, 100),
    '/repo/src/app/evaluate.ts': lines(95, 100),
    '/repo/src/app/deep/x.ts': lines(10, 100),
    '/repo/src/types/parser.d.ts': lines(0, 0),
    '/repo/scripts/bench.ts': lines(0, 50),
  };

  it('counts each folder by the files directly in it, the root included, and nothing outside src', () => {
    expect(coverageByFolder(summary, '/repo/src')).toEqual([
      { folder: '.', covered: 170, total: 200, percent: 85 },
      { folder: 'app', covered: 95, total: 100, percent: 95 },
      { folder: 'app/deep', covered: 10, total: 100, percent: 10 },
      { folder: 'types', covered: 0, total: 0, percent: 100 },
    ]);
  });

  it('marks the folders under the minimum', () => {
    const table = formatFolderCoverage(coverageByFolder(summary, '/repo/src'), 85);
    expect(table.split('\n')).toEqual([
      'folder    lines',
      '.          85.0%    170/200',
      'app        95.0%     95/100',
      'app/deep   10.0%     10/100  below 85%',
      'types     100.0%        0/0',
    ]);
  });
});
