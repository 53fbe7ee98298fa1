import { hash } from 'node:crypto';
import { CONFIG_FILE, DEFAULT_LIMITS, defaultConfig, parseConfig } from '../config/load.js';
import { limitedSnapshot } from '../repo/limited.js';
import type { Config } from '../config/types.js';
import { ConfigError, getErrorMessage, SymlinkEscapeError, TemplateSandboxError } from '../errors.js';
import { loadPromptFile } from '../prompts/load.js';
import type { PromptFile } from '../prompts/types.js';
import { FileTooLargeError } from '../repo/limited.js';
import type { RepoSnapshot } from '../repo/snapshot.js';
import { parseSuite, referencedFiles } from '../suites/parse.js';
import { TextMemo } from '../text-memo.js';
import type { MetricSpec, Suite } from '../suites/types.js';
import { githubModelsFileRef } from '../providers/routing.js';
import { githubLlmMetric, GitHubLlmConfigSchema } from '../metrics/github/llm.js';
import { isValid } from '../validation/validate.js';
import { compareText } from '../core/order.js';
import { compileGlobs } from '../core/glob.js';

/** Everything promptgate knows about a repository at one snapshot. */
export interface Project {
  snapshot: RepoSnapshot;
  config: Config;
  prompts: PromptFile[];
  suites: Suite[];
  /** sha256 of each suite file and the files it references, by suite path. */
  suiteHashes: Map<string, string>;
  /** Lenient and isolating loads: files that could not be loaded, with the reason (path -> message). */
  errors: Map<string, string>;
  /** The paths of `errors` that were refused (template sandbox, symlink out of the repository, size). */
  refused: Set<string>;
}

export interface LoadOptions {
  /**
   * One broken file is that file's error: every file that fails to load (or a suite naming a
   * prompt that does not exist, a second prompt with a taken id) is left out and recorded in
   * `errors`, and everything else loads. Used by eval and compare, which report those errors.
   */
  isolate?: boolean;
  /**
   * Collect broken files in `errors` instead of throwing. Used for the baseline: a prompt that was
   * malformed at base must not stop the gate on a PR that fixes it.
   */
  lenient?: boolean;
}

/** Suites by path and content digest: compare loads each unchanged suite at base and at head. */
const parsedSuites = new TextMemo<Suite>();
/** The files each suite text references, by path and text (the same at base and at head). */
const suiteReferences = new TextMemo<string[]>();

export async function loadConfig(snapshot: RepoSnapshot, configPath = CONFIG_FILE): Promise<Config> {
  const text = await limitedSnapshot(snapshot, DEFAULT_LIMITS.maxFileBytes).readFile(configPath);
  if (text === undefined) {
    if (configPath !== CONFIG_FILE) throw new ConfigError('config file not found', { file: configPath });
    return defaultConfig();
  }
  return parseConfig(text, configPath);
}

export function matcher(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  // Dotfiles match: prompts often live under `.github/prompts/`; the default excludes cover `.git` and `.promptgate`.
  const inc = compileGlobs(include, 'path');
  const exc = compileGlobs(exclude, 'path');
  return (path) => inc(path) && !exc(path);
}

