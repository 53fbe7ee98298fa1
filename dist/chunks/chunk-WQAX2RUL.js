#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/errors.ts
var ConfigError = class extends Error {
  constructor(message, location, hint) {
    super(message);
    this.location = location;
    this.hint = hint;
    this.name = "ConfigError";
  }
  location;
  hint;
  exitCode = 2;
  /** "file:line: message (hint)" - the form printed to users. */
  format() {
    const where = this.location ? `${formatLocation(this.location)}: ` : "";
    return `${where}${this.message}${this.hint ? `
  hint: ${this.hint}` : ""}`;
  }
};
var TemplateSandboxError = class extends ConfigError {
  constructor(construct, location, hint) {
    super(`${construct} is not allowed in templates`, location, hint);
    this.construct = construct;
    this.name = "TemplateSandboxError";
  }
  construct;
};
var MissingSecretError = class extends ConfigError {
  constructor(variables, provider, message, hint) {
    super(message, void 0, hint);
    this.variables = variables;
    this.provider = provider;
    this.name = "MissingSecretError";
  }
  variables;
  provider;
};
var UntrustedRouteError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UntrustedRouteError";
  }
};
var SymlinkEscapeError = class extends ConfigError {
  constructor(link, target) {
    super(
      `\`${link}\` is a symbolic link to \`${target}\`, outside the repository; promptgate does not follow it`,
      { file: link },
      "replace the link with the file itself (or a link to a file inside the repository)"
    );
    this.link = link;
    this.target = target;
    this.name = "SymlinkEscapeError";
  }
  link;
  target;
};
var UsageError = class extends Error {
  exitCode = 2;
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var TemplateError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
    this.name = "TemplateError";
  }
  location;
};
function formatLocation(loc) {
  return loc.line === void 0 ? loc.file : `${loc.file}:${loc.line}${loc.column ? `:${loc.column}` : ""}`;
}
function getErrorMessage(error) {
  if (error instanceof ConfigError) return error.format();
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export {
  ConfigError,
  TemplateSandboxError,
  MissingSecretError,
  UntrustedRouteError,
  SymlinkEscapeError,
  UsageError,
  TemplateError,
  getErrorMessage
};
