/** The JSON report as published (schemas/report.schema.json). */
import { toReportDocument } from '../contracts/report.js';
import type { Report } from './types.js';

export function reportJson(report: Report): string {
  return JSON.stringify(toReportDocument(report), null, 2);
}
