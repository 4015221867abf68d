/**
 * Values by 16-bit message ID, for the queries a channel has in flight: open addressing with
 * linear probing in a power-of-two table kept at most half full. A Map that gains and loses
 * an entry per query keeps rebuilding its hash table (deleted entries fill it up): in a bulk
 * fetch that was a sixteenth of all the memory allocated. Here a query writes a slot and
 * clears it; the table only grows, and only when more queries are in flight than ever before.
 * The IDs are random (a CSPRNG draw), so their low bits spread them over the table.
 */
export class IdTable<T> {
  /** The ID in each slot, -1 for none. */
  private keys: Int32Array;
  private vals: (T | undefined)[];
  private mask: number;
  private count = 0;

  constructor(capacity = 128) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(2, capacity)));
    this.keys = new Int32Array(size).fill(-1);
    this.vals = new Array<T | undefined>(size).fill(undefined);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  has(id: number): boolean {
    return this.slotOf(id) >= 0;
  }

  get(id: number): T | undefined {
    const slot = this.slotOf(id);
    return slot >= 0 ? this.vals[slot] : undefined;
  }

  /** Sets the value of `id`, replacing any it had. */
  set(id: number, value: T): void {
    const existing = this.slotOf(id);
    if (existing >= 0) {
      this.vals[existing] = value;
      return;
    }
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    let slot = id & this.mask;
    while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[slot] = id;
    this.vals[slot] = value;
    this.count++;
  }

  /**
   * Removes `id`; true when it was there. The entries after it in its probe run move back
   * (backward-shift deletion), so no lookup ever has to step over a tombstone.
   */
  delete(id: number): boolean {
    let hole = this.slotOf(id);
    if (hole < 0) return false;
    const mask = this.mask;
    let slot = (hole + 1) & mask;
    while (this.keys[slot] !== -1) {
      const home = this.keys[slot]! & mask;
      // The entry at `slot` may fill the hole when its home is not cyclically in (hole, slot].
      if (((slot - home) & mask) >= ((slot - hole) & mask)) {
        this.keys[hole] = this.keys[slot]!;
        this.vals[hole] = this.vals[slot];
        hole = slot;
      }
      slot = (slot + 1) & mask;
    }
    this.keys[hole] = -1;
    this.vals[hole] = undefined;
    this.count--;
    return true;
  }

  /** Every value, in no particular order. */
  values(): T[] {
    const out: T[] = [];
    if (this.count === 0) return out;
    for (let slot = 0; slot < this.keys.length; slot++)
      if (this.keys[slot] !== -1) out.push(this.vals[slot] as T);
    return out;
  }

  /** Every (ID, value), in no particular order. */
  entries(): [number, T][] {
    const out: [number, T][] = [];
    if (this.count === 0) return out;
    for (let slot = 0; slot < this.keys.length; slot++)
      if (this.keys[slot] !== -1) out.push([this.keys[slot]!, this.vals[slot] as T]);
    return out;
  }

  clear(): void {
    if (this.count === 0) return;
    this.keys.fill(-1);
    this.vals.fill(undefined);
    this.count = 0;
  }

  private slotOf(id: number): number {
    const mask = this.mask;
    for (let slot = id & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === id) return slot;
      if (key === -1) return -1;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    const size = keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.vals = new Array<T | undefined>(size).fill(undefined);
    this.mask = size - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const id = keys[slot]!;
      if (id === -1) continue;
      let to = id & this.mask;
      while (this.keys[to] !== -1) to = (to + 1) & this.mask;
      this.keys[to] = id;
      this.vals[to] = vals[slot];
    }
  }
}