/** Loads every prompt and suite the config's globs find. Any mistake is a ConfigError. */
export async function loadProject(
  whole: RepoSnapshot,
  config: Config,
  options: LoadOptions = {},
): Promise<Project> {
  const snapshot = limitedSnapshot(whole, config.limits.maxFileBytes);
  const files = await snapshot.listFiles();
  const isPrompt = matcher(config.prompts, config.exclude);
  const isSuite = matcher(config.suites, config.exclude);
  const errors = new Map<string, string>();
  const refused = new Set<string>();
  const guard = async <T>(path: string, load: () => Promise<T>): Promise<T | undefined> => {
    if (!options.lenient && !options.isolate) return load();
    try {
      return await load();
    } catch (error) {
      // A refusal (template sandbox, symlink out of the repository, size limit) is that file's
      // error like any other: the refused file is left out, so nothing of it renders or is called.
      errors.set(path, getErrorMessage(error));
      if (isRefusal(error)) refused.add(path);
      return undefined;
    }
  };

  const prompts = (
    await Promise.all(
      files.filter(isPrompt).map((p) =>
        guard(p, async () => {
          const prompt = await loadPromptFile(snapshot, p, config.templatePaths);
          if (prompt.embeddedSuite) checkCaseCount(prompt.embeddedSuite, config);
          return prompt;
        }),
      ),
    )
  )
    .filter((p): p is PromptFile => p !== undefined)
    .map((p) => (p.format === 'github' ? withGitHubModelsRoutes(p, config) : p));
  if (options.isolate) {
    for (const [path, message] of duplicateIdErrors(prompts)) errors.set(path, message);
  } else if (!options.lenient) checkUniquePromptIds(prompts);

  const suiteHashes = new Map<string, string>();
  const loaded = await Promise.all(
    files.filter(isSuite).map((path) =>
      guard(path, async () => {
        const text = (await snapshot.readFile(path)) ?? '';
        const refs = new Map<string, string>();
        for (const ref of suiteReferences.get(`${path}\0${text}`, () => referencedFiles(text, path))) {
          const content = await snapshot.readFile(ref);
          if (content !== undefined) refs.set(ref, content);
        }
        // One string hashed once: the same bytes (and digest) as hashing the parts in turn.
        const parts = [text];
        for (const [ref, content] of [...refs].sort(([a], [b]) => compareText(a, b)))
          parts.push(`\0${ref}\0${content}`);
        const digest = hash('sha256', parts.join(''));
        suiteHashes.set(path, digest);
        // The digest covers the suite's text and every file it references: same digest, same suite.
        return checkCaseCount(
          parsedSuites.get(`${path}\0${digest}`, () => parseSuite(text, path, refs)),
          config,
        );
      }),
    ),
  );
  const suites = loaded.filter((s): s is Suite => s !== undefined);

  const project: Project = {
    snapshot: whole,
    config,
    prompts: prompts.filter((p) => !errors.has(p.path)).sort((a, b) => compareText(a.id, b.id)),
    suites,
    suiteHashes,
    errors,
    refused,
  };
  if (options.lenient) return project;
  const promptFailed = [...errors.keys()].some(isPrompt);
  const dropped = new Set<string>();
  for (const suite of suites) {
    try {
      checkSuiteTarget(project, suite);
    } catch (error) {
      if (!options.isolate) throw error;
      // The prompt a suite names is most likely one that failed to load: its own error says why.
      if (promptFailed && !findPrompt(project, suite.prompt)) dropped.add(suite.path);
      else errors.set(suite.path, getErrorMessage(error));
    }
  }
  return { ...project, suites: suites.filter((s) => !errors.has(s.path) && !dropped.has(s.path)) };
}

/** Errors that refuse untrusted input rather than report a mistake: an `error` even in compare. */
function isRefusal(error: unknown): boolean {
  return (
    error instanceof TemplateSandboxError ||
    error instanceof SymlinkEscapeError ||
    error instanceof FileTooLargeError
  );
}

