import { promptReason } from '../core/reason.js';
import { idFromPath } from '../prompts/parse.js';
import type { ChangeStatus, PromptReport, Verdict } from '../report/types.js';

/**
 * A prompt or suite file that could not be loaded, reported as an entry of its own so that every
 * other prompt is still evaluated and reported: `error` in eval, `fail` in compare (the change
 * broke it), with the loader's message (file, line and fix) as the reason.
 */
export function fileErrorReport(
  path: string,
  message: string,
  verdict: Extract<Verdict, 'fail' | 'error'>,
  status: ChangeStatus,
  id = /\.prompt\.ya?ml$/i.test(path) ? idFromPath(path) : path,
): PromptReport {
  return {
    id,
    path,
    status,
    verdict,
    reasons: [promptReason(id, 'load-failed', `could not be loaded: ${message}`)],
    model: '',
    version: { notBumped: false },
    promptTokens: {},
    threshold: 1,
    metrics: [],
    cases: [],
    usage: {},
    errors: 1,
    loadError: message,
  };
}

/** The warning for a broken file that is outside what this run evaluates. */
export function untouchedFileWarning(path: string, message: string, why: string): string {
  return `${path} could not be loaded (${why}; fix it separately): ${message.replace(/\s*\n\s*/g, ' ')}`;
}

/**
 * A prompt that loaded but may not run (its template is refused by the sandbox, or a case cannot
 * render it): that prompt's `error`, with no call made for any of its cases.
 */
export function refusedPromptReport(
  prompt: { id: string; path: string; status: ChangeStatus },
  message: string,
): PromptReport {
  return {
    ...fileErrorReport(prompt.path, message, 'error', prompt.status, prompt.id),
    reasons: [promptReason(prompt.id, 'setup-failed', `not run (no case of it was called): ${message}`)],
  };
}
