import type { ChatMessage, ResponseFormat, Role } from '../providers/types.js';
import type { Suite } from '../suites/types.js';

export interface ModelParameters {
  maxTokens?: number;
  temperature?: number;
  topP?: number;
}

export interface PromptMessageTemplate {
  role: Role;
  /** Template text: literal `{{var}}` for GitHub Models files, nunjucks for promptgate files. */
  content: string;
  /** 1-based line of this message in the prompt file, for error messages. */
  line?: number;
  /** 1-based line in the prompt file where the template text starts (after `|` of a block scalar). */
  bodyLine?: number;
}

/**
 * A loaded prompt file. Two formats:
 * - `github`: GitHub Models `.prompt.yml` (literal `{{var}}` substitution, testData + evaluators);
 * - `promptgate`: the same keys plus `id`, semver `version`, nunjucks templating with partials.
 */
export interface PromptFile {
  format: 'github' | 'promptgate';
  /** Stable identity. promptgate files declare it; GitHub files derive it from the path (`dir/name` without `.prompt.yml`). */
  id: string;
  /** Repo-relative posix path. */
  path: string;
  name?: string;
  description?: string;
  /** Semver for promptgate files; undefined for GitHub files (their version is the content hash). */
  version?: string;
  model: string;
  modelParameters: ModelParameters;
  responseFormat?: ResponseFormat;
  messages: PromptMessageTemplate[];
  /** Repo-relative paths of every partial the templates include (transitively). */
  partials: string[];
  /** Partial sources by the name the templates include them with (what the renderer needs). */
  partialSources?: Record<string, string>;
  /** Repo-relative path of each partial by the name the templates include it with (for errors). */
  partialPaths?: Record<string, string>;
  /** sha256 of the prompt file and its partials' contents. */
  contentHash: string;
  /** The testData + evaluators of a GitHub Models file, as a suite; undefined when it has none. */
  embeddedSuite?: Suite;
  /** Variable names the templates reference (static analysis), for lint and version-bump hints. */
  variables: string[];
}

export interface RenderedPrompt {
  messages: ChatMessage[];
}
