/**
 * The CLI's stdout and stderr as a CI log sees them: the runner reads workflow commands per line
 * (`::cmd::` at a line's start, `##[cmd]` anywhere in it), so the filter must see whole lines. Two
 * writes that each hold half of `##[set-output ...]` would each pass it and join in the log.
 */
import { neutralizeWorkflowCommands } from './report/escape.js';

/** Where the CLI writes text (a stream, or a test's recorder). */
export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** A log-safe sink; `flush` writes a line still waiting for its end (call it before exiting). */
export interface LogSink extends TextSink {
  flush(): void;
}

/**
 * `sink` with workflow commands neutralised over whole lines. Text after the last line break (`\n`,
 * or `\r`, which the runner also ends lines with) waits for the rest of its line, or for `flush`.
 * A terminal is no CI log and shows progress on a line that `\r` rewrites: it gets each write at
 * once, filtered on its own. isTTY and columns read through to the stream.
 */
export function logSafe(sink: TextSink): LogSink {
  let pending = '';
  return {
    write(text: string) {
      if (sink.isTTY === true) return sink.write(neutralizeWorkflowCommands(text));
      const lines = pending + text;
      const end = Math.max(lines.lastIndexOf('\n'), lines.lastIndexOf('\r')) + 1;
      pending = lines.slice(end);
      return end > 0 ? sink.write(neutralizeWorkflowCommands(lines.slice(0, end))) : true;
    },
    flush() {
      if (!pending) return;
      const rest = pending;
      pending = '';
      sink.write(neutralizeWorkflowCommands(rest));
    },
    get isTTY() {
      return sink.isTTY;
    },
    get columns() {
      return sink.columns;
    },
  };
}
