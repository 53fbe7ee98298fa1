/** The generated contract files under schemas/, by path: written by `npm run schemas`, checked by a test. */
import { publishedConfigSchema } from './config.js';
import { ReportSchema } from './report.js';
import { publishedSuiteSchema } from './suite.js';

export function contractFiles(): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'schemas/report.schema.json': json({
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...ReportSchema,
    }),
    'schemas/config.schema.json': json({
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...publishedConfigSchema(),
    }),
    'schemas/suite.schema.json': json({
      $schema: 'http://json-schema.org/draft-07/schema#',
      ...publishedSuiteSchema(),
    }),
  };
}
