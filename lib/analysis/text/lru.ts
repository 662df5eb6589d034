/**
 * A cache that forgets what has not been used lately: the parse cache must not grow with every keystroke of a long
 * session. Two generations stand in for exact recency: a hit in the older one moves to the newer, and when the
 * newer holds `limit` entries the older is dropped whole. A keystroke looks up every sentence of the draft, so a
 * hit is one Map lookup — an exact LRU's delete-and-reinsert on every hit cost more than the work it saved.
 */
export class Lru<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (!this.recent.has(key) && this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
  }

  /** Entries kept: at most twice `limit`. */
  get size(): number {
    return this.recent.size + this.older.size;
  }
}
