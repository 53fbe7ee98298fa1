/**
 * The official SDKs' own request timeout, set far beyond any attempt's: our per-attempt timeout
 * (retry.ts) aborts the request's signal first. An explicit value also stops the Anthropic SDK
 * refusing a large max_tokens without streaming.
 */
export const SDK_TIMEOUT_MS = 60 * 60 * 1000;
