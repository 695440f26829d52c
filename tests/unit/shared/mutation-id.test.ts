import { describe, expect, it } from 'vitest';
import { formatMutationId, randomMutationIdPrefix } from '../../../src/shared/sync/mutation-id.ts';
import { mutationSchema } from '../../../src/shared/sync/protocol.ts';

const tigilPc = 'a3f09c2e71b4d58';

describe('mutation ids of one library PC', () => {
  it('are valid wire ids, one per counter, sharing the device prefix', () => {
    const ids = [0, 1, 2, 4095, 4096, 2 ** 40].map((n) => formatMutationId(tigilPc, n));
    expect(new Set(ids).size).toBe(ids.length);
    for (const mid of ids) {
      expect(mutationSchema.shape.mid.safeParse(mid).success).toBe(true);
      expect(mid.replaceAll('-', '').startsWith('a3f09c2e71b4')).toBe(true);
    }
    expect(formatMutationId(tigilPc, 1)).toBe('a3f09c2e-71b4-8d58-8000-000000000001');
  });

  it('two PCs never share ids: their prefixes are random', () => {
    const prefixes = new Set(Array.from({ length: 200 }, randomMutationIdPrefix));
    expect(prefixes.size).toBe(200);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[0-9a-f]{15}$/);
  });

  it('refuses a malformed prefix or counter instead of sending a broken id', () => {
    expect(() => formatMutationId('not-hex', 1)).toThrow();
    expect(() => formatMutationId(tigilPc, -1)).toThrow();
    expect(() => formatMutationId(tigilPc, 1.5)).toThrow();
  });
});
