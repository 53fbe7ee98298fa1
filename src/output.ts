import { readFile } from 'node:fs/promises';
import { DEFAULT_FAIL_ON, failsCheck } from './core/verdict.js';
import { runReason } from './core/reason.js';
import { getErrorMessage, UsageError } from './errors.js';
import { writeFileAtomically } from './fs/atomic-write.js';
import { REPORT_SCHEMA_VERSION, toReportDocument } from './contracts/report.js';
import { renderHtml } from './report/html.js';
import { renderJUnit } from './report/junit.js';
import { renderMarkdown } from './report/markdown.js';
import { parseReport, type ParseReportOptions } from './report/parse.js';
import type { Report, ReportMode } from './report/types.js';
import { emptyUsageTotals } from './providers/usage.js';
import { TOOL_VERSION } from './version.js';

/** Writes a report file atomically, creating its directory; used for every report format. */
export async function writeOutput(path: string, content: string): Promise<void> {
  await writeFileAtomically(path, content.endsWith('\n') ? content : `${content}\n`);
}

/** The report files a run was asked for (`--json`, `--markdown`, `--junit`, `--html`). */
export interface ReportTargets {
  json?: string | undefined;
  markdown?: string | undefined;
  junit?: string | undefined;
  html?: string | undefined;
}

/**
 * Writes every requested report file, each atomically. Called on every exit path (a finished run, a
 * configuration error, an interruption), so no file from an earlier run survives to tell a stale story.
 */
export async function writeReportFiles(report: Report, targets: ReportTargets): Promise<void> {
  const files: [string | undefined, () => string][] = [
    [targets.json, () => reportJson(report)],
    [targets.markdown, () => renderMarkdown(report, {})],
    [targets.junit, () => renderJUnit(report)],
    [targets.html, () => renderHtml(report)],
  ];
  await Promise.all(files.flatMap(([path, render]) => (path ? [writeOutput(path, render())] : [])));
}

/** The JSON report as published (schemas/report.schema.json). */
export function reportJson(report: Report): string {
  return JSON.stringify(toReportDocument(report), null, 2);
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
