import { INITIATIVE_SECTIONS, type InitiativeSection } from '../../../shared/model/initiatives.ts';
import type { Contest } from '../../../shared/model/contests.ts';

/** The contest form as typed: roubles and limits as text, required sections as a set. */
export interface ContestDraft {
  name: string;
  maxSumRoubles: string;
  note: string;
  required: InitiativeSection[];
  limits: Partial<Record<InitiativeSection, string>>;
}

export const EMPTY_CONTEST: ContestDraft = {
  name: '',
  maxSumRoubles: '',
  note: '',
  required: [],
  limits: {},
};

export function draftOfContest(contest: Contest): ContestDraft {
  return {
    name: contest.name,
    maxSumRoubles: contest.maxSum === undefined ? '' : String(contest.maxSum / 100),
    note: contest.note ?? '',
    required: [...contest.requiredSections],
    limits: Object.fromEntries(contest.characterLimits.map((l) => [l.section, String(l.maxChars)])),
  };
}

/** The record fields for mutate; empty inputs clear (null) the optional ones. */
export function contestPatch(draft: ContestDraft): Record<string, unknown> {
  const maxSum = draft.maxSumRoubles.trim().replace(',', '.');
  return {
    name: draft.name,
    maxSum: maxSum === '' ? null : Math.round(Number(maxSum) * 100),
    note: draft.note === '' ? null : draft.note,
    requiredSections: INITIATIVE_SECTIONS.filter((s) => draft.required.includes(s)),
    characterLimits: INITIATIVE_SECTIONS.flatMap((section) => {
      const limit = draft.limits[section]?.trim() ?? '';
      return limit === '' ? [] : [{ section, maxChars: Number(limit) }];
    }),
  };
}
