/**
 * SIGINT / SIGTERM (Ctrl-C, a cancelled job): the run stops issuing model calls, aborts the ones in
 * flight, keeps what finished, and still writes every requested output with verdict `error`. A second
 * signal exits at once.
 */

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The conventional exit status of a process ended by the signal (128 + its number). */
const EXIT_CODES: Record<InterruptSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/** The abort reason of an interrupted run; the run's report says "interrupted". */
export class InterruptedError extends Error {
  readonly exitCode: number;
  constructor(readonly signal: InterruptSignal) {
    super(`interrupted by ${signal}: no further model calls were made; finished results are kept`);
    this.name = 'InterruptedError';
    this.exitCode = EXIT_CODES[signal];
  }
}

export interface Interruption {
  /** Aborted, with an InterruptedError as its reason, when the first signal arrives. */
  readonly signal: AbortSignal;
  /** 130 or 143 once interrupted. */
  exitCode(): number | undefined;
  /** Removes the handlers (the process's default behaviour returns). */
  dispose(): void;
}

/** The part of `process` this needs; tests pass an EventEmitter. */
export interface SignalSource {
  on(signal: InterruptSignal, listener: () => void): unknown;
  off(signal: InterruptSignal, listener: () => void): unknown;
}

export interface InterruptOptions {
  /** Told once, when the first signal arrives. */
  onInterrupt?: (error: InterruptedError) => void;
  /** The second signal: give up on writing outputs. */
  exitNow?: (code: number) => void;
}

export function listenForInterrupts(
  source: SignalSource = process,
  options: InterruptOptions = {},
): Interruption {
  const controller = new AbortController();
  const exitNow = options.exitNow ?? ((code: number) => process.exit(code));
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = () => {
      if (controller.signal.aborted) {
        exitNow(EXIT_CODES[name]);
        return;
      }
      const error = new InterruptedError(name);
      controller.abort(error);
      options.onInterrupt?.(error);
    };
    source.on(name, handler);
    return { name, handler };
  });
  return {
    signal: controller.signal,
    exitCode: () => interruptionOf(controller.signal)?.exitCode,
    dispose: () => {
      for (const { name, handler } of handlers) source.off(name, handler);
    },
  };
}

/** The interruption behind an aborted signal, if that is why it was aborted. */
export function interruptionOf(signal: AbortSignal | undefined): InterruptedError | undefined {
  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  return reason instanceof InterruptedError ? reason : undefined;
}
