import { UsageError } from '../errors.js';
import { FAIL_ON_HELP, parseFailOn, type FailOn } from '../core/verdict.js';
import { ACTION_MODES, INPUTS, type ActionModeInput } from '../github/constants.js';
import { parseShard } from '../run/shard.js';

/** Every action input, read once into one typed object (nothing reads inputs elsewhere). */
export interface ActionSettings {
  mode: ActionModeInput;
  configPath: string;
  token: string;
  base?: string;
  head?: string;
  comment: boolean;
  checkRuns: boolean;
  /** Undefined: the config's `gate.fail_on` (default: fail and error). */
  failOn?: FailOn;
  reportPath: string;
  /** Name of the artifact a later step uploads the reports as; the comment links the run's artifacts. */
  reportArtifact?: string;
  /** Where the HTML report can be opened; the comment links it. */
  reportUrl?: string;
  offline: boolean;
  cacheDir?: string;
  concurrency?: number;
  maxCostUsd?: number;
  shard?: { index: number; total: number };
  /** compare: use the head's providers, routing and cache.dir (the pull request's) as written. */
  trustHeadConfig: boolean;
  /** experiment: the outcomes file (JSON Lines or CSV), relative to the workspace. */
  experimentData?: string;
  /** experiment: carry the decision out (complete or abort the rollout) and push the lock file. */
  experimentApply: boolean;
}

/** Reads the inputs through `getInput` (the runner's, or a test's), which returns '' for unset inputs. */
export function readSettings(getInput: (name: string) => string): ActionSettings {
  const optional = (name: string) => getInput(name) || undefined;
  const booleanInput = (name: string, fallback: boolean) => parseBoolean(name, getInput(name), fallback);
  const numberInput = (name: string, rule: NumberRule) => parseNumber(name, getInput(name), rule);
  const modeText = getInput(INPUTS.mode) || 'auto';
  const mode = ACTION_MODES.find((m) => m === modeText);
  if (!mode) {
    throw new UsageError(`input \`mode\` must be one of ${ACTION_MODES.join(', ')} (got \`${modeText}\`)`);
  }
  const failOnText = getInput(INPUTS.failOn).trim();
  const failOn = failOnText ? parseFailOn(failOnText) : undefined;
  if (failOn && !failOn.ok) {
    throw new UsageError(`input \`fail-on\` must list ${FAIL_ON_HELP} (got \`${failOnText}\`)`);
  }
  const shard = optional(INPUTS.shard);
  return {
    mode,
    configPath: getInput(INPUTS.config) || 'promptgate.yaml',
    token: getInput(INPUTS.githubToken),
    base: optional(INPUTS.base),
    head: optional(INPUTS.head),
    comment: booleanInput(INPUTS.comment, true),
    checkRuns: booleanInput(INPUTS.checkRuns, false),
    failOn: failOn?.failOn,
    reportPath: getInput(INPUTS.reportPath) || 'promptgate-report.json',
    reportArtifact: optional(INPUTS.reportArtifact),
    reportUrl: parseUrl(INPUTS.reportUrl, getInput(INPUTS.reportUrl)),
    offline: booleanInput(INPUTS.offline, false),
    cacheDir: optional(INPUTS.cacheDir),
    concurrency: numberInput(INPUTS.concurrency, { integer: true, min: 1 }),
    maxCostUsd: numberInput(INPUTS.maxCostUsd, { integer: false, min: 0 }),
    shard: shard ? parseShard(shard) : undefined,
    trustHeadConfig: booleanInput(INPUTS.trustHeadConfig, false),
    experimentData: optional(INPUTS.experimentData),
    experimentApply: booleanInput(INPUTS.experimentApply, false),
  };
}

function parseBoolean(name: string, input: string, fallback: boolean): boolean {
  const raw = input.trim().toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new UsageError(`input \`${name}\` must be true or false (got \`${raw}\`)`);
}

interface NumberRule {
  integer: boolean;
  min: number;
}

function parseNumber(name: string, input: string, rule: NumberRule): number | undefined {
  const raw = input.trim();
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < rule.min || (rule.integer && !Number.isInteger(value))) {
    throw new UsageError(
      `input \`${name}\` must be ${rule.integer ? 'an integer' : 'a number'} >= ${rule.min} (got \`${raw}\`)`,
    );
  }
  return value;
}

/** Only http(s) URLs reach the comment's link. */
function parseUrl(name: string, input: string): string | undefined {
  const raw = input.trim();
  if (raw === '') return undefined;
  if (!/^https?:\/\/[^\s()<>]+$/.test(raw)) {
    throw new UsageError(
      `input \`${name}\` must be an http(s) URL without spaces or parentheses (got \`${raw}\`)`,
    );
  }
  return raw;
}
