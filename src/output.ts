import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_FAIL_ON, failsCheck } from './core/verdict.js';
import { runReason } from './core/reason.js';
import { getErrorMessage, UsageError } from './errors.js';
import { writeFileAtomically } from './fs/atomic-write.js';
import { REPORT_SCHEMA_VERSION } from './contracts/report.js';
import { reportFormats, type ReportFormat } from './report/formats/registry.js';
import { parseReport, type ParseReportOptions } from './report/parse.js';
import type { Report, ReportMode } from './report/types.js';
import { emptyUsageTotals } from './providers/usage.js';
import { TOOL_VERSION } from './version.js';

/** Writes a report file atomically, creating its directory; used for every report format. */
export async function writeOutput(path: string, content: string): Promise<void> {
  await writeFileAtomically(path, content.endsWith('\n') ? content : `${content}\n`);
}

/** The report files a run was asked for (`--json FILE`, `--html FILE`, ...): format name -> path. */
export type ReportTargets = ReadonlyMap<string, string>;

/** The file each format's option names, resolved against `cwd`; formats not asked for are absent. */
export function reportTargets(
  option: (format: ReportFormat) => string | undefined,
  cwd: string,
): ReportTargets {
  return new Map(
    reportFormats().flatMap((format) => {
      const path = option(format);
      return path ? [[format.name, resolve(cwd, path)] as const] : [];
    }),
  );
}

/**
 * Writes every requested report file, each atomically. Called on every exit path (a finished run, a
 * configuration error, an interruption), so no file from an earlier run survives to tell a stale story.
 */
export async function writeReportFiles(report: Report, targets: ReportTargets): Promise<void> {
  await Promise.all(
    reportFormats().flatMap((format) => {
      const path = targets.get(format.name);
      return path ? [format.render(report).then((text) => writeOutput(path, text))] : [];
    }),
  );
}

/** The report written when the run could not finish: results are never silently missing. */
export function errorReport(mode: ReportMode, error: unknown, now = new Date()): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'promptgate', version: TOOL_VERSION },
    mode,
    verdict: 'error',
    reasons: [runReason('run-failed', getErrorMessage(error))],
    generatedAt: now.toISOString(),
    prompts: [],
    usage: emptyUsageTotals(),
    errors: 1,
  };
}

/**
 * 0 when the verdict does not fail the check under the report's `fail-on` (by default: pass,
 * inconclusive, skipped); 2 for an errored evaluation; 1 for any other failing verdict.
 */
export function exitCodeFor(report: Report): number {
  if (!failsCheck(report.verdict, report.failOn ?? DEFAULT_FAIL_ON)) return 0;
  return report.verdict === 'error' ? 2 : 1;
}

/**
 * Reads and validates a JSON report written by an earlier run (`--json FILE`), of this or an earlier
 * promptgate (upgraded to the current contract).
 */
export async function readReportFile(file: string, options: ParseReportOptions = {}): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read report ${file}: ${getErrorMessage(error)}`);
  }
  return parseReport(text, file, options);
}
