import type { ReportFormat } from './definition.js';

/** The published JSON report (schemas/report.schema.json); the action writes it at `report-path`. */
export const jsonFormat: ReportFormat = {
  name: 'json',
  flag: 'json',
  help: 'write the JSON report (always written, also on failure)',
  extension: 'json',
  render: async (report) => (await import('../json.js')).reportJson(report),
};
