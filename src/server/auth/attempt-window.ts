import type { RateLimit } from '../config.ts';

/** A counted attempt; give it back when it turned out not to count (a right password). */
export interface Taken {
  giveBack(): void;
}

// past this many keys, expired ones are swept before a new key is added
const SWEEP_AT = 10_000;

/**
 * A sliding window of attempts per key, in this process's memory: at most `max` within
 * `timeWindowMs`. An attempt is counted when it starts, so guesses sent all at once cannot
 * slip through while the first ones are still being checked.
 */
export class AttemptWindow {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again; 0 when it may now. */
  waitMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit.max) return 0;
    return (recent[recent.length - this.limit.max] ?? 0) + this.limit.timeWindowMs - this.now();
  }

  take(key: string): Taken {
    if (!this.attempts.has(key) && this.attempts.size >= SWEEP_AT) this.sweep();
    const at = this.now();
    const list = this.recent(key);
    list.push(at);
    this.attempts.set(key, list);
    return {
      giveBack: () => {
        const current = this.attempts.get(key);
        const index = current?.indexOf(at) ?? -1;
        if (current && index >= 0) current.splice(index, 1);
      },
    };
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limit.timeWindowMs;
    const list = (this.attempts.get(key) ?? []).filter((at) => at > since);
    if (list.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, list);
    return list;
  }

  private sweep(): void {
    for (const key of [...this.attempts.keys()]) this.recent(key);
  }
}
