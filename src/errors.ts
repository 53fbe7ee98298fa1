/** Where in a user's file something was found; line and column are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A mistake in the user's configuration, prompt files or suites. Exit code 2.
 * The message names the file (and line when known) and says how to fix it.
 */
export class ConfigError extends Error {
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly location?: SourceLocation,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }

  /** "file:line: message (hint)" - the form printed to users. */
  format(): string {
    const where = this.location ? `${formatLocation(this.location)}: ` : '';
    return `${where}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}

/**
 * A template (prompt message, partial or judge template) uses a construct the template sandbox
 * refuses: a way towards JavaScript functions, constructors or prototypes. Its prompt is that
 * prompt's `error` and none of its cases is called; `construct` says what was refused.
 */
export class TemplateSandboxError extends ConfigError {
  constructor(
    readonly construct: string,
    location: SourceLocation,
    hint: string,
  ) {
    super(`${construct} is not allowed in templates`, location, hint);
    this.name = 'TemplateSandboxError';
  }
}

/**
 * A model cannot be called because the environment lacks a variable its provider needs (the API
 * key, or one a header references). Typed so callers decide from the fact, not the message: the
 * action skips a fork pull request (GitHub gives those no secrets) only on this error.
 */
export class MissingSecretError extends ConfigError {
  constructor(
    readonly variables: readonly string[],
    readonly provider: string,
    message: string,
    hint: string,
  ) {
    super(message, undefined, hint);
    this.name = 'MissingSecretError';
  }
}

/**
 * A model the run must not call because only the untrusted head's config routes it (see
 * config/trust.ts). The prompts that use it get `error` outcomes with this message; the run goes on.
 */
export class UntrustedRouteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UntrustedRouteError';
  }
}

/**
 * A file of the repository is a symbolic link (or sits under one) whose target is outside the
 * repository. promptgate never follows it, in the working tree or in a commit. Exit code 2.
 */
export class SymlinkEscapeError extends ConfigError {
  constructor(
    readonly link: string,
    readonly target: string,
  ) {
    super(
      `\`${link}\` is a symbolic link to \`${target}\`, outside the repository; promptgate does not follow it`,
      { file: link },
      'replace the link with the file itself (or a link to a file inside the repository)',
    );
    this.name = 'SymlinkEscapeError';
  }
}

/** Wrong command-line or action input. Exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A template could not be rendered (for instance an undefined variable). */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly location?: SourceLocation,
    /** The variables the template reads that the case lacks; empty when something else failed. */
    readonly missingVariables: readonly string[] = [],
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

export function formatLocation(loc: SourceLocation): string {
  return loc.line === undefined ? loc.file : `${loc.file}:${loc.line}${loc.column ? `:${loc.column}` : ''}`;
}

/** A readable message for anything thrown, including non-Error values. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ConfigError) return error.format();
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
