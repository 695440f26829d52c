import type { Comment } from '../../../shared/model/comments.ts';
import type { Conflict } from '../../../shared/model/conflicts.ts';
import type { InitiativeSection } from '../../../shared/model/initiatives.ts';
import { db } from '../../store/db.ts';

/** The fields a section is made of: «сроки» is two dates, every other section one field. */
export function sectionFields(section: InitiativeSection): readonly string[] {
  return section === 'startDate' ? ['startDate', 'endDate'] : [section];
}

export interface InitiativeNotes {
  comments: Comment[];
  conflicts: Conflict[];
}

/** The consultant's comments and the values lost to concurrent edits, for one initiative. */
export async function loadInitiativeNotes(initiativeId: string): Promise<InitiativeNotes> {
  const comments = await db
    .records('comments')
    .where('initiativeId')
    .equals(initiativeId)
    .toArray();
  const open = await db.records('conflicts').where('status').equals('open').toArray();
  return {
    comments: comments
      .filter((comment) => !comment.deleted)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    conflicts: open.filter((c) => c.collection === 'initiatives' && c.recordId === initiativeId),
  };
}

export function notesOf(notes: InitiativeNotes, section: InitiativeSection): InitiativeNotes {
  const fields = sectionFields(section);
  return {
    comments: notes.comments.filter((comment) => comment.section === section),
    conflicts: notes.conflicts.filter((conflict) => fields.includes(conflict.field)),
  };
}

/** A lost value as a person reads it: the text itself, or the rows of a table in one line. */
export function lostValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}
