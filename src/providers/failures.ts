import { ProviderError } from './types.js';

/** Statuses worth another attempt: timeouts, conflicts, rate limits, server trouble (incl. 529 overloaded). */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Who owns the key, so messages can say which variable was rejected without ever showing its value. */
export interface Credential {
  apiKeyEnv: string;
  apiKey: string;
  /** Every secret the requests carry (the key, values `headers:` read from the environment): scrubbed from messages. */
  secrets: readonly string[];
}

/** A reply's header by lower-case name. */
export type HeaderLookup = (name: string) => string | undefined;

/**
 * Classifies an HTTP error reply. `detail` is the server's own message; it is shortened and scrubbed
 * of the key. Auth failures carry no server detail at all (some servers echo part of the key).
 */
function httpFailure(
  status: number,
  header: HeaderLookup,
  detail: string,
  credential: Credential,
  model: string,
  now: number = Date.now(),
): ProviderError {
  const retryAfter = retryAfterMs(header, now);
  if (status === 401 || status === 403) {
    return new ProviderError(`${credential.apiKeyEnv} was rejected (${status})`, false, undefined, status);
  }
  if (status === 404) return modelNotFound(model, scrub(detail, credential));
  const what = status === 429 ? 'rate limited' : status >= 500 ? 'server error' : 'request rejected';
  const text = scrub(detail, credential);
  return new ProviderError(
    `${what} (${status})${text ? `: ${text}` : ''}`,
    isRetryableStatus(status),
    retryAfter,
    status,
  );
}

/**
 * 404 on a chat request: OpenAI (`model_not_found`), GitHub Models (`unknown_model`), Anthropic
 * (`not_found_error`) and compatible servers all answer it for a model name they do not serve (or a
 * base URL without the route). The server's text alone rarely says where the name came from.
 */
function modelNotFound(model: string, detail: string): ProviderError {
  return new ProviderError(
    `model '${model}' not found (404)${detail ? `: ${detail}` : ''}. ` +
      'Check the model name: `model:` in the prompt file, or the `models:` map in promptgate.yaml ' +
      "(and the provider's base URL if the name is right)",
    false,
    undefined,
    404,
  );
}

/** A reply that was not the JSON we expect (truncated, HTML from a proxy...): worth another attempt. */
export function malformedReply(detail: string): ProviderError {
  return new ProviderError(`malformed response: ${detail}`, true);
}

/** Network-level failures (reset, refused, DNS): transient as far as we can tell. */
function connectionFailure(detail: string, credential: Credential): ProviderError {
  return new ProviderError(`connection failed: ${scrub(detail, credential)}`, true);
}

/**
 * Server-requested delay: `retry-after-ms` (OpenAI, Anthropic) or `Retry-After` as seconds or an
 * HTTP date. Undefined when absent or unparseable.
 */
export function retryAfterMs(header: HeaderLookup, now: number = Date.now()): number | undefined {
  const ms = Number.parseFloat(header('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = header('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Shortens a server message and removes every secret of the request a server echoed (some answer
 * an error with the request's headers). Longest first, so a secret containing another goes whole.
 */
function scrub(text: string, { secrets }: Credential): string {
  const longestFirst = [...secrets].filter((secret) => secret !== '').sort((a, b) => b.length - a.length);
  const scrubbed = longestFirst.reduce((clean, secret) => clean.split(secret).join('***'), text);
  const clean = scrubbed.replace(/\s+/g, ' ').trim();
  return clean.length > 300 ? `${clean.slice(0, 297)}...` : clean;
}

type ErrorClass<T = Error> = abstract new (...args: never[]) => T;

/** The error classes both official SDKs (openai, @anthropic-ai/sdk) export under the same names. */
export interface SdkErrorClasses {
  APIError: ErrorClass<Error & { status: number | undefined; headers: Headers | undefined; error: unknown }>;
  APIConnectionError: ErrorClass;
  APIUserAbortError: ErrorClass;
}

/** Turns whatever an SDK call threw into a classified ProviderError. */
export function sdkFailure(
  error: unknown,
  credential: Credential,
  sdk: SdkErrorClasses,
  /** The model the request named: a 404 is about it. */
  model: string,
): ProviderError {
  if (error instanceof ProviderError) return error;
  // Checked before APIError: both are subclasses of it, without a status.
  if (error instanceof sdk.APIUserAbortError) return new ProviderError('request aborted', false);
  if (error instanceof sdk.APIConnectionError) return connectionFailure(causeChain(error), credential);
  if (error instanceof sdk.APIError && error.status !== undefined) {
    const { headers } = error;
    const header: HeaderLookup = (name) => headers?.get(name) ?? undefined;
    return httpFailure(
      error.status,
      header,
      serverMessage(error.error) ?? bodyText(error.status, error.message),
      credential,
      model,
    );
  }
  // The SDKs parse JSON bodies themselves and let a truncated body's SyntaxError through.
  if (error instanceof SyntaxError) return malformedReply(error.message);
  return unexpectedFailure(error, credential);
}

/** A reply that was not JSON: the SDKs put its text after the status (`502 <html>...`), shown once here. */
function bodyText(status: number, message: string): string {
  const prefix = `${status} `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** Anything unclassified (a bug, a header value Node refuses): not retried, its message scrubbed. */
function unexpectedFailure(error: unknown, credential: Credential): ProviderError {
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError(scrub(message, credential), false);
}

/** `{message}` (OpenAI's `error` field) or `{error: {message}}` (either's whole body). */
function serverMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  if ('message' in body && typeof body.message === 'string') return body.message;
  return 'error' in body ? serverMessage(body.error) : undefined;
}

/** "Connection error. <- fetch failed <- read ECONNRESET": the useful part is usually at the bottom. */
function causeChain(error: Error): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && parts.length < 4) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(' <- ');
}
