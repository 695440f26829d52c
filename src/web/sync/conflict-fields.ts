import type { Conflict } from '../../shared/model/conflicts.ts';

/**
 * Stamps the app writes on every save, not values a person typed: the server keeps their
 * losses too (every concurrent field is recorded), but listing them would bury the real ones.
 */
const BOOKKEEPING_FIELDS: readonly string[] = ['updatedAt'];

export function isPersonsValue(conflict: Pick<Conflict, 'field'>): boolean {
  return !BOOKKEEPING_FIELDS.includes(conflict.field);
}
