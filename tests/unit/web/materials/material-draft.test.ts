import { describe, expect, it } from 'vitest';
import {
  changedFields,
  draftOf,
  fieldsOf,
} from '../../../../src/web/features/materials/material-draft.ts';
import { LIBRARY } from './material-samples.ts';

describe('the material editor', () => {
  it('turns typed tags into a clean list: trimmed, no empties, no repeats', () => {
    const draft = { ...draftOf(LIBRARY.registration), tags: ' Минюст, устав ,, Р11001, устав ' };
    expect(fieldsOf(draft).tags).toEqual(['Минюст', 'устав', 'Р11001']);
  });

  it('sends only what the consultant changed, so a colleague’s edit to another field survives', () => {
    const before = draftOf(LIBRARY.report);
    const after = { ...before, summary: 'Срок — до 15 апреля.', tags: 'отчётность, ОН0001' };
    expect(changedFields(before, after)).toEqual({
      summary: 'Срок — до 15 апреля.',
      tags: ['отчётность', 'ОН0001'],
    });
    expect(changedFields(before, { ...before })).toEqual({});
  });
});
