import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { InterruptedError, interruptionOf, listenForInterrupts } from '../../src/interrupt.js';

describe('listenForInterrupts', () => {
  it('aborts on the first signal with its exit code, exits at once on the second', () => {
    const source = new EventEmitter();
    const exits: number[] = [];
    const told: string[] = [];
    const interruption = listenForInterrupts(source, {
      exitNow: (code) => exits.push(code),
      onInterrupt: (why) => told.push(why.signal),
    });
    expect(interruption.exitCode()).toBeUndefined();
    source.emit('SIGINT');
    expect(interruption.signal.aborted).toBe(true);
    expect(interruptionOf(interruption.signal)).toBeInstanceOf(InterruptedError);
    expect(interruption.exitCode()).toBe(130);
    expect(exits).toEqual([]);
    source.emit('SIGTERM');
    expect(exits).toEqual([143]);
    expect(told).toEqual(['SIGINT']);
    interruption.dispose();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });

  it('SIGTERM exits 143', () => {
    const source = new EventEmitter();
    const interruption = listenForInterrupts(source, { exitNow: () => undefined });
    source.emit('SIGTERM');
    expect(interruption.exitCode()).toBe(143);
  });
});
