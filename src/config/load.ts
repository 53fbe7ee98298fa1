import type { Config, GatePolicy, MetricGateOverride, ProviderConfig } from './types.js';
import {
  DEFAULT_FAIL_ON,
  FAIL_ON_HELP,
  parseFailOn,
  VERDICTS,
  type FailOn,
  type Verdict,
} from '../core/verdict.js';
import { providerTypes } from '../providers/registry.js';
import { ConfigError, type SourceLocation } from '../errors.js';
import { ConfigSchema, type RawConfig, type RawGateRules } from './schema.js';
import { toReleaseConfig } from '../lifecycle/release-config.js';
import { checkYaml } from '../validation/validate.js';
import { parseYaml } from './yaml.js';
import { sampleRepeat } from './repeat.js';
import { compileGlob, GlobSyntaxError, isGlob, type GlobMode } from '../core/glob.js';

export const CONFIG_FILE = 'promptgate.yaml';

export const DEFAULT_PROMPT_GLOBS = ['**/*.prompt.yml', '**/*.prompt.yaml'];
export const DEFAULT_SUITE_GLOBS = ['**/*.eval.yml', '**/*.eval.yaml'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/dist/**', '**/.git/**', '**/.promptgate/**'];

/** 5 MiB per file and 10,000 cases per suite: far above real suites, far below what exhausts a runner. */
export const DEFAULT_LIMITS = { maxFileBytes: 5 * 1024 * 1024, maxCases: 10_000 } as const;

/** Everything a repository gets with no promptgate.yaml at all. */
export function defaultConfig(): Config {
  return {
    prompts: DEFAULT_PROMPT_GLOBS,
    suites: DEFAULT_SUITE_GLOBS,
    exclude: DEFAULT_EXCLUDE,
    templatePaths: [],
    providers: {},
    models: {},
    judgeModel: 'openai/gpt-4o-mini',
    concurrency: 8,
    timeoutMs: 60_000,
    maxAttempts: 4,
    cache: { dir: '.promptgate/cache', mode: 'readwrite' },
    pricing: {},
    repeat: { repeat: 1 },
    gate: defaultGate(),
    lockFile: 'promptgate.lock.yaml',
    limits: DEFAULT_LIMITS,
    promotion: { tag: true, commit: 'push' },
    release: toReleaseConfig({}),
  };
}

function defaultGate(): GatePolicy {
  return {
    maxDrop: 0.05,
    confidence: 0.95,
    failOnError: true,
    requireVersionBump: false,
    failOn: DEFAULT_FAIL_ON,
    metrics: {},
  };
}

/** Parses and validates promptgate.yaml text (pure). Throws ConfigError with file and line. */
export function parseConfig(text: string, file: string): Config {
  const source = parseYaml(text, file);
  if (source.data === null || source.data === undefined) return { ...defaultConfig(), path: file };
  const raw = checkYaml(ConfigSchema, source, 'promptgate.yaml');
  rejectRemovedKeys(raw, (path) => source.locate(path));
  const base = defaultConfig();
  const list = (value: string | string[] | undefined, fallback: string[]) =>
    value === undefined ? fallback : Array.isArray(value) ? value : [value];

  const providers: Record<string, ProviderConfig> = {};
  for (const [name, p] of Object.entries(raw.providers ?? {})) {
    if (!providerTypes().includes(p.type)) {
      throw new ConfigError(
        `invalid promptgate.yaml: \`providers.${name}.type\` must be one of ${providerTypes()
          .map((t) => JSON.stringify(t))
          .join(', ')}`,
        source.locate(['providers', name, 'type']),
      );
    }
    providers[name] = {
      name,
      type: p.type,
      baseUrl: p.base_url,
      apiKeyEnv: p.api_key_env,
      concurrency: p.concurrency,
      headers: p.headers,
    };
  }
  const knownProviders = new Set([...Object.keys(providers), ...providerTypes()]);
  const checkProvider = (name: string, path: (string | number)[]) => {
    if (!knownProviders.has(name)) {
      throw new ConfigError(
        `unknown provider \`${name}\``,
        source.locate(path),
        `define it under \`providers:\` or use one of: ${[...knownProviders].join(', ')}`,
      );
    }
  };
  if (raw.default_provider) checkProvider(raw.default_provider, ['default_provider']);
  checkGlobs(raw, (path) => source.locate(path));
  for (const [pattern, name] of Object.entries(raw.models ?? {})) checkProvider(name, ['models', pattern]);

  return {
    path: file,
    prompts: list(raw.prompts, base.prompts),
    suites: list(raw.suites, base.suites),
    exclude: [...base.exclude, ...list(raw.exclude, [])],
    templatePaths: list(raw.template_paths, base.templatePaths),
    providers,
    defaultProvider: raw.default_provider,
    models: raw.models ?? {},
    judgeModel: raw.judge?.model ?? base.judgeModel,
    concurrency: raw.concurrency ?? base.concurrency,
    timeoutMs: raw.timeout_ms ?? base.timeoutMs,
    maxAttempts: raw.max_attempts ?? base.maxAttempts,
    cache: { dir: raw.cache?.dir ?? base.cache.dir, mode: raw.cache?.mode ?? base.cache.mode },
    pricing: raw.pricing ?? {},
    maxCostUsd: raw.max_cost_usd,
    repeat: sampleRepeat(raw, (path) => source.locate(path)) ?? base.repeat,
    gate: {
      ...toGate(raw.gate ?? {}, base.gate),
      failOn: toFailOn(raw.gate?.fail_on, base.gate.failOn, () => source.locate(['gate', 'fail_on'])),
      metrics: Object.fromEntries(
        Object.entries(raw.gate?.metrics ?? {}).map(([name, rules]) => [name, toGateOverride(rules)]),
      ),
    },
    lockFile: raw.lock_file ?? base.lockFile,
    limits: {
      maxFileBytes: raw.limits?.max_file_bytes ?? base.limits.maxFileBytes,
      maxCases: raw.limits?.max_cases ?? base.limits.maxCases,
    },
    promotion: {
      tag: raw.promotion?.tag ?? base.promotion.tag,
      commit: raw.promotion?.commit ?? base.promotion.commit,
    },
    release: toReleaseConfig(raw),
  };
}

function rejectRemovedKeys(raw: RawConfig, locate: (path: string[]) => SourceLocation): void {
  const places = [
    ...(raw.gate?.require_significance !== undefined ? [['gate', 'require_significance']] : []),
    ...Object.entries(raw.gate?.metrics ?? {}).flatMap(([name, rules]) =>
      rules.require_significance !== undefined ? [['gate', 'metrics', name, 'require_significance']] : [],
    ),
  ];
  const [first] = places;
  if (first) {
    throw new ConfigError(
      `\`${first.join('.')}\` was removed: every drop is now tested for significance (one-sided, at \`gate.confidence\`), ` +
        'and `max_drop` is the tolerance beyond which a significant drop fails',
      locate(first),
      'delete the key; a drop beyond max_drop that is not significant is reported as `inconclusive`',
    );
  }
}

function toFailOn(
  raw: string | Verdict[] | undefined,
  fallback: FailOn,
  locate: () => SourceLocation,
): FailOn {
  if (raw === undefined) return fallback;
  if (Array.isArray(raw)) return VERDICTS.filter((v) => raw.includes(v));
  const parsed = parseFailOn(raw);
  if (parsed.ok) return parsed.failOn;
  throw new ConfigError(
    `\`gate.fail_on\` has unknown verdict(s): ${parsed.unknown.join(', ') || '(none given)'}`,
    locate(),
    `use ${FAIL_ON_HELP}`,
  );
}

function toGate(raw: RawGateRules, base: GatePolicy): GatePolicy {
  return { ...base, ...toGateOverride(raw), metrics: {} };
}

function toGateOverride(raw: RawGateRules): MetricGateOverride {
  const out: MetricGateOverride = {};
  if (raw.min_pass_rate !== undefined) out.minPassRate = raw.min_pass_rate;
  if (raw.min_score !== undefined) out.minScore = raw.min_score;
  if (raw.max_drop !== undefined) out.maxDrop = raw.max_drop;
  if (raw.confidence !== undefined) out.confidence = raw.confidence;
  if (raw.fail_on_error !== undefined) out.failOnError = raw.fail_on_error;
  if (raw.require_version_bump !== undefined) out.requireVersionBump = raw.require_version_bump;
  return out;
}

/**
 * Every glob of promptgate.yaml must lie in the dialect the linear-time matcher supports: one outside
 * it is an error naming the key, never a glob that silently matches nothing.
 */
function checkGlobs(raw: RawConfig, locate: (path: (string | number)[]) => SourceLocation | undefined): void {
  const check = (glob: string, mode: GlobMode, path: (string | number)[]) => {
    try {
      compileGlob(glob, mode);
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      throw new ConfigError(
        `invalid promptgate.yaml: \`${path[0]}\`: ${error.message}`,
        locate(path),
        'globs support `*`, `**` as a whole path segment, `?`, classes like `[a-z]` and braces like `{yml,yaml}`',
      );
    }
  };
  for (const key of ['prompts', 'suites', 'exclude'] as const) {
    const value = raw[key];
    if (typeof value === 'string') check(value, 'path', [key]);
    else value?.forEach((glob, i) => check(glob, 'path', [key, i]));
  }
  for (const pattern of Object.keys(raw.models ?? {})) check(pattern, 'name', ['models', pattern]);
  for (const pattern of Object.keys(raw.pricing ?? {})) {
    if (isGlob(pattern)) check(pattern, 'name', ['pricing', pattern]);
  }
}
