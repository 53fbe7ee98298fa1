#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/providers/types.ts
var ProviderError = class extends Error {
  constructor(message, retryable, retryAfterMs, status) {
    super(message);
    this.retryable = retryable;
    this.retryAfterMs = retryAfterMs;
    this.status = status;
    this.name = "ProviderError";
  }
  retryable;
  retryAfterMs;
  status;
};

export {
  ProviderError
};
