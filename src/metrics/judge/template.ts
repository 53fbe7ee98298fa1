import nunjucks from 'nunjucks';
import { nunjucksVariables } from '../../prompts/template.js';
import type { MetricConfigReader } from '../config.js';

/** A user's judge prompt override, compiled at parse time so syntax errors surface before any call. */
export interface JudgeTemplate {
  path: string;
  render(variables: Record<string, unknown>): string;
}

const environment = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: true });

/**
 * Reads `template:` (relative to the suite) and checks it uses the variables the judge needs.
 * Templates cannot include other files: the judge prompt is one self-contained file.
 */
export function loadJudgeTemplate(
  path: string,
  reader: MetricConfigReader,
  required: readonly string[],
): JudgeTemplate {
  const source = reader.context.readFile(path);
  reader.context.addDependency(path);
  if (source === undefined)
    reader.fail(`judge template \`${path}\` was not found`, 'the path is relative to the suite file');
  let template: nunjucks.Template;
  let used: string[];
  try {
    template = new nunjucks.Template(source, environment, path, true);
    used = nunjucksVariables(source);
  } catch (error) {
    return reader.fail(`judge template \`${path}\` does not compile: ${firstLine(error)}`);
  }
  const missing = required.filter((name) => !used.includes(name));
  if (missing.length > 0) {
    reader.fail(
      `judge template \`${path}\` never uses ${missing.map((n) => `\`{{ ${n} }}\``).join(', ')}`,
      'the judge cannot grade what it does not see; wrap the output in its data tags, e.g. <candidate_output>{{ output }}</candidate_output>',
    );
  }
  return {
    path,
    render(variables) {
      try {
        return template.render(variables);
      } catch (error) {
        throw new Error(`judge template \`${path}\` failed to render: ${firstLine(error)}`, { cause: error });
      }
    },
  };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .pop() ?? message
  );
}
