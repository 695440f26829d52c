import type { Role } from '../model/common.ts';

export interface Reader {
  role: Role;
  centreId: string | null;
}

/**
 * Which records a signed-in person receives: the region everything; staff their centre's and
 * the global ones, except global conflicts, which only the region may resolve.
 */
export function inReaderScope(
  reader: Reader,
  collection: string,
  centreId: string | null,
): boolean {
  if (reader.role === 'regional') return true;
  if (centreId === null) return collection !== 'conflicts';
  return centreId === reader.centreId;
}
