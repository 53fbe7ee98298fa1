import { ConfigError } from '../errors.js';
import type { RepoSnapshot } from './snapshot.js';

/** A repository file larger than `limits.max_file_bytes`: refused before it is read. Exit code 2. */
export class FileTooLargeError extends ConfigError {
  constructor(
    readonly file: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `the file is ${megabytes(bytes)}, more than the limit of ${megabytes(limit)}; it was not read`,
      { file },
      'raise `limits.max_file_bytes` in promptgate.yaml if the file is meant to be this large',
    );
    this.name = 'FileTooLargeError';
  }
}

/**
 * The same snapshot, except that a file over `maxBytes` is refused by its size (stat, or the size
 * git records) before any of it is read: a pull request cannot make promptgate load a huge file.
 */
export function limitedSnapshot(snapshot: RepoSnapshot, maxBytes: number): RepoSnapshot {
  return {
    label: snapshot.label,
    sha: snapshot.sha,
    listFiles: () => snapshot.listFiles(),
    fileSize: (path) => snapshot.fileSize(path),
    async readFile(path) {
      const bytes = await snapshot.fileSize(path);
      if (bytes !== undefined && bytes > maxBytes) throw new FileTooLargeError(path, bytes, maxBytes);
      return snapshot.readFile(path);
    },
  };
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}
