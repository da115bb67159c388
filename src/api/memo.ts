import type { Store } from '../core/store/store.js';

/**
 * Values computed from the store, kept until the store's data version changes (`Store.dataVersion`;
 * any commit, by this process or another one, changes it). A store without a data version gets no
 * caching, nor does one made with `enabled: false`: every value is computed afresh. Entries are bounded: the oldest are dropped first.
 */
export class VersionMemo {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<unknown>>();

  /** `onNewVersion` runs when a new data version is first seen (to rebuild what every request needs). */
  constructor(private readonly store: Store, private readonly options: { enabled?: boolean; maxEntries?: number; onNewVersion?: () => void } = {}) {}

  /** The store's current data version, or null when the store has none (or caching is off). */
  async currentVersion(): Promise<string | null> {
    if (!this.store.dataVersion || this.options.enabled === false) return null;
    const v = await this.store.dataVersion();
    if (v !== this.version) {
      this.version = v;
      this.entries.clear();
      this.options.onNewVersion?.();
    }
    return v;
  }

  /** The value under `key` for the current data version, computing it once. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.currentVersion();
    if (version === null) return compute();
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const value = compute();
    this.entries.set(key, value);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > (this.options.maxEntries ?? 2000)) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** The value under `key` when it is already computed or being computed for the current data version. */
  async peek<T>(key: string): Promise<T | undefined> {
    if ((await this.currentVersion()) === null) return undefined;
    const hit = this.entries.get(key) as Promise<T> | undefined;
    return hit ? await hit : undefined;
  }

  /** Forgets everything (after a write through this process). */
  clear(): void {
    this.entries.clear();
    this.version = null;
  }
}
