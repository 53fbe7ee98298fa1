import type { ReportFormat } from './definition.js';

export const htmlFormat: ReportFormat = {
  name: 'html',
  flag: 'html',
  help: 'write a self-contained HTML report (case inputs, word-level diffs, filters)',
  extension: 'html',
  actionOutput: 'html-report-path',
  render: async (report) => (await import('../html.js')).renderHtml(report),
};
