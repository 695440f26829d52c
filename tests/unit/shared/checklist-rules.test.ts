import { describe, expect, it } from 'vitest';
import { checklistProgress } from '../../../src/shared/domain/checklist-progress.ts';
import {
  addDays,
  kamchatkaToday,
  stepDeadlines,
} from '../../../src/shared/domain/checklist-deadlines.ts';
import { moveToTemplateVersion } from '../../../src/shared/domain/template-version-move.ts';
import { adviseLegalForm } from '../../../src/shared/domain/legal-form-advice.ts';
import type { ChecklistStepState } from '../../../src/shared/model/checklists.ts';

const ANO_STEPS = [
  { key: 'founders' },
  { key: 'founding_meeting' },
  { key: 'package' },
  { key: 'file', deadlineDays: 90, deadlineFrom: 'founding_meeting' },
  { key: 'egrul' },
  { key: 'usn', deadlineDays: 30 },
  { key: 'bank' },
];
const done = (date?: string): ChecklistStepState => ({
  state: 'done',
  scans: [],
  ...(date ? { date } : {}),
});

describe('checklist progress', () => {
  it('counts done steps among the needed ones', () => {
    const progress = checklistProgress(ANO_STEPS, {
      founders: done(),
      founding_meeting: done('2026-09-01'),
      bank: { state: 'not_applicable' },
      usn: { state: 'in_progress' },
      removed_step: done(),
    });
    expect(progress).toEqual({ done: 2, total: 6, percent: 33 });
  });

  it('is 100 % only when every needed step is done', () => {
    expect(checklistProgress([{ key: 'a' }, { key: 'b' }], { a: done() }).percent).toBe(50);
    expect(checklistProgress([{ key: 'a' }], {}).percent).toBe(0);
  });
});

describe('checklist deadlines (Kamchatka calendar)', () => {
  it('filing is due 90 days after the founding meeting and overdue the day after', () => {
    const states = { founding_meeting: done('2026-09-01') };
    const onTime = stepDeadlines(ANO_STEPS, states, '2026-11-30');
    expect(onTime.get('file')).toEqual({
      due: '2026-11-30',
      fromKey: 'founding_meeting',
      overdue: false,
    });
    expect(stepDeadlines(ANO_STEPS, states, '2026-12-01').get('file')?.overdue).toBe(true);
  });

  it('has no deadline before the anchoring step has a date, and none overdue once done', () => {
    expect(stepDeadlines(ANO_STEPS, {}, '2027-01-01').size).toBe(0);
    const states = {
      founding_meeting: done('2026-01-10'),
      file: done('2026-03-01'),
      egrul: done('2026-03-25'),
    };
    const deadlines = stepDeadlines(ANO_STEPS, states, '2027-01-01');
    expect(deadlines.get('file')?.overdue).toBe(false);
    // УСН counts from the step just before it: the ЕГРЮЛ entry
    expect(deadlines.get('usn')).toEqual({ due: '2026-04-24', fromKey: 'egrul', overdue: true });
  });

  it('reads today on the Kamchatka calendar (UTC+12)', () => {
    expect(kamchatkaToday(new Date('2026-11-27T11:59:00Z'))).toBe('2026-11-27');
    expect(kamchatkaToday(new Date('2026-11-27T12:00:00Z'))).toBe('2026-11-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('moving a checklist to a new template version', () => {
  it('keeps the state of steps that still exist and drops the rest', () => {
    const moved = moveToTemplateVersion(
      { steps: { founders: done('2026-09-01'), stat_codes: done(), usn: done() } },
      {
        version: 2,
        steps: [{ key: 'founders' }, { key: 'usn' }, { key: 'signature' }].map((s) => ({
          ...s,
          title: s.key,
          documents: [],
          materialIds: [],
        })),
      },
    );
    expect(moved.templateVersion).toBe(2);
    expect(Object.keys(moved.steps)).toEqual(['founders', 'usn']);
    expect(moved.steps.founders?.date).toBe('2026-09-01');
    expect(moved.dropped).toEqual(['stat_codes']);
  });
});

describe('«Какую форму выбрать?»', () => {
  const base = {
    wantsMembers: false,
    indigenous: false,
    territorial: false,
    founders: 1,
    raisesFunds: false,
  };
  it('suggests АНО to one or two founders without members', () => {
    expect(adviseLegalForm(base)).toEqual({ form: 'ano', reason: 'ano' });
  });
  it('suggests an общественная организация for a membership group of three or more', () => {
    expect(adviseLegalForm({ ...base, wantsMembers: true, founders: 3 }).form).toBe('public');
    expect(adviseLegalForm({ ...base, wantsMembers: true, founders: 2 }).reason).toBe(
      'members_too_few',
    );
  });
  it('suggests a community for indigenous founders, ТОС for residents, фонд for fundraisers', () => {
    expect(adviseLegalForm({ ...base, indigenous: true, founders: 3 }).form).toBe('community');
    expect(adviseLegalForm({ ...base, territorial: true }).form).toBe('tos');
    expect(adviseLegalForm({ ...base, raisesFunds: true }).form).toBe('fund');
  });
});
