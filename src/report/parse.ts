/**
 * Reading a JSON report back (`promote --report`, `merge`): validated against the schema of the
 * version that wrote it, then upgraded to the current contract.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Static, TSchema } from '@sinclair/typebox';
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
import type { Report } from './types.js';

export interface ParseReportOptions {
  /** Confidence of statistics an older report lacks, computed from its cases (the project's `gate.confidence`). */
  confidence?: number;
}

/** Compiled on first use: most runs never read a report back. */
function lazyValidator<T extends TSchema>(schema: T): () => ValidateFunction<Static<T>> {
  let validator: ValidateFunction<Static<T>> | undefined;
  return () => {
    if (!validator) {
      const ajv = new Ajv({ strict: false });
      addFormatsModule.default(ajv);
      validator = ajv.compile<Static<T>>(schema);
    }
    return validator;
  };
}

const validateV1 = lazyValidator(ReportSchemaV1);
const validateCurrent = lazyValidator(ReportSchema);

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
    const validate = validateV1();
    if (!validate(data)) throw invalid(source, version, validate);
    const confidence = options.confidence ?? defaultConfig().gate.confidence;
    return fromReportDocument(upgradeFromV1(data, { confidence }));
  }
  if (version === REPORT_SCHEMA_VERSION) {
    const validate = validateCurrent();
    if (!validate(data)) throw invalid(source, version, validate);
    return fromReportDocument(data);
  }
  const newer = typeof version === 'number' && version > REPORT_SCHEMA_VERSION;
  throw new UsageError(
    newer
      ? `${source} is a version ${version} report, written by a newer promptgate; this one reads report versions 1 to ${REPORT_SCHEMA_VERSION}: upgrade promptgate to read it`
      : `${source} has an unknown report version ${String(version)} (this promptgate reads versions 1 to ${REPORT_SCHEMA_VERSION})`,
  );
}

function invalid(source: string, version: number, validate: ValidateFunction): UsageError {
  const first = validate.errors?.[0];
  const at = first?.instancePath ? `\`${first.instancePath.slice(1).replace(/\//g, '.')}\` ` : '';
  return new UsageError(
    `${source} is not a valid promptgate JSON report (version ${version}): ${at}${first?.message ?? 'does not match the schema'} (was it edited by hand?)`,
  );
}
