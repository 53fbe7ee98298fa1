import type { ReportFormat } from './definition.js';

export const junitFormat: ReportFormat = {
  name: 'junit',
  flag: 'junit',
  help: 'write JUnit XML (one testcase per case)',
  extension: 'xml',
  render: async (report) => (await import('../junit.js')).renderJUnit(report),
};
