import type { FailOn } from '../core/verdict.js';
import type { ProviderType } from '../providers/types.js';
import type { ReleaseConfig } from '../lifecycle/release-config.js';

/** One entry of `providers:` in promptgate.yaml, with defaults applied. */
export interface ProviderConfig {
  name: string;
  type: ProviderType;
  /** Base URL override (OpenAI-compatible gateways, Anthropic proxies, GitHub Models endpoint). */
  baseUrl?: string;
  /** Name of the environment variable holding the key (default per type: OPENAI_API_KEY, ANTHROPIC_API_KEY, GITHUB_TOKEN). */
  apiKeyEnv?: string;
  /** Maximum concurrent requests to this provider (in addition to the global limit). */
  concurrency?: number;
  /** Extra HTTP headers (values may be `${ENV_VAR}`). */
  headers?: Record<string, string>;
}

export interface LoadLimits {
  /** Largest prompt, suite, partial, case, schema or judge template file read, in bytes. */
  maxFileBytes: number;
  /** Most cases one suite (or one GitHub Models file's testData) may have. */
  maxCases: number;
}

export interface PriceEntry {
  /** USD per million input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
}

export interface GatePolicy {
  /** Minimum candidate pass rate (fraction of cases passing). Default: the suite's `threshold`. */
  minPassRate?: number;
  /** Minimum candidate mean score. */
  minScore?: number;
  /**
   * Tolerance for a drop from baseline to candidate (pass rate, mean score, pairwise net loss), as a
   * fraction: a significant drop fails only beyond it; a drop beyond it that is not significant is
   * inconclusive. Default 0.05.
   */
  maxDrop: number;
  /** Confidence of the one-sided tests (alpha = 1 - confidence) and of the intervals. Default 0.95. */
  confidence: number;
  /** Errors (API failures) fail the gate. Default true. */
  failOnError: boolean;
  /** Fail when a changed prompt's version was not bumped. Default false (flagged only). */
  requireVersionBump: boolean;
  /** Which verdicts fail the check (exit status, check run). Default: fail and error. Prompt-level only. */
  failOn: FailOn;
  /** Per-metric overrides, by metric name. */
  metrics: Record<string, MetricGateOverride>;
}

/** What `gate.metrics.<name>` may override: the metric rules, not the run-level policy. */
export type MetricGateOverride = Partial<Omit<GatePolicy, 'metrics' | 'failOn'>>;

export type CacheMode = 'readwrite' | 'read' | 'off';

export interface Config {
  /** Repo-relative path of the config file, or undefined when defaults are used. */
  path?: string;
  /** Globs (repo-relative) that find prompt files. */
  prompts: string[];
  /** Globs that find eval suite files. */
  suites: string[];
  /** Globs never searched. */
  exclude: string[];
  /** Directories (repo-relative) nunjucks searches for partials, after the prompt's own directory. */
  templatePaths: string[];
  providers: Record<string, ProviderConfig>;
  /** Provider name used for bare model names no `models:` rule matches. Undefined: convention (publisher/model -> github, claude* -> anthropic, else openai). */
  defaultProvider?: string;
  /** Model-name glob -> provider name, e.g. `"gpt-*": openai`. */
  models: Record<string, string>;
  /** Default judge model ref for LLM metrics. */
  judgeModel: string;
  concurrency: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Attempts per request, including the first. */
  maxAttempts: number;
  cache: { dir: string; mode: CacheMode };
  pricing: Record<string, PriceEntry>;
  maxCostUsd?: number;
  /** Samples per case for suites that set no `repeat` (GitHub Models files included). */
  repeat: SampleRepeat;
  /** Bounds on what the repository's files may make promptgate load (they are pull request data). */
  limits: LoadLimits;
  gate: GatePolicy;
  lockFile: string;
  promotion: {
    /** Create `prompt/<id>@<version>` tags on promote. */
    tag: boolean;
    /** In the action's promote mode: commit the lock file to the branch, or open a pull request. */
    commit: 'push' | 'pull-request';
  };
  /** `environments` and experiment `rules`. */
  release: ReleaseConfig;
}

/** `repeat: n`, or `repeat: auto` (1 sample per case first, more for uncertain cases up to `maxRepeats`). */
export interface SampleRepeat {
  repeat: number;
  /** Set by `repeat: auto`. */
  maxRepeats?: number;
}
