import type { Clocks } from './merge.ts';

/** FNV-1a over UTF-16 code units; two seeds give 64 bits, plenty to notice drift (not an attacker). */
function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * An order-independent digest of a set of records' ids and field clocks: the client and the
 * server each fold in what they hold for a collection and compare the text.
 */
export class ScopeDigest {
  private count = 0;
  private low = 0;
  private high = 0;

  add(id: string, clocks: Clocks): void {
    const fields = Object.keys(clocks).sort();
    const text = `${id.toLowerCase()}|${fields.map((f) => `${f}=${clocks[f] ?? ''}`).join(',')}`;
    this.count++;
    this.low = (this.low + fnv1a(text, 0x811c9dc5)) >>> 0;
    this.high = (this.high + fnv1a(text, 0x050c5d1f)) >>> 0;
  }

  value(): string {
    return `${this.count}:${hex8(this.low)}${hex8(this.high)}`;
  }
}
