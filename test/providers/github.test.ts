import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubModelsProvider } from '../../src/providers/github.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('createGitHubModelsProvider', () => {
  it('posts to <endpoint>/chat/completions with the GitHub token and the publisher/model name as-is', async () => {
    fake = await startFakeOpenAI({ reply: () => 'from github' });
    const provider = createGitHubModelsProvider(
      { name: 'github', type: 'github' },
      { GITHUB_TOKEN: 'ghs_token', PROMPTGATE_GITHUB_MODELS_URL: `${fake.url}/inference` },
    );

    const response = await provider.complete(
      { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] },
      new AbortController().signal,
    );

    expect(response.text).toBe('from github');
    expect(fake.requests[0]).toMatchObject({
      path: '/inference/chat/completions',
      headers: { authorization: 'Bearer ghs_token' },
      body: { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'hello' }] },
    });
    expect(fake.requests[0]?.headers).not.toHaveProperty('openai-organization');
  });

  it('uses the configured key variable and says which one was rejected', async () => {
    fake = await startFakeOpenAI({ failures: [{ status: 403 }] });
    const provider = createGitHubModelsProvider(
      { name: 'gh', type: 'github', baseUrl: `${fake.url}/inference`, apiKeyEnv: 'MODELS_PAT' },
      { MODELS_PAT: 'github_pat_x' },
    );

    await expect(
      provider.complete(
        { model: 'openai/gpt-4o', messages: [{ role: 'user', content: 'x' }] },
        new AbortController().signal,
      ),
    ).rejects.toMatchObject({ message: 'MODELS_PAT was rejected (403)', retryable: false });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer github_pat_x');
  });

  it('explains how to provide GITHUB_TOKEN in Actions when it is missing', () => {
    expect(() => createGitHubModelsProvider({ name: 'github', type: 'github' }, {})).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('GITHUB_TOKEN is not set') as unknown,
        hint: expect.stringContaining('permissions: models: read') as unknown,
      }),
    );
  });
});
