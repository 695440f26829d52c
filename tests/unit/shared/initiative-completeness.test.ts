import { describe, expect, it } from 'vitest';
import { completenessProblems } from '../../../src/shared/domain/initiative-completeness.ts';
import type { Contest } from '../../../src/shared/model/contests.ts';
import { contestSchema } from '../../../src/shared/model/contests.ts';
import { seedContests } from '../../../src/server/seed/seed-contests.ts';
import { grantDraft } from './fixtures.ts';

const NOW = '2026-11-27T09:00:00.000Z';
const genericContest = (): Contest => contestSchema.parse(seedContests(NOW)[0]);

describe('completeness of the Ковран draft against a contest', () => {
  it('the seeded generic contest is a valid record with editable limits', () => {
    expect(genericContest().note).toContain('условные');
  });

  it('the draft as written lacks nothing the generic contest requires', () => {
    expect(completenessProblems(grantDraft(), genericContest())).toEqual([]);
  });

  it('names required sections left empty, dates and tables included', () => {
    const { endDate: _endDate, ...withoutEnd } = grantDraft();
    const draft = { ...withoutEnd, problem: '  ', team: [] };
    expect(completenessProblems(draft, genericContest())).toEqual([
      { kind: 'empty', section: 'startDate' },
      { kind: 'empty', section: 'problem' },
      { kind: 'empty', section: 'team' },
    ]);
  });

  it('names a text over the contest’s character limit with its length', () => {
    const contest = { ...genericContest(), characterLimits: [{ section: 'goal', maxChars: 20 }] };
    const problems = completenessProblems(grantDraft(), contest as Contest);
    expect(problems).toEqual([
      { kind: 'too_long', section: 'goal', length: grantDraft().goal?.length, limit: 20 },
    ]);
  });

  it('a request over the maximum sum counts without the group’s own contribution', () => {
    // the draft asks 287 000 ₽ of 341 000 ₽: over a 300 000 ₽ cap only if cofinancing counted
    const at = (maxRoubles: number) =>
      completenessProblems(grantDraft(), { ...genericContest(), maxSum: maxRoubles * 100 });
    expect(at(300_000)).toEqual([]);
    expect(at(200_000)).toEqual([
      { kind: 'over_max_sum', section: 'budget', requested: 28_700_000, limit: 20_000_000 },
    ]);
  });
});
