/** A report format: how `--<flag> FILE` (CLI) and the action write a report in it. */
import type { Report } from '../types.js';

export interface ReportFormat {
  /** The format's name (unique in the registry). */
  name: string;
  /** The CLI option: `--<flag> FILE` writes the report in this format to FILE. */
  flag: string;
  /** What the option writes, one line for `--help`. */
  help: string;
  /** The file extension, without the dot. */
  extension: string;
  /**
   * The action output that names this format's file, which the action writes next to the JSON
   * report (same name, this extension). Without one, the action does not write this format.
   */
  actionOutput?: string;
  /**
   * The report as the file's text. Renderers load on first use, so `--help` and runs that write no
   * file in this format never import them.
   */
  render(report: Report): Promise<string>;
}
