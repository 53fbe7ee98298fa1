/**
 * Reading a JSON report back (`promote --report`, `merge`): validated against the schema of the
 * version that wrote it, then upgraded to the current contract.
 */
import type { TSchema } from '@sinclair/typebox';
import { defaultConfig } from '../config/load.js';
import {
  fromReportDocument,
  REPORT_SCHEMA_VERSION,
  ReportSchema,
  ReportSchemaV1,
} from '../contracts/report.js';
import { upgradeFromV1 } from '../contracts/report-upgrade.js';
import { isRecord } from '../core/is-record.js';
import { getErrorMessage, UsageError } from '../errors.js';
import { isValidCompiled } from '../validation/compiled.js';
import { findIssues } from '../validation/validate.js';
import { locateJsonValue } from './json-locate.js';
import type { Report } from './types.js';

export interface ParseReportOptions {
  /** Confidence of statistics an older report lacks, computed from its cases (the project's `gate.confidence`). */
  confidence?: number;
}

/** Parses a report written by `--json` of this or an earlier version; `source` names the file in the error. */
export function parseReport(text: string, source: string, options: ParseReportOptions = {}): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot read report ${source}: ${getErrorMessage(error)}`);
  }
  if (!isRecord(data) || !Number.isInteger(data.schemaVersion) || !Array.isArray(data.prompts)) {
    throw new UsageError(
      `${source} is not a promptgate JSON report (write one with \`promptgate eval --json FILE\`)`,
    );
  }
  const version = data.schemaVersion;
  if (version === 1) {
    if (!isValidCompiled(ReportSchemaV1, data)) throw invalid(text, source, version, ReportSchemaV1, data);
    const confidence = options.confidence ?? defaultConfig().gate.confidence;
    return fromReportDocument(upgradeFromV1(data, { confidence }));
  }
  if (version === REPORT_SCHEMA_VERSION) {
    if (!isValidCompiled(ReportSchema, data)) throw invalid(text, source, version, ReportSchema, data);
    return fromReportDocument(data);
  }
  const newer = typeof version === 'number' && version > REPORT_SCHEMA_VERSION;
  throw new UsageError(
    newer
      ? `${source} is a version ${version} report, written by a newer promptgate; this one reads report versions 1 to ${REPORT_SCHEMA_VERSION}: upgrade promptgate to read it`
      : `${source} has an unknown report version ${String(version)} (this promptgate reads versions 1 to ${REPORT_SCHEMA_VERSION})`,
  );
}

/** The first problem in users' words, with its line and column in the JSON file. */
function invalid(text: string, source: string, version: number, schema: TSchema, data: unknown): UsageError {
  const [issue] = findIssues(schema, data, 1);
  const { line, column } = locateJsonValue(text, issue?.path ?? []);
  const at = ` (line ${line}, column ${column})`;
  return new UsageError(
    `${source} is not a valid promptgate JSON report (version ${version}): ${issue?.message ?? 'it does not match the schema'}${at}; was it edited by hand?`,
  );
}
