import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearFormDrafts,
  keepFormDraft,
  readFormDraft,
} from '../../../src/web/store/form-drafts.ts';
import { restoredDraft } from '../../../src/web/store/use-form-draft.ts';

const LIBRARIAN = '1d2c3b4a-5f6e-4a7b-8c9d-0e1f2a3b4c5d';
const COLLEAGUE = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const FORM = 'organizations:5b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const stored = {
  name: 'ТОС «Берег Тигиля»',
  phone: '+7 914 000-00-00',
  notes: 'Собрание назначено на 12 декабря.',
};

beforeEach(() => localStorage.clear());

describe('a form draft kept while the person types', () => {
  it('comes back with what they changed, and a colleague’s synced change to another field', () => {
    const typed = { ...stored, notes: stored.notes + ' Протокол ведёт Ирина Петрова.' };
    keepFormDraft(LIBRARIAN, FORM, stored, typed);
    // meanwhile a sync brought the centre's new phone, a field the librarian did not touch
    const now = { ...stored, phone: '+7 914 111-22-33' };

    const kept = readFormDraft<typeof stored>(LIBRARIAN, FORM);

    expect(kept && restoredDraft(now, kept)).toEqual({ ...now, notes: typed.notes });
  });

  it('belongs to the person who typed it: the next one at the PC does not see it', () => {
    keepFormDraft(LIBRARIAN, FORM, stored, { ...stored, phone: '+7 914 999-99-99' });
    expect(readFormDraft(COLLEAGUE, FORM)).toBeUndefined();
  });

  it('leaves with the centre’s data when it is removed from the PC', () => {
    keepFormDraft(LIBRARIAN, FORM, stored, { ...stored, phone: '+7 914 999-99-99' });
    localStorage.setItem('sopka.lang', 'ru');
    clearFormDrafts();
    expect(readFormDraft(LIBRARIAN, FORM)).toBeUndefined();
    expect(localStorage.getItem('sopka.lang')).toBe('ru');
  });
});
