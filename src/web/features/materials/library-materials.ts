import type { Material } from '../../../shared/model/materials.ts';
import { session } from '../../session/session-state.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';

/** The regional centre writes the library; every centre reads it. */
export const canAuthor = (): boolean => session.value?.role === 'regional';

/** What this person may read: published materials, and the regional centre's drafts too. */
export const readable = (material: Material, author: boolean): boolean =>
  !material.deleted && (material.published || author);

/** The readable materials on this computer, newest first; null until the first read. */
export function useLibrary(): Material[] | null {
  const author = canAuthor();
  return useLiveQuery(
    async () => {
      const all = await db.records('materials').orderBy('updatedAt').reverse().toArray();
      return all.filter((material) => readable(material, author));
    },
    null,
    [author],
  );
}

/** One material by id: undefined while loading, null when it is not here (or not readable). */
export function useMaterial(id: string): Material | null | undefined {
  const author = canAuthor();
  return useLiveQuery<Material | null | undefined>(
    async () => {
      const material = await db.records('materials').get(id);
      return material && readable(material, author) ? material : null;
    },
    undefined,
    [id, author],
  );
}

/** The session's device token for the blob endpoints, or null when signed out / revoked. */
export const blobToken = (): string | null => session.value?.token ?? null;