/** A suite must name a prompt that exists and names a model. */
function checkSuiteTarget(project: Project, suite: Suite): void {
  const tested = findPrompt(project, suite.prompt);
  if (tested && tested.model === '') {
    throw new ConfigError(
      `the suite tests prompt \`${tested.id}\`, which names no \`model\``,
      { file: tested.path, line: 1 },
      'add e.g. `model: openai/gpt-4o-mini` to the prompt file',
    );
  }
  if (!tested) {
    throw new ConfigError(
      `the suite tests prompt \`${suite.prompt}\`, which does not exist`,
      { file: suite.path, line: 1 },
      `known prompts: ${knownIds(project.prompts.map((p) => p.id))}; only files matched by the \`prompts\` globs of promptgate.yaml are prompts (${project.config.prompts.map((g) => `\`${g}\``).join(', ')}): a prompt elsewhere needs a glob`,
    );
  }
}

/** At most ten ids, and how many more: a hint must stay readable in a repository of thousands. */
function knownIds(ids: string[]): string {
  if (ids.length === 0) return 'none';
  return ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', ');
}

/** More cases than `limits.max_cases` is refused before any of them runs. */
function checkCaseCount(suite: Suite, config: Config): Suite {
  const count = suite.cases.length;
  if (count > config.limits.maxCases) {
    throw new ConfigError(
      `${count} cases, more than the limit of ${config.limits.maxCases}`,
      { file: suite.path },
      'split the suite, or raise `limits.max_cases` in promptgate.yaml',
    );
  }
  return suite;
}

/** The model and `llm` judge names of a `.prompt.yml` as gh routes them (see githubModelsFileRef). */
function withGitHubModelsRoutes(prompt: PromptFile, config: Config): PromptFile {
  const suite = prompt.embeddedSuite;
  const route = (spec: MetricSpec): MetricSpec => {
    const llm = spec.config;
    if (spec.type !== githubLlmMetric.type || !isValid(GitHubLlmConfigSchema, llm)) return spec;
    return { ...spec, config: { ...llm, model: githubModelsFileRef(llm.model, config) } };
  };
  return {
    ...prompt,
    model: githubModelsFileRef(prompt.model, config),
    ...(suite ? { embeddedSuite: { ...suite, metrics: suite.metrics.map(route) } } : {}),
  };
}

/** A suite names its prompt by id or by repo path. */
export function findPrompt(project: Pick<Project, 'prompts'>, ref: string): PromptFile | undefined {
  return promptIndex(project.prompts).get(ref);
}

/**
 * The first prompt (in list order) whose id or path is each name, built once per prompt list:
 * every suite looks its prompt up, so a linear search is quadratic in a large repository.
 */
const promptIndexes = new WeakMap<readonly PromptFile[], { size: number; byName: Map<string, PromptFile> }>();

function promptIndex(prompts: readonly PromptFile[]): Map<string, PromptFile> {
  const known = promptIndexes.get(prompts);
  // A list that grew or shrank since it was indexed is indexed again.
  if (known && known.size === prompts.length) return known.byName;
  const byName = new Map<string, PromptFile>();
  for (const prompt of prompts) {
    if (!byName.has(prompt.id)) byName.set(prompt.id, prompt);
    if (!byName.has(prompt.path)) byName.set(prompt.path, prompt);
  }
  promptIndexes.set(prompts, { size: prompts.length, byName });
  return byName;
}

/** The suites that evaluate a prompt: its embedded GitHub Models tests plus every suite naming it. */
export function suitesFor(project: Pick<Project, 'suites'>, prompt: PromptFile): Suite[] {
  const index = suiteIndex(project.suites);
  const byId = index.get(prompt.id) ?? [];
  const byPath = prompt.path === prompt.id ? [] : (index.get(prompt.path) ?? []);
  // In the order of `suites`, as a filter over it would give.
  const named = [...byId, ...byPath].sort((a, b) => a - b).map((i) => project.suites[i] as Suite);
  return prompt.embeddedSuite ? [prompt.embeddedSuite, ...named] : named;
}

/** Positions of the suites naming each prompt, built once per suite list: lookups stay O(1) in large repos. */
const suiteIndexes = new WeakMap<readonly Suite[], { size: number; positions: Map<string, number[]> }>();

function suiteIndex(suites: readonly Suite[]): Map<string, number[]> {
  const known = suiteIndexes.get(suites);
  // A list that grew or shrank since it was indexed is indexed again.
  if (known && known.size === suites.length) return known.positions;
  const positions = new Map<string, number[]>();
  for (const [i, suite] of suites.entries()) {
    const list = positions.get(suite.prompt);
    if (list) list.push(i);
    else positions.set(suite.prompt, [i]);
  }
  suiteIndexes.set(suites, { size: suites.length, positions });
  return positions;
}

/** path -> error for every prompt whose id an earlier one (in path order, by code units) already uses. */
function duplicateIdErrors(prompts: PromptFile[]): Map<string, string> {
  const byId = new Map<string, string>();
  const errors = new Map<string, string>();
  for (const p of [...prompts].sort((a, b) => compareText(a.path, b.path))) {
    const other = byId.get(p.id);
    if (other) errors.set(p.path, `${p.path}:1: prompt id \`${p.id}\` is also used by ${other}`);
    else byId.set(p.id, p.path);
  }
  return errors;
}

function checkUniquePromptIds(prompts: PromptFile[]): void {
  const byId = new Map<string, string>();
  for (const p of prompts) {
    const other = byId.get(p.id);
    if (other)
      throw new ConfigError(
        `prompt id \`${p.id}\` is also used by ${other}`,
        { file: p.path, line: 1 },
        'prompt ids must be unique',
      );
    byId.set(p.id, p.path);
  }
}

/**
 * The fingerprint of everything a prompt's evaluation depends on: the prompt and its partials, the
 * suites that test it and the files they reference, and the config that routes models, judges and
 * gates. Two snapshots need a new evaluation of a prompt exactly when its fingerprints differ, which
 * catches changes that file-list heuristics miss (a partial, a schema, a judge template, a route).
 */
export function fingerprint(project: Project, prompt: PromptFile): string {
  const suites = suitesFor(project, prompt)
    .map((s) => `${s.path}:${project.suiteHashes.get(s.path) ?? prompt.contentHash}`)
    .sort();
  // The JSON of {prompt, suites, config} as one object would serialise it, config written once per config.
  const json = `{"prompt":${JSON.stringify(prompt.contentHash)},"suites":${JSON.stringify(suites)},"config":${relevantConfigJson(project.config)}}`;
  return hash('sha256', json);
}

const relevantConfigJsons = new WeakMap<Config, string>();

/** The config settings that route models, judges and gates, as JSON: the same for every prompt of a project. */
function relevantConfigJson(c: Config): string {
  let json = relevantConfigJsons.get(c);
  if (json === undefined) {
    json = JSON.stringify({
      providers: c.providers,
      models: c.models,
      defaultProvider: c.defaultProvider,
      judgeModel: c.judgeModel,
      gate: c.gate,
      templatePaths: c.templatePaths,
    });
    relevantConfigJsons.set(c, json);
  }
  return json;
}
