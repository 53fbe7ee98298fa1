import type { ReportFormat } from './definition.js';

export const markdownFormat: ReportFormat = {
  name: 'markdown',
  flag: 'markdown',
  help: 'write the report as GitHub-flavoured Markdown',
  extension: 'md',
  render: async (report) => (await import('../markdown.js')).renderMarkdown(report, {}),
};
