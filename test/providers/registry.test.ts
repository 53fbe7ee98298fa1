import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/app/evaluate.js';
import { parseConfig } from '../../src/config/load.js';
import { ConfigError, getErrorMessage } from '../../src/errors.js';
import { createModelGateway, maskSecrets } from '../../src/providers/gateway.js';
import { providerTypes, registerProvider } from '../../src/providers/registry.js';
import { resolveRoute } from '../../src/providers/routing.js';
import { MemorySnapshot } from '../../src/repo/snapshot.js';
import { offlineProvider } from '../../src/providers/catalog/offline.js';
import { shoutProvider } from './fixtures/shout-provider.js';

const CONFIG = 'providers:\n  loud: { type: shout, api_key_env: LOUD_KEY }\ncache: { mode: off }\n';

describe('the provider registry', () => {
  it('lists the built-in providers and refuses a type registered twice', () => {
    expect(providerTypes()).toEqual(expect.arrayContaining(['openai', 'anthropic', 'github', 'offline']));
    expect(() => registerProvider(offlineProvider)).toThrow(/registered twice/);
  });

  it('takes a new provider from one definition file and one registry line', async () => {
    const unknownType = (() => {
      try {
        return parseConfig(CONFIG, 'promptgate.yaml');
      } catch (error) {
        return error;
      }
    })();
    expect(unknownType).toBeInstanceOf(ConfigError);
    expect(getErrorMessage(unknownType)).toMatch(
      /^promptgate\.yaml:2:\d+: .*`providers\.loud\.type` must be one of "openai"/,
    );

    registerProvider(shoutProvider);

    // The config's `type:` enum, routing by convention, the built-in instance, secrets and pricing.
    const config = parseConfig(CONFIG, 'promptgate.yaml');
    expect(config.providers.loud).toMatchObject({ type: 'shout', apiKeyEnv: 'LOUD_KEY' });
    expect(resolveRoute('shout-1', config).provider).toMatchObject({ name: 'shout', type: 'shout' });
    expect(resolveRoute('loud:any', config).provider.name).toBe('loud');
    const masked: string[] = [];
    maskSecrets({ SHOUT_API_KEY: 'k1', LOUD_KEY: 'k2' }, (v) => masked.push(v), config);
    expect(masked.sort()).toEqual(['k1', 'k2']);

    const gateway = createModelGateway(config, { env: { SHOUT_API_KEY: 'k1' } });
    const call = { purpose: 'eval', sample: 0 } as const;
    const result = await gateway.call('shout-1', { messages: [{ role: 'user', content: 'hi' }] }, call);
    expect(result).toMatchObject({ ok: true, text: 'HI', costUsd: 3 });
    const missing = await gateway.call('loud:x', { messages: [{ role: 'user', content: 'hi' }] }, call);
    expect(missing).toMatchObject({
      ok: false,
      error: expect.stringMatching(/LOUD_KEY is not set/) as unknown,
    });

    // And a whole evaluation through it.
    const files = {
      'promptgate.yaml': CONFIG,
      'p.prompt.yaml':
        'id: p\nversion: 1.0.0\nmodel: shout-1\nmessages:\n  - role: user\n    content: "hello {{ n }}"\n',
      'p.eval.yaml':
        'prompt: p\nmetrics:\n  - type: equals\n    value: HELLO ADA\ncases:\n  - vars: { n: ada }\n',
    };
    const { report } = await evaluate(
      { mode: 'eval' },
      {
        root: '/nonexistent',
        repository: {
          workingTree: () => new MemorySnapshot(files),
          compareRange: () => Promise.reject(new Error('not used')),
          pullRequestSnapshots: () => Promise.reject(new Error('not used')),
        },
        env: { SHOUT_API_KEY: 'k1' },
        clock: () => new Date(0),
      },
    );
    expect(report.verdict).toBe('pass');
    expect(report.prompts[0]?.model).toBe('shout:shout-1');
  });
});
