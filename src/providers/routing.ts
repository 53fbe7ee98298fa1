import { compileGlob } from '../core/glob.js';
import type { Config, ProviderConfig } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { conventionalProviderType, providerTypes } from './registry.js';
import type { ModelRef } from './types.js';

/** Which provider serves a model ref, and the model name that provider is sent. */
export interface Route {
  provider: ProviderConfig;
  model: string;
}

export type RoutingConfig = Pick<Config, 'providers' | 'models' | 'defaultProvider'>;

/** Configured providers plus the built-in ones, which exist with default settings unless configured. */
export function knownProviders(config: Pick<Config, 'providers'>): Record<string, ProviderConfig> {
  const builtIns = Object.fromEntries(providerTypes().map((type) => [type, { name: type, type }]));
  return { ...builtIns, ...config.providers };
}

/**
 * Resolves a ref, in order: `provider:model` with a known provider name; the first `models:` glob
 * matching the name; `default_provider`; then convention (the registry's claims:
 * `publisher/model` -> github, `claude*` -> anthropic, else openai). Throws ConfigError for unknown provider names.
 */
export function resolveRoute(ref: ModelRef, config: RoutingConfig): Route {
  const providers = knownProviders(config);
  // Own keys only: a model named `constructor:x` or `toString` must not find Object.prototype members.
  const known = (name: string): ProviderConfig | undefined =>
    Object.hasOwn(providers, name) ? providers[name] : undefined;
  const lookup = (name: string, why: string): ProviderConfig => {
    const provider = known(name);
    if (provider) return provider;
    throw new ConfigError(
      `unknown provider \`${name}\` (${why})`,
      undefined,
      `define it under \`providers:\` in promptgate.yaml or use one of: ${Object.keys(providers).join(', ')}`,
    );
  };

  const colon = ref.indexOf(':');
  if (colon > 0 && known(ref.slice(0, colon))) {
    const model = ref.slice(colon + 1);
    if (!model)
      throw new ConfigError(`model ref \`${ref}\` names no model`, undefined, 'write `provider:model`');
    return { provider: lookup(ref.slice(0, colon), `in model \`${ref}\``), model };
  }
  for (const [pattern, name] of Object.entries(config.models)) {
    if (modelGlob(pattern)(ref)) {
      return { provider: lookup(name, `\`models: ${pattern}\` for \`${ref}\``), model: ref };
    }
  }
  if (config.defaultProvider) {
    return { provider: lookup(config.defaultProvider, `\`default_provider\` for \`${ref}\``), model: ref };
  }
  // `x:model` with an unknown `x` is almost always a typo of a provider name; OpenAI fine-tunes
  // (`ft:gpt-4o-mini:org::id`) and URI-style ids (`azureml://registries/...` in GitHub Models
  // files) are the common names with a colon.
  const uri = ref.slice(colon + 1).startsWith('//');
  if (colon > 0 && !ref.startsWith('ft:') && !uri) lookup(ref.slice(0, colon), `in model \`${ref}\``);
  return { provider: lookup(conventionalProviderType(ref), `by convention for \`${ref}\``), model: ref };
}

/**
 * The ref a model name of a GitHub Models `.prompt.yml` stands for. `gh models eval` sends every
 * model to GitHub Models, bare names (`gpt-4o-mini`) included, so such names get the `github`
 * provider unless promptgate.yaml routes them: an explicit `provider:` prefix, a `models:` glob or
 * `default_provider` wins, as for any other prompt.
 */
export function githubModelsFileRef(ref: ModelRef, config: RoutingConfig): ModelRef {
  if (ref === '') return ref;
  const colon = ref.indexOf(':');
  if (colon > 0 && Object.hasOwn(knownProviders(config), ref.slice(0, colon))) return ref;
  const globbed = Object.keys(config.models).some((pattern) => modelGlob(pattern)(ref));
  if (globbed || config.defaultProvider) return ref;
  return `github:${ref}`;
}

/** Compiled `models:` globs (validated when promptgate.yaml is read), by pattern. */
const modelGlobs = new Map<string, (name: string) => boolean>();

/** `*` crosses `/` in model names, so `*mini` matches `openai/gpt-4o-mini`: they are not paths. */
function modelGlob(pattern: string): (name: string) => boolean {
  let test = modelGlobs.get(pattern);
  if (!test) {
    test = compileGlob(pattern, 'name');
    modelGlobs.set(pattern, test);
  }
  return test;
}
