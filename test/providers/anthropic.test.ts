import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createAnthropicProvider, DEFAULT_MAX_TOKENS } from '../../src/providers/anthropic.js';
import type { ChatRequest } from '../../src/providers/types.js';
import { startFakeAnthropic, type FakeServer } from '../fakes/anthropic-server.js';

const KEY = 'sk-ant-test-key';
let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function providerFor(options: Parameters<typeof startFakeAnthropic>[0] = {}) {
  fake = await startFakeAnthropic(options);
  return createAnthropicProvider(
    { name: 'anthropic', type: 'anthropic' },
    { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: fake.url },
  );
}

const complete = (provider: Awaited<ReturnType<typeof providerFor>>, request: ChatRequest) =>
  provider.complete(request, new AbortController().signal);

describe('createAnthropicProvider', () => {
  it('lifts system messages into `system`, merges consecutive turns and defaults max_tokens', async () => {
    const provider = await providerFor({
      reply: () => ({ text: 'Bonjour', usage: { inputTokens: 20, outputTokens: 2 } }),
    });

    const response = await complete(provider, {
      model: 'claude-sonnet-4-6',
      messages: [
        { role: 'system', content: 'You translate.' },
        { role: 'user', content: 'Hello' },
        { role: 'user', content: 'In French.' },
        { role: 'system', content: 'Answer in one word.' },
        { role: 'assistant', content: 'Sure' },
        { role: 'user', content: 'Go' },
      ],
      temperature: 0,
      topP: 0.5,
    });

    expect(response).toEqual({ text: 'Bonjour', usage: { inputTokens: 20, outputTokens: 2 } });
    const [sent] = fake?.requests ?? [];
    expect(sent?.path).toBe('/v1/messages');
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent?.headers['anthropic-version']).toBeTruthy();
    // No sampling parameters: the API version the SDK sends rejects them (the fake does too).
    expect(sent?.body).toEqual({
      model: 'claude-sonnet-4-6',
      max_tokens: DEFAULT_MAX_TOKENS,
      system: 'You translate.\n\nAnswer in one word.',
      messages: [
        { role: 'user', content: 'Hello\n\nIn French.' },
        { role: 'assistant', content: 'Sure' },
        { role: 'user', content: 'Go' },
      ],
    });
  });

  it('uses structured outputs for json_schema and a system instruction for json_object', async () => {
    const provider = await providerFor({ reply: () => ({ json: { ok: true } }) });
    const messages: ChatRequest['messages'] = [{ role: 'user', content: 'Rate it' }];
    const schema = { type: 'object', properties: { ok: { type: 'boolean' } } };

    const structured = await complete(provider, {
      model: 'claude-haiku-4-5',
      messages,
      maxTokens: 64,
      responseFormat: { type: 'json_schema', name: 'verdict', schema },
    });
    await complete(provider, {
      model: 'claude-haiku-4-5',
      messages,
      responseFormat: { type: 'json_object' },
    });

    expect(structured.text).toBe('{"ok":true}');
    expect(fake?.requests[0]?.body).toMatchObject({
      max_tokens: 64,
      output_config: { format: { type: 'json_schema', schema } },
    });
    expect(fake?.requests[1]?.body).toMatchObject({
      system: expect.stringContaining('JSON object') as unknown,
    });
    expect(fake?.requests[1]?.body).not.toHaveProperty('output_config');
  });

  it('classifies 529 overloaded as retryable and 401 as a rejected key', async () => {
    const provider = await providerFor({
      failures: [
        { status: 529, headers: { 'retry-after': '1' } },
        { status: 401, message: `invalid x-api-key ${KEY}` },
      ],
    });
    const request: ChatRequest = { model: 'claude-sonnet-4-6', messages: [{ role: 'user', content: 'x' }] };

    await expect(complete(provider, request)).rejects.toMatchObject({
      retryable: true,
      retryAfterMs: 1000,
      status: 529,
    });
    const rejected = await complete(provider, request).catch((error: unknown) => error);
    expect(rejected).toMatchObject({ message: 'ANTHROPIC_API_KEY was rejected (401)', retryable: false });
  });

  it('refuses a header Node cannot send when the client is made, naming the header', () => {
    const create = () =>
      createAnthropicProvider(
        { name: 'claude', type: 'anthropic', headers: { 'x-team': 'a\r\nx-injected: 1' } },
        { ANTHROPIC_API_KEY: KEY },
      );
    expect(create).toThrow(ConfigError);
    expect(create).toThrow(/provider `claude`: header `x-team` cannot be sent/);
  });
});
