/**
 * A read-only view of the repository's files at one point: the working tree, or a commit read
 * straight from git (no checkout juggling). Everything that loads config, prompts, suites, partials
 * and schemas reads through this port, so the baseline and the candidate load the same way.
 */
export interface RepoSnapshot {
  /** Human label: `working tree` or a short sha. */
  readonly label: string;
  /** Full commit sha, or undefined for the working tree. */
  readonly sha?: string;
  /** Every file (repo-relative posix paths), sorted. */
  listFiles(): Promise<string[]>;
  /** File content as UTF-8, or undefined when the path does not exist in this snapshot. */
  readFile(path: string): Promise<string | undefined>;
  /** Size in bytes without reading the content (links resolved as readFile resolves them), or undefined. */
  fileSize(path: string): Promise<number | undefined>;
}

/** An in-memory snapshot: for tests of the pure core and for composing views. */
export class MemorySnapshot implements RepoSnapshot {
  constructor(
    private readonly files: Record<string, string>,
    readonly label = 'memory',
    readonly sha?: string,
  ) {}

  listFiles(): Promise<string[]> {
    return Promise.resolve(Object.keys(this.files).sort());
  }

  readFile(path: string): Promise<string | undefined> {
    return Promise.resolve(this.files[path]);
  }

  fileSize(path: string): Promise<number | undefined> {
    const text = this.files[path];
    return Promise.resolve(text === undefined ? undefined : Buffer.byteLength(text));
  }
}
