import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { Material } from '../../shared/model/materials.ts';
import { logError } from '../log.ts';
import { db as appDb, type SopkaDb } from '../store/db.ts';
import {
  createMaterialIndex,
  dropMaterial,
  putMaterial,
  searchMaterials,
  type MaterialHit,
} from './material-index.ts';

/** Materials indexed between two pauses: ~50 ms of work on an old PC. */
const SLICE = 50;

/**
 * The search index of the materials on this computer, kept in step with the Dexie table:
 * when sync or an author changes materials, only the changed ones are re-indexed
 * (add, replace or discard by id); typing a query never rebuilds anything.
 */
export class LiveMaterialIndex {
  private readonly index = createMaterialIndex();
  /** id → updatedAt of what the index holds. */
  private readonly held = new Map<string, string>();
  /** Bumped after every change to the index, so screens re-run their query. */
  readonly version = signal(0);
  /** True while materials wait to be indexed (the first open of a large library). */
  readonly indexing = signal(false);
  private stop: (() => void) | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly target: SopkaDb = appDb) {}

  /** Follows the materials table until `close()`; the first emission indexes everything. */
  start(): void {
    if (this.stop) return;
    const subscription = liveQuery(() => this.target.records('materials').toArray()).subscribe({
      next: (materials) => {
        this.queue = this.queue
          .then(() => this.catchUp(materials))
          .catch((error: unknown) => {
            this.indexing.value = false;
            logError('materials index', error);
          });
      },
      error: (error: unknown) => logError('materials index', error),
    });
    this.stop = () => subscription.unsubscribe();
  }

  close(): void {
    this.stop?.();
    this.stop = null;
  }

  /** Applies the difference between what the index holds and `materials`, all at once. */
  update(materials: readonly Material[]): void {
    const { put, drop } = this.changes(materials);
    this.apply(put, drop);
  }

  /** As update, in slices with a pause between, so typing stays responsive meanwhile. */
  async catchUp(materials: readonly Material[]): Promise<void> {
    const { put, drop } = this.changes(materials);
    if (put.length <= SLICE) return this.apply(put, drop);
    this.indexing.value = true;
    this.apply([], drop);
    for (let from = 0; from < put.length; from += SLICE) {
      this.apply(put.slice(from, from + SLICE), []);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    this.indexing.value = false;
  }

  private changes(materials: readonly Material[]) {
    const live = materials.filter((material) => !material.deleted);
    const seen = new Set(live.map((material) => material.id));
    return {
      put: live.filter((material) => this.held.get(material.id) !== material.updatedAt),
      drop: [...this.held.keys()].filter((id) => !seen.has(id)),
    };
  }

  private apply(put: readonly Material[], drop: readonly string[]): void {
    for (const id of drop) {
      dropMaterial(this.index, id);
      this.held.delete(id);
    }
    for (const material of put) {
      putMaterial(this.index, material);
      this.held.set(material.id, material.updatedAt);
    }
    if (put.length + drop.length > 0) this.version.value++;
  }

  search(query: string): MaterialHit[] {
    return searchMaterials(this.index, query);
  }

  get size(): number {
    return this.held.size;
  }
}

let shared: LiveMaterialIndex | null = null;

/** The app's one index, started on first use and kept for the life of the tab. */
export function materialIndex(): LiveMaterialIndex {
  if (!shared) {
    shared = new LiveMaterialIndex();
    shared.start();
  }
  return shared;
}
