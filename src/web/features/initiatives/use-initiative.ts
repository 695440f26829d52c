import type { Initiative } from '../../../shared/model/initiatives.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { loadInitiativeNotes, type InitiativeNotes } from './initiative-notes.ts';

/** The initiative as stored on this computer: undefined while loading, null when absent. */
export function useInitiative(id: string): Initiative | null | undefined {
  return useLiveQuery(
    async () => {
      const found = await db.records('initiatives').get(id);
      return found && !found.deleted ? found : null;
    },
    undefined,
    [id],
  );
}

export function useInitiativeNotes(id: string): InitiativeNotes {
  return useLiveQuery(() => loadInitiativeNotes(id), { comments: [], conflicts: [] }, [id]);
}
