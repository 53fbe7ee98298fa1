import type { JudgeClient, JudgeReply, MetricInput, ParseContext } from '../../src/metrics/types.js';
import type { ChatMessage, ResponseFormat } from '../../src/providers/types.js';
import { parseMetricSpec } from '../../src/metrics/registry.js';
import type { MetricSpec } from '../../src/suites/types.js';

export const LOCATION = { file: 'evals/demo.eval.yaml', line: 7 };

/** A parse context over an in-memory set of files (paths relative to the suite). */
export function parseContext(files: Record<string, string> = {}): ParseContext & { dependencies: string[] } {
  const dependencies: string[] = [];
  return {
    location: LOCATION,
    dependencies,
    readFile: (path) => files[path],
    addDependency: (path) => {
      if (!dependencies.includes(path)) dependencies.push(path);
    },
  };
}

export function spec(raw: Record<string, unknown>, files: Record<string, string> = {}): MetricSpec {
  return parseMetricSpec(raw, parseContext(files), typeof raw.type === 'string' ? raw.type : 'metric');
}

export interface RecordedRequest {
  model?: string;
  messages: ChatMessage[];
  responseFormat?: ResponseFormat;
  temperature?: number | null;
}

/** A judge that replays scripted replies (a function of the request, or a queue) and records requests. */
export function fakeJudge(
  replies: (JudgeReply | string)[] | ((request: RecordedRequest) => JudgeReply | string),
) {
  const requests: RecordedRequest[] = [];
  const queue = Array.isArray(replies) ? [...replies] : undefined;
  const judge: JudgeClient = {
    complete(request) {
      requests.push(request);
      const next = queue ? queue.shift() : (replies as (r: RecordedRequest) => JudgeReply | string)(request);
      if (next === undefined) throw new Error('the fake judge ran out of replies');
      return Promise.resolve(typeof next === 'string' ? { ok: true, text: next } : next);
    },
  };
  return { judge, requests };
}

/** A judge that must not be called. */
export const noJudge: JudgeClient = {
  complete: () => Promise.reject(new Error('this metric must not call a judge')),
};

export function input(output: string, extra: Partial<MetricInput> = {}): MetricInput {
  return { output, vars: {}, messages: [{ role: 'user', content: 'the prompt' }], judge: noJudge, ...extra };
}
