import * as core from '@actions/core';
import { neutralizeWorkflowCommands } from '../report/escape.js';

/** Where an annotation points. */
export interface AnnotationProps {
  file?: string;
  title?: string;
}

/**
 * Everything the action says to the runner, behind one port: the adapter in main.ts talks only to
 * this, so the action runs in-process in tests with a recording implementation.
 */
export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  /** Fails the step (exit code 1). */
  setFailed(message: string): void;
  /** The process's exit status when it ends (an interrupted run: 130 or 143). */
  setExitCode(code: number): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
}

/** The runner's own protocol, through @actions/core. */
export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (value) => core.setSecret(value),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message, props) => core.warning(message, props),
  error: (message, props) => core.error(message, props),
  setFailed: (message) => core.setFailed(message),
  setExitCode: (code) => {
    process.exitCode = code;
  },
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
};

/**
 * The port with every message made inert as workflow commands: messages quote pull request text
 * (file names, case ids, model output, error messages), and a line of it must not command the runner.
 * The action wraps its port with this once, so no path of it can print around it.
 */
export function logSafeIO(io: ActionIO): ActionIO {
  const safe = neutralizeWorkflowCommands;
  const safeProps = (props?: AnnotationProps): AnnotationProps | undefined =>
    props && { ...props, ...(props.title === undefined ? {} : { title: safe(props.title) }) };
  return {
    getInput: (name) => io.getInput(name),
    setOutput: (name, value) => io.setOutput(name, value),
    setSecret: (value) => io.setSecret(value),
    setExitCode: (code) => io.setExitCode(code),
    appendSummary: (markdown) => io.appendSummary(markdown),
    info: (message) => io.info(safe(message)),
    notice: (message) => io.notice(safe(message)),
    warning: (message, props) => io.warning(safe(message), safeProps(props)),
    error: (message, props) => io.error(safe(message), safeProps(props)),
    setFailed: (message) => io.setFailed(safe(message)),
  };
}
