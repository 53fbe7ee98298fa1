import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeLeftoverTemps, writeFileAtomically } from '../../src/fs/atomic-write.js';

/** When set, the next file written through a handle gets half its content, then the disk is "full". */
const failure = vi.hoisted(() => ({ armed: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    if (!failure.armed) return handle;
    failure.armed = false;
    const writeFile: typeof handle.writeFile = async (data) => {
      const text = typeof data === 'string' ? data : '';
      await actual.writeFile(handle, text.slice(0, text.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    return Object.assign(handle, { writeFile });
  };
  return { ...actual, open, default: { ...actual, open } };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptgate-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomically', () => {
  it('replaces the file and keeps its mode', async () => {
    const file = join(dir, 'lock.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o640);
    await writeFileAtomically(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['lock.yaml']);
  });

  it('creates missing directories', async () => {
    await writeFileAtomically(join(dir, 'a', 'b', 'report.json'), '{}\n');
    expect(readFileSync(join(dir, 'a', 'b', 'report.json'), 'utf8')).toBe('{}\n');
  });

  it('leaves the previous file intact and no temporary file when the write fails midway', async () => {
    const file = join(dir, 'lock.yaml');
    writeFileSync(file, 'previous content\n');
    failure.armed = true;
    await expect(writeFileAtomically(file, 'x'.repeat(10_000))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(file, 'utf8')).toBe('previous content\n');
    expect(readdirSync(dir)).toEqual(['lock.yaml']);
  });

  it('removes temporary files a killed writer left, and nothing else', async () => {
    const file = join(dir, 'lock.yaml');
    writeFileSync(file, 'kept\n');
    writeFileSync(join(dir, 'lock.yaml.0123456789ab.tmp'), 'half');
    writeFileSync(join(dir, 'lock.yaml.notes.tmp'), 'not ours');
    writeFileSync(join(dir, 'other.yaml.0123456789ab.tmp'), 'another file');
    await removeLeftoverTemps(file);
    expect(readdirSync(dir).sort()).toEqual([
      'lock.yaml',
      'lock.yaml.notes.tmp',
      'other.yaml.0123456789ab.tmp',
    ]);
  });
});
