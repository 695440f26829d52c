import { describe, expect, it } from 'vitest';
import { retryDelay } from '../../../src/web/sync/sync-scheduler.ts';

describe('retrying a failed sync', () => {
  it('waits longer after each failure, with jitter, and never more than ten minutes', () => {
    const low = () => 0;
    const high = () => 0.999;
    expect(retryDelay(1, low)).toBe(2_500);
    expect(retryDelay(2, low)).toBe(5_000);
    expect(retryDelay(3, high)).toBeGreaterThan(retryDelay(3, low) * 2.9);
    expect(retryDelay(30, high)).toBeLessThanOrEqual(15 * 60_000);
    expect(retryDelay(30, low)).toBe(5 * 60_000);
  });
});
