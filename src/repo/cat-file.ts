import { spawn } from 'node:child_process';
import type { Writable, Readable } from 'node:stream';

/** How long an idle `git cat-file` process lingers for the next read before it is ended. */
const IDLE_MS = 50;

/**
 * Reads blobs through `git cat-file --batch`: one process answers many reads in order, which is
 * far cheaper than a `git show` per file when a project loads hundreds of prompts and suites. The
 * process starts on the first read and ends after a short idle period (or `close()`), so nothing
 * lingers and keeps Node alive.
 */
export class CatFileReader {
  private current?: BatchProcess;
  private idleTimer?: NodeJS.Timeout;

  constructor(private readonly root: string) {}

  /** The blob's bytes, or undefined when git does not have the object. */
  read(oid: string): Promise<Buffer | undefined> {
    clearTimeout(this.idleTimer);
    if (!this.current || this.current.failed) this.current = new BatchProcess(this.root, () => this.onIdle());
    return this.current.request(oid);
  }

  /** Ends the process once it has answered what it was asked. */
  close(): void {
    clearTimeout(this.idleTimer);
    this.current?.end();
    this.current = undefined;
  }

  private onIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), IDLE_MS);
  }
}

interface PendingRead {
  oid: string;
  resolve(content: Buffer | undefined): void;
  reject(error: Error): void;
}

/** One running `git cat-file --batch`: requests go to stdin, answers come back in the same order. */
class BatchProcess {
  private readonly pending: PendingRead[] = [];
  private readonly stdin: Writable;
  private buffered = Buffer.alloc(0);
  private stderr = '';
  private failure?: Error;

  get failed(): boolean {
    return this.failure !== undefined;
  }

  constructor(root: string, onIdle: () => void) {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    this.stdin = child.stdin;
    const stdout: Readable = child.stdout;
    stdout.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.drain();
      if (this.pending.length === 0) onIdle();
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // A dead process surfaces through 'close'; swallowing EPIPE here avoids an unhandled 'error'.
    this.stdin.on('error', () => undefined);
    child.on('error', (error) => this.fail(new Error(`could not run git cat-file: ${error.message}`)));
    child.on('close', (code) =>
      this.fail(new Error(`git cat-file exited (${code ?? 'signal'}): ${this.stderr.trim()}`)),
    );
  }

  request(oid: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ oid, resolve, reject });
      this.stdin.write(`${oid}\n`);
    });
  }

  end(): void {
    this.stdin.end();
  }

  /** Answers are "<oid> <type> <size>\n<content>\n" or "<oid> missing\n". */
  private drain(): void {
    for (;;) {
      const next = this.pending[0];
      const newline = this.buffered.indexOf(0x0a);
      if (!next || newline < 0) return;
      const header = this.buffered.subarray(0, newline).toString('utf8');
      if (header.endsWith(' missing')) {
        this.buffered = this.buffered.subarray(newline + 1);
        this.pending.shift();
        next.resolve(undefined);
        continue;
      }
      const size = Number(header.split(' ')[2]);
      if (!Number.isInteger(size)) {
        this.fail(new Error(`unexpected git cat-file output: ${header}`));
        return;
      }
      const end = newline + 1 + size;
      if (this.buffered.length < end + 1) return;
      const content = Buffer.from(this.buffered.subarray(newline + 1, end));
      this.buffered = this.buffered.subarray(end + 1);
      this.pending.shift();
      next.resolve(content);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.stdin.end();
    for (const read of this.pending.splice(0)) read.reject(error);
  }
}
