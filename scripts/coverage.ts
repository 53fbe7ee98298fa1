// `npm run coverage`: after `vitest run --coverage`, prints line coverage per src/ folder and fails
// when any folder is under the minimum (the bar: every folder, the root included).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageByFolder, formatFolderCoverage, type FileSummary } from './coverage-folders.js';

const MINIMUM = 85;
const root = join(import.meta.dirname, '..');
const summary = JSON.parse(readFileSync(join(root, 'coverage/coverage-summary.json'), 'utf8')) as Record<
  string,
  FileSummary
>;
const folders = coverageByFolder(summary, join(root, 'src'));
console.log(formatFolderCoverage(folders, MINIMUM));
const below = folders.filter((f) => f.percent < MINIMUM);
if (below.length > 0) {
  console.error(`\nline coverage under ${MINIMUM}% in: ${below.map((f) => f.folder).join(', ')}`);
  process.exitCode = 1;
}
