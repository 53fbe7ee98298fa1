/** Reading a JSON report back (`promote --report`, `merge`): the shape is checked before it is trusted. */
import { isRecord } from '../config/yaml.js';
import { getErrorMessage, UsageError } from '../errors.js';
import type { Report } from './types.js';

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
  return data as unknown as Report;
}
