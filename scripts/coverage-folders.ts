/**
 * Line coverage per source folder, from vitest's `json-summary` report: each folder counts the files
 * directly in it (as the text report groups them), so a well-tested subfolder cannot hide an untested
 * parent, nor the reverse.
 */
import { dirname, relative, sep } from 'node:path';

/** One entry of coverage-summary.json (istanbul's format); only lines are read. */
export interface FileSummary {
  lines: { total: number; covered: number };
}

export interface FolderCoverage {
  /** Relative to the source root, posix separators; `.` for the root itself. */
  folder: string;
  covered: number;
  total: number;
  /** 0..100; a folder without executable lines counts as fully covered. */
  percent: number;
}

/** `summary` keyed by absolute file path (plus `total`), for the files under `sourceRoot`. */
export function coverageByFolder(summary: Record<string, FileSummary>, sourceRoot: string): FolderCoverage[] {
  const folders = new Map<string, { covered: number; total: number }>();
  for (const [file, entry] of Object.entries(summary)) {
    if (file === 'total') continue;
    const folder = relative(sourceRoot, dirname(file)).split(sep).join('/') || '.';
    if (folder === '..' || folder.startsWith('../')) continue;
    const sum = folders.get(folder) ?? { covered: 0, total: 0 };
    sum.covered += entry.lines.covered;
    sum.total += entry.lines.total;
    folders.set(folder, sum);
  }
  return [...folders]
    .map(([folder, { covered, total }]) => ({
      folder,
      covered,
      total,
      percent: total === 0 ? 100 : (100 * covered) / total,
    }))
    .sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}

/** The table printed after a coverage run; folders under `minimum` are marked. */
export function formatFolderCoverage(folders: FolderCoverage[], minimum: number): string {
  const width = Math.max(...folders.map((f) => f.folder.length), 'folder'.length);
  const rows = folders.map(
    (f) =>
      `${f.folder.padEnd(width)}  ${f.percent.toFixed(1).padStart(5)}%  ${`${f.covered}/${f.total}`.padStart(9)}${f.percent < minimum ? `  below ${minimum}%` : ''}`,
  );
  return [`${'folder'.padEnd(width)}  lines`, ...rows].join('\n');
}
