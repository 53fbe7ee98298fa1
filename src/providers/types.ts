/** The provider port: one file per provider implements `Provider`. */

export type Role = 'system' | 'user' | 'assistant';

export interface ChatMessage {
  role: Role;
  content: string;
}

/** Structured output request, in the provider-neutral shape GitHub Models prompt files use. */
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | { type: 'json_schema'; name: string; schema: Record<string, unknown>; strict?: boolean };

export interface ChatRequest {
  /** The provider's own model name (no provider prefix), e.g. `gpt-4o-mini` or `openai/gpt-4o-mini` for GitHub Models. */
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  responseFormat?: ResponseFormat;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ChatResponse {
  text: string;
  usage: TokenUsage;
}

export interface Provider {
  /** The configured name (key in `providers:`), e.g. `openai`, `local-vllm`, `offline`. */
  readonly name: string;
  /** Its definition's type (`openai`, `anthropic`, `github`, `offline` or a registered one). */
  readonly type: ProviderType;
  /** One attempt. Throws `ProviderError` (or any error) on failure; retries happen outside. */
  complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse>;
}

/** A provider type registered in registry.ts; promptgate.yaml's `type:` is checked against the registry. */
export type ProviderType = string;

/** A failed attempt, classified so the retry policy can decide. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** Server-requested delay before the next attempt (Retry-After / retry-after-ms), in ms. */
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** What one logical call (after retries and cache) produced. Never throws: failures are data. */
export type CallResult =
  | {
      ok: true;
      text: string;
      usage: TokenUsage;
      costUsd: number;
      latencyMs: number;
      cached: boolean;
    }
  | { ok: false; error: string; attempts: number; latencyMs: number };

export type CallPurpose = 'eval' | 'judge';

export interface CallOptions {
  purpose: CallPurpose;
  /** Sample index for `repeat: n`; part of the cache key so samples are cached separately. */
  sample: number;
}

/**
 * A model reference as written by users: `provider:model` (explicit provider name from config or a
 * built-in type) or a bare model name routed by config (`models:` map, `default_provider`) or by
 * convention (`publisher/model` -> github).
 */
export type ModelRef = string;

/** Everything the pipeline needs from the model layer: routing, limits, retries, cache, cost. */
export interface ModelGateway {
  call(ref: ModelRef, request: Omit<ChatRequest, 'model'>, options: CallOptions): Promise<CallResult>;
  /** Throws ConfigError naming the missing variable when a model ref cannot be served (e.g. no API key). */
  check(ref: ModelRef): void;
  /** Human label of the resolved provider/model, e.g. `openai:gpt-4o-mini` or `offline:echo (deterministic, no network)`. */
  describe(ref: ModelRef): string;
  /** Whether the ref routes to a local stand-in (the deterministic offline model), not a real model. */
  isOffline(ref: ModelRef): boolean;
  usage(): UsageTotals;
}

export interface UsageBucket {
  calls: number;
  cachedCalls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMs: { p50: number; p95: number };
}

export interface UsageTotals extends UsageBucket {
  judge: UsageBucket;
  /** Set when `max_cost_usd` stopped new calls. */
  budgetExhausted: boolean;
  /** Models called without a known price (their cost counts as 0); add them under `pricing:`. */
  unpricedModels?: string[];
}
