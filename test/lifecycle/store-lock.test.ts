/**
 * The inter-process lock around lock-file updates, in-process: a lock left by a crashed process is
 * taken over, and a live holder that never lets go ends in a clear error that says what to remove.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyLockFile, parseLockFile, type LockFile } from '../../src/lifecycle/lockfile.js';
import { LockBusyError, LockLostError, readLockFile, updateLockFile } from '../../src/lifecycle/store.js';
import { lockedPrompt } from './builders.js';

const LOCK = 'promptgate.lock.yaml';
/** Short waits: the holder in these tests never lets go, so waiting the production minute proves nothing. */
const QUICK = {
  staleMs: 10_000,
  retries: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10, randomize: false },
};

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'promptgate-store-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('updateLockFile', () => {
  it('reads an absent lock file as empty, and leaves the file untouched when the update decides nothing', async () => {
    const seen = await updateLockFile(root, LOCK, (current) => ({ result: current }));
    expect(seen).toEqual(emptyLockFile());
    expect(existsSync(join(root, LOCK))).toBe(false);
    expect(existsSync(join(root, `${LOCK}.lock`))).toBe(false);
  });

  it('takes over a lock left behind by a crashed process', async () => {
    // The `.lock` directory of a process that died a minute ago, without a heartbeat since.
    const leftover = join(root, `${LOCK}.lock`);
    mkdirSync(leftover);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(leftover, minuteAgo, minuteAgo);

    const result = await updateLockFile(root, LOCK, () => ({ lock: emptyLockFile(), result: 'written' }));

    expect(result).toBe('written');
    expect(parseLockFile(readFileSync(join(root, LOCK), 'utf8'), LOCK)).toEqual(emptyLockFile());
    expect(existsSync(leftover)).toBe(false);
    expect(await readLockFile(root, LOCK)).toEqual(emptyLockFile());
  });

  it('gives up on a live holder with an error naming the lock to remove, and writes nothing', async () => {
    const release = await lockfile.lock(join(root, LOCK), { realpath: false });
    try {
      let updated = false;
      const error = await updateLockFile(
        root,
        LOCK,
        () => {
          updated = true;
          return { lock: emptyLockFile(), result: undefined };
        },
        QUICK,
      ).then(
        () => undefined,
        (e: unknown) => e,
      );

      expect(error).toBeInstanceOf(LockBusyError);
      expect((error as Error).message).toBe(
        `another promptgate process has been updating ${LOCK} for over a minute (${LOCK}.lock exists); ` +
          `if none is running, remove ${LOCK}.lock and run again`,
      );
      expect(updated).toBe(false);
      expect(existsSync(join(root, LOCK))).toBe(false);
    } finally {
      await release();
    }
  });

  describe('when this process stalls past the stale bound (a suspended runner, a blocked event loop)', () => {
    const mine: LockFile = { prompts: { 'support-reply': lockedPrompt({ version: '1.1.0' }) } };
    const theirs: LockFile = { prompts: { greet: lockedPrompt({ version: '2.0.0' }) } };

    /** The heartbeat did not run for a minute: the lock's directory looks abandoned to other processes. */
    const stall = () => {
      const minuteAgo = new Date(Date.now() - 60_000);
      utimesSync(join(root, `${LOCK}.lock`), minuteAgo, minuteAgo);
    };

    it("refuses to write when another process took the lock over meanwhile, and keeps that process's write", async () => {
      const error = await updateLockFile(root, LOCK, async () => {
        stall();
        // Another promptgate process takes the abandoned lock over (proper-lockfile's own takeover),
        // records its change and lets go, all before this one wakes up.
        await updateLockFile(root, LOCK, () => ({ lock: theirs, result: undefined }), QUICK);
        return { lock: mine, result: 'written' };
      }).then(
        () => undefined,
        (e: unknown) => e,
      );

      expect(error).toBeInstanceOf(LockLostError);
      expect((error as Error).message).toBe(
        `lost the lock on ${LOCK} while updating it (another process took it over): ` +
          `${LOCK} was not written, and another process may have changed it meanwhile; run the command again`,
      );
      expect(await readLockFile(root, LOCK)).toEqual(theirs);
      expect(existsSync(join(root, `${LOCK}.lock`))).toBe(false);
    });

    it('refuses to write when the lock went without a heartbeat past the stale bound, even if nobody took it yet', async () => {
      // Another process may be taking it over at this very moment, having read the old file.
      const error = await updateLockFile(root, LOCK, () => {
        stall();
        return { lock: mine, result: 'written' };
      }).then(
        () => undefined,
        (e: unknown) => e,
      );

      expect(error).toBeInstanceOf(LockLostError);
      expect((error as Error).message).toContain('(its heartbeat stalled for 60 s)');
      expect(existsSync(join(root, LOCK))).toBe(false);
    });

    it('writes after an update longer than the stale bound while the heartbeat keeps the lock fresh', async () => {
      // Bound 4 s: beats every 2 s, the write is refused past 3 s of silence, a second of slack for a busy machine.
      const result = await updateLockFile(
        root,
        LOCK,
        async () => {
          await new Promise((resolve) => setTimeout(resolve, 4_500));
          return { lock: mine, result: 'written' };
        },
        { ...QUICK, staleMs: 4_000 },
      );

      expect(result).toBe('written');
      expect(await readLockFile(root, LOCK)).toEqual(mine);
    });
  });
});
