import type { Conflict } from '../../shared/model/conflicts.ts';
import type { SessionRow, SopkaDb } from '../store/db.ts';
import { isPersonsValue } from './conflict-fields.ts';

type Resolver = Pick<SessionRow, 'role' | 'centreId'>;

/** The region resolves every conflict; staff only their own centre's, never a global record's. */
export function mayResolve(conflict: Pick<Conflict, 'centreId'>, person: Resolver): boolean {
  if (person.role === 'regional') return true;
  return conflict.centreId !== null && conflict.centreId === person.centreId;
}

/**
 * Open conflicts over values a person typed that the signed-in person may resolve: the rest
 * would only be refused at «Вернуть» or «Оставить как есть». Nobody signed in: none.
 */
export async function conflictsToResolve(db: SopkaDb): Promise<Conflict[]> {
  const [person, open] = await Promise.all([
    db.session.get('current'),
    db.records('conflicts').where('status').equals('open').toArray(),
  ]);
  if (!person) return [];
  return open.filter((conflict) => isPersonsValue(conflict) && mayResolve(conflict, person));
}
