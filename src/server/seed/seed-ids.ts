import { deterministicUuid } from '../ids.ts';

/** Seeded records have fixed ids, so seeding twice (or on two servers) gives the same records. */
export const seedId = (kind: string, key: string): string =>
  deterministicUuid('sopka-seed', kind, key);
