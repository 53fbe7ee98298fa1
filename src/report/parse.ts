/** Reading a JSON report back (`promote --report`, `merge`): validated against the published schema. */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fromReportDocument, ReportSchema, type ReportDocument } from '../contracts/report.js';
import { isRecord } from '../core/is-record.js';
import { getErrorMessage, UsageError } from '../errors.js';
import type { Report } from './types.js';

let validator: ValidateFunction<ReportDocument> | undefined;

/** Compiled on first use: most runs never read a report back. */
function validateReport(data: unknown): data is ReportDocument {
  if (!validator) {
    const ajv = new Ajv({ strict: false });
    addFormatsModule.default(ajv);
    validator = ajv.compile<ReportDocument>(ReportSchema);
  }
  return validator(data);
}

/** Parses a report written by `--json`; `source` names the file in the error. */
export function parseReport(text: string, source: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot read report ${source}: ${getErrorMessage(error)}`);
  }
  if (!isRecord(data) || data.schemaVersion !== 1 || !Array.isArray(data.prompts)) {
    throw new UsageError(
      `${source} is not a promptgate JSON report (write one with \`promptgate eval --json FILE\`)`,
    );
  }
  if (!validateReport(data)) {
    const first = validator?.errors?.[0];
    const at = first?.instancePath ? `\`${first.instancePath.slice(1).replace(/\//g, '.')}\` ` : '';
    throw new UsageError(
      `${source} is not a valid promptgate JSON report: ${at}${first?.message ?? 'does not match the schema'} (was it edited by hand, or written by another version?)`,
    );
  }
  return fromReportDocument(data);
}
