#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WQAX2RUL.js";

// src/lifecycle/states.ts
var LIFECYCLE_STATUSES = [
  "draft",
  "testing",
  "staging",
  "production",
  "deprecated",
  "archived"
];
var TRANSITIONS = {
  // Not evaluated yet (or the evaluation failed).
  draft: ["testing", "archived"],
  // A passing evaluation of this exact content: it may be released.
  testing: ["draft", "staging", "production", "archived"],
  staging: ["testing", "production", "deprecated"],
  production: ["deprecated"],
  // Replaced or retired; a rollback brings it back.
  deprecated: ["staging", "production", "archived"],
  // Final: archived content is never served again.
  archived: []
};
function isLifecycleStatus(value) {
  return LIFECYCLE_STATUSES.includes(value);
}
var TransitionError = class extends UsageError {
  constructor(subject, from, to) {
    const allowed = TRANSITIONS[from];
    super(
      `${subject} is ${from}: ${from} -> ${to} is not allowed (allowed from ${from}: ${allowed.length > 0 ? allowed.join(", ") : "none, it is final"})`
    );
    this.subject = subject;
    this.from = from;
    this.to = to;
    this.name = "TransitionError";
  }
  subject;
  from;
  to;
};
function checkTransition(subject, from, to) {
  if (from !== to && !TRANSITIONS[from].includes(to)) throw new TransitionError(subject, from, to);
}

export {
  LIFECYCLE_STATUSES,
  isLifecycleStatus,
  TransitionError,
  checkTransition
};
