/**
 * `promptgate/lock`: the public contract of the runtime loader that applications import. Kept apart
 * from the implementation (src/lifecycle/loader.ts implements exactly these declarations, checked by
 * the typecheck) so the published API never changes by accident.
 */

export interface LoadProductionOptions {
  /** Path of the lock file, relative to `root` (default `promptgate.lock.yaml`). */
  lockFile?: string;
  /** The repository root the lock file's paths are relative to (default: the current directory). */
  root?: string;
  /** Receives warnings; default `process.emitWarning`. */
  onWarning?: (message: string) => void;
}

export interface ProductionPrompt {
  id: string;
  version: string;
  /** Repo-relative path of the prompt file. */
  path: string;
  contentHash: string;
  /** The prompt file's text (YAML). */
  content: string;
  /** The text of each partial the prompt includes, by repo-relative path. */
  partials: Record<string, string>;
  commit: string;
  /** `git`: read at the recorded commit; `working tree`: the files on disk (a deployment without `.git`). */
  source: 'git' | 'working tree';
}

export interface ResolveOptions extends LoadProductionOptions {
  /** The environment (default `production`). */
  env?: string;
  /**
   * Who is asking (a user or session id): during a rollout it decides which version they get, with
   * flagd's bucketing (MurmurHash3 of prompt id + key), so flagd and the lock file agree. Without
   * it, the environment's version.
   */
  targetingKey?: string;
  /** How long a read of the lock file is reused, in milliseconds (default 30000; 0: read every call). */
  cacheTtlMs?: number;
}

export interface PromptMessage {
  role: string;
  /** The template text as written (`{{var}}` for GitHub Models files, nunjucks for promptgate files). */
  content: string;
}

export interface ModelParameters {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
}

export interface ResolvedPrompt extends ProductionPrompt {
  env: string;
  /** `stable`: the environment's version; `canary`: the version being rolled out. */
  variant: 'stable' | 'canary';
  model?: string;
  modelParameters: ModelParameters;
  messages: PromptMessage[];
}

export declare const DEFAULT_LOCK_FILE: string;

/** The production version of prompt `id` as recorded by `promptgate promote`. */
export declare function loadProductionPrompt(
  id: string,
  options?: LoadProductionOptions,
): Promise<ProductionPrompt>;

/**
 * The version of prompt `id` that serves `targetingKey` in `env`, with its messages, model and
 * parameters. Reads of the lock file are cached for `cacheTtlMs`; when the lock file cannot be read
 * or parsed, the last one read successfully is used (with a warning).
 */
export declare function resolvePrompt(id: string, options?: ResolveOptions): Promise<ResolvedPrompt>;

/** Forgets cached lock files and prompt contents (tests, or after deploying new files). */
export declare function clearResolveCache(): void;
