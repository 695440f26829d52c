import { describe, expect, it } from 'vitest';
import { isSentForReview, nextStatuses } from '../../../src/shared/domain/initiative-status.ts';

describe('the review path of a grant draft', () => {
  it('the village group sends its draft, and sends it again once revised', () => {
    expect(nextStatuses('staff', 'draft')).toEqual(['submitted']);
    expect(nextStatuses('staff', 'needs_changes')).toEqual(['revised']);
    expect(nextStatuses('staff', 'submitted')).toEqual([]);
    expect(nextStatuses('staff', 'ready')).toEqual([]);
  });

  it('the regional consultant returns it with notes or accepts it as ready', () => {
    expect(nextStatuses('regional', 'submitted')).toEqual(['needs_changes', 'ready']);
    expect(nextStatuses('regional', 'revised')).toEqual(['needs_changes', 'ready']);
    expect(nextStatuses('regional', 'draft')).toEqual([]);
  });

  it('the region sees only what has been sent', () => {
    expect(isSentForReview('draft')).toBe(false);
    expect(isSentForReview('needs_changes')).toBe(true);
  });
});
