/**
 * The CLI's V8 heap settings (src/heap-tuning.ts) take effect when set after start-up: in a fresh
 * process that churns short-lived objects, the young generation stops growing near its cap with them
 * and grows to V8's default without them. Each process runs from source (tsx) so the flags apply to it alone.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { tuneHeapForManyCalls, youngGenerationBytes } from '../../src/heap-tuning.js';

const TSX = import.meta.resolve('tsx');
const MODULE = new URL('../../src/heap-tuning.ts', import.meta.url).href;

/**
 * Allocates ~150 MB of objects that each outlive a few thousand others, yielding to the event loop
 * now and then as a run does, then reports the young generation's largest size.
 */
const CHURN = `
  import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
  import { tuneHeapForManyCalls, youngGenerationBytes } from ${JSON.stringify(MODULE)};
  const tuned = process.argv[1] === 'tuned' && tuneHeapForManyCalls();
  let inFlight = [];
  let largest = 0;
  for (let i = 0; i < 2_500_000; i++) {
    inFlight.push({ id: i, text: 'reply ' + i });
    if (inFlight.length > 20_000) inFlight = [];
    if (i % 10_000 === 0) {
      largest = Math.max(largest, youngGenerationBytes());
      await yieldToEventLoop();
    }
  }
  process.stdout.write(JSON.stringify({ tuned, youngGenerationMb: largest / 2 ** 20 }));
`;

async function churn(mode: 'tuned' | 'default'): Promise<string> {
  const run = promisify(execFile);
  const { stdout } = await run(process.execPath, [
    '--import',
    TSX,
    '--input-type=module',
    '--eval',
    CHURN,
    mode,
  ]);
  return stdout;
}

describe('heap tuning', () => {
  it('stops the young generation growing past its cap, and writes nothing of its own to stdout', async () => {
    const [tuned, untuned] = await Promise.all([churn('tuned'), churn('default')]);
    // The whole of stdout is the report: V8 would print a rejected flag's error there.
    const tunedRun = JSON.parse(tuned) as { tuned: boolean; youngGenerationMb: number };
    const defaultRun = JSON.parse(untuned) as { tuned: boolean; youngGenerationMb: number };
    expect(tunedRun.tuned).toBe(true);
    // The cap is 8 MB; a collection already under way when it is reached may double it once more.
    expect(tunedRun.youngGenerationMb).toBeLessThanOrEqual(16);
    expect(defaultRun.youngGenerationMb).toBeGreaterThanOrEqual(32);
  });

  it('tunes this test process too: its young generation grows no further than the cap allows', async () => {
    // This file has a process of its own (pool: forks), so the flags change no other test's heap.
    const before = youngGenerationBytes();
    expect(tuneHeapForManyCalls()).toBe(true);
    let inFlight: { id: number; text: string }[] = [];
    let largest = 0;
    for (let i = 0; i < 2_500_000; i++) {
      inFlight.push({ id: i, text: `reply ${i}` });
      if (inFlight.length > 20_000) inFlight = [];
      if (i % 10_000 === 0) {
        largest = Math.max(largest, youngGenerationBytes());
        await yieldToEventLoop();
      }
    }
    expect(largest).toBeLessThanOrEqual(Math.max(before, 16 * 2 ** 20));
  });

  it('leaves a V8 it was not checked on untuned', () => {
    expect(tuneHeapForManyCalls('99.0.1')).toBe(false);
  });
});
