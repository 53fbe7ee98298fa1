/**
 * Every report format, in the order `--help` lists them. The CLI's options, its help and the files
 * the action writes come from here: a new format is one file in this folder and one line below.
 */
import type { ReportFormat } from './definition.js';
import { htmlFormat } from './html.js';
import { jsonFormat } from './json.js';
import { junitFormat } from './junit.js';
import { markdownFormat } from './markdown.js';

export type { ReportFormat };

const formats = new Map<string, ReportFormat>();

/** Adds a format; one call per definition file. A name or flag used twice is a programming error. */
export function registerReportFormat(format: ReportFormat): void {
  const clash = [...formats.values()].find((f) => f.name === format.name || f.flag === format.flag);
  if (clash) throw new Error(`report format \`${format.name}\` (--${format.flag}) is registered twice`);
  formats.set(format.name, format);
}

registerReportFormat(jsonFormat);
registerReportFormat(markdownFormat);
registerReportFormat(htmlFormat);
registerReportFormat(junitFormat);

export function reportFormats(): ReportFormat[] {
  return [...formats.values()];
}
