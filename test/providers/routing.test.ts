import { describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../../src/config/types.js';
import { ConfigError } from '../../src/errors.js';
import { githubModelsFileRef, resolveRoute, type RoutingConfig } from '../../src/providers/routing.js';

const vllm: ProviderConfig = { name: 'local-vllm', type: 'openai', baseUrl: 'http://127.0.0.1:8000/v1' };
const config = (extra: Partial<RoutingConfig> = {}): RoutingConfig => ({
  providers: { 'local-vllm': vllm },
  models: {},
  ...extra,
});
const route = (ref: string, extra?: Partial<RoutingConfig>) => {
  const { provider, model } = resolveRoute(ref, config(extra));
  return `${provider.name}|${model}`;
};

describe('resolveRoute', () => {
  it('honours an explicit configured or built-in provider prefix, keeping colons in the model', () => {
    expect(route('local-vllm:llama3:8b')).toBe('local-vllm|llama3:8b');
    expect(route('anthropic:claude-haiku-4-5')).toBe('anthropic|claude-haiku-4-5');
    expect(route('offline:echo')).toBe('offline|echo');
    expect(route('github:openai/gpt-4o')).toBe('github|openai/gpt-4o');
  });

  it('uses the first matching models: glob, then default_provider, then convention', () => {
    const models = { 'llama*': 'local-vllm', '*mini': 'openai' };
    expect(route('llama3', { models })).toBe('local-vllm|llama3');
    expect(route('openai/gpt-4o-mini', { models })).toBe('openai|openai/gpt-4o-mini');
    expect(route('mistral-7b', { defaultProvider: 'local-vllm' })).toBe('local-vllm|mistral-7b');
    expect(route('openai/gpt-4o-mini')).toBe('github|openai/gpt-4o-mini');
    expect(route('claude-sonnet-4-6')).toBe('anthropic|claude-sonnet-4-6');
    expect(route('gpt-4o-mini')).toBe('openai|gpt-4o-mini');
    expect(route('ft:gpt-4o-mini:acme::abc123')).toBe('openai|ft:gpt-4o-mini:acme::abc123');
  });

  it('routes URI-style model ids of GitHub Models files (azureml://...) instead of calling them a typo', () => {
    expect(route('azureml://registries/azureml-meta/models/Llama-3.3-70B-Instruct')).toBe(
      'github|azureml://registries/azureml-meta/models/Llama-3.3-70B-Instruct',
    );
  });

  it('prefers a configured provider over the built-in of the same name', () => {
    const mine: ProviderConfig = { name: 'openai', type: 'openai', baseUrl: 'http://proxy.internal/v1' };
    expect(resolveRoute('openai:gpt-4o', config({ providers: { openai: mine } })).provider).toBe(mine);
  });

  it('throws ConfigError listing known providers for unknown names', () => {
    expect(() => resolveRoute('opnai:gpt-4o', config())).toThrow(ConfigError);
    expect(() => resolveRoute('opnai:gpt-4o', config())).toThrow(/unknown provider `opnai`/);
    expect(() => resolveRoute('x', config({ defaultProvider: 'nope' }))).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('local-vllm') as unknown }),
    );
    expect(() => resolveRoute('openai:', config())).toThrow(/names no model/);
  });

  it('never takes a member of Object.prototype for a provider', () => {
    expect(() => resolveRoute('constructor:gpt-4o', config())).toThrow(/unknown provider `constructor`/);
    expect(() => resolveRoute('gpt-4o', config({ defaultProvider: 'toString' }))).toThrow(ConfigError);
    expect(() => resolveRoute('llama3', config({ models: { 'llama*': '__proto__' } }))).toThrow(
      /unknown provider `__proto__`/,
    );
  });
});

describe('githubModelsFileRef (model names of .prompt.yml files)', () => {
  const fileRoute = (ref: string, extra?: Partial<RoutingConfig>) =>
    route(githubModelsFileRef(ref, config(extra)), extra);

  it('sends every name to GitHub Models, bare ones included, as gh does', () => {
    expect(fileRoute('gpt-4o-mini')).toBe('github|gpt-4o-mini');
    expect(fileRoute('claude-sonnet-4-6')).toBe('github|claude-sonnet-4-6');
    expect(fileRoute('openai/gpt-4o-mini')).toBe('github|openai/gpt-4o-mini');
    expect(fileRoute('azureml://registries/x/models/y')).toBe('github|azureml://registries/x/models/y');
  });

  it('leaves names promptgate.yaml routes to their route', () => {
    expect(fileRoute('gpt-4o-mini', { models: { 'gpt-*': 'openai' } })).toBe('openai|gpt-4o-mini');
    expect(fileRoute('gpt-4o-mini', { defaultProvider: 'local-vllm' })).toBe('local-vllm|gpt-4o-mini');
    expect(fileRoute('anthropic:claude-haiku-4-5')).toBe('anthropic|claude-haiku-4-5');
    expect(githubModelsFileRef('', config())).toBe('');
  });
});
