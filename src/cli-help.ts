import { RELEASE_USAGE } from './lifecycle/commands/usage.js';
import { reportFormats } from './report/formats/registry.js';
import { TOOL_VERSION } from './version.js';

/**
 * The usage text; its own small module, so `--help` prints it without loading the engine. The
 * report format options come from the format registry (which loads no renderer).
 */
export function helpText(): string {
  const formats = reportFormats().map((f) => `  ${`--${f.flag} FILE`.padEnd(20)}${f.help}`);
  return `promptgate ${TOOL_VERSION}: a prompt-regression gate

Usage:
  promptgate eval [PATH|GLOB...] [options]  evaluate every prompt of the working tree (or those at the paths)
  promptgate compare --base REF [--head REF] [PATH...]  evaluate changed prompts on base and head, gate on the difference
  promptgate merge REPORT.json... [options] combine sharded reports into one verdict
  promptgate promote <id...|--all> [--env E] [--report FILE] [--force REASON] [--no-tag]   (default report: the last eval/compare run)
  promptgate rollback <id> [--env E] [--to VERSION] [--no-restore]   (--no-restore: update the lock file only)
  promptgate history <id> [--env E] [--json [FILE|-]]
${Object.values(RELEASE_USAGE)
  .flatMap((lines) => lines.map((u) => `  ${u}`))
  .join('\n')}

Options:
  --config FILE       config file (default: promptgate.yaml)
${formats.join('\n')}
  --only ID           only this prompt (repeatable)
  --fail-on LIST      verdicts that fail (exit 1, or 2 for error): e.g. fail,error (default),
                      fail,error,inconclusive, or never; overrides gate.fail_on
  --shard I/N         run shard I of N (whole prompts per shard)
  --offline           use the deterministic offline model for every call (no keys, no network)
  --no-cache          neither read nor write the response cache
  --cache-read-only   read the cache but never write it
  --trust-head-config compare: use the head's providers, routing, cache.dir, gate and budget (default: the base's)
  --no-color          plain terminal output
  -q, --quiet         no progress output

Exit codes: 0 pass (or a verdict --fail-on does not include: by default inconclusive, skipped),
1 gate failed, 2 configuration/usage error or errored evaluation.
`;
}
