/**
 * A bounded cache for pure work on file text. `compare` loads every unchanged file twice (at base
 * and at head) and reads suites twice; with this, each distinct text is parsed and checked once per
 * process. Bounded, so a long-lived process (tests, a watch mode) cannot grow without limit. A
 * computation that throws is not remembered: the next caller gets its own error (with its own file).
 */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries = 10_000) {}

  get(key: string, compute: () => T): T {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    const value = compute();
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
