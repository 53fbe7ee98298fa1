import type { Report } from './report/types.js';

export interface NextStepsContext {
  /** Someone is watching: stderr is a terminal, and neither CI nor GitHub Actions runs us. */
  interactive: boolean;
  quiet: boolean;
  /** The user already asked for an HTML report: no need to suggest one. */
  wroteHtml: boolean;
}

/**
 * A short closing hint after an `eval` that ran only on the offline model (the demo in a fresh
 * clone): how to see the cases, gate a pull request, and evaluate for real. Never in CI logs or
 * quiet runs, and never after a run on a real model (its user is past the demo).
 */
export function demoNextSteps(report: Report, context: NextStepsContext): string | undefined {
  if (!context.interactive || context.quiet) return undefined;
  if (report.mode !== 'eval' || report.prompts.length === 0) return undefined;
  if (!report.prompts.every((prompt) => prompt.offline === true)) return undefined;
  const step = (command: string, what: string) => `  ${command.padEnd(43)}${what}`;
  const steps = [
    ...(context.wroteHtml
      ? []
      : [
          step(
            'npx promptgate eval --html report.html',
            'every case with its inputs and outputs, in a browser',
          ),
        ]),
    step(
      'npx promptgate compare --base origin/main',
      'in a pull request: the changed prompts, base against head',
    ),
    '  real models: set OPENAI_API_KEY (or GITHUB_TOKEN for GitHub Models) and route them in promptgate.yaml',
    '  (`default_provider`, `models:`); this run used the offline model, which only stands in for one',
  ];
  return `\nNext steps:\n${steps.join('\n')}\n`;
}

/** Whether a person is reading the terminal: a TTY, outside CI and GitHub Actions. */
export function isInteractive(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  const set = (name: string) => {
    const value = env[name];
    return value !== undefined && value !== '' && value !== 'false' && value !== '0';
  };
  return isTTY === true && !set('CI') && !set('GITHUB_ACTIONS');
}
