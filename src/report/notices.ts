/** The notices of a report (warnings and prompts not evaluated) as plain lines, for every renderer. */
import type { Report } from './types.js';

export interface Notices {
  /** One line per prompt found but not evaluated: `id (path): reason`. */
  notEvaluated: string[];
  warnings: string[];
}

export function reportNotices(report: Report): Notices {
  return {
    notEvaluated: (report.notEvaluated ?? []).map((p) =>
      p.path && p.path !== p.id ? `\`${p.id}\` (${p.path}): ${p.reason}` : `\`${p.id}\`: ${p.reason}`,
    ),
    warnings: report.warnings ?? [],
  };
}

/** At most `max` items, then a line counting the rest. */
export function capped(items: readonly string[], max: number): string[] {
  if (items.length <= max) return [...items];
  return [...items.slice(0, max), `…and ${items.length - max} more (see the JSON report)`];
}
