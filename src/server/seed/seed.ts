import { isCollectionName } from '../../shared/model/registry.ts';
import { validateRecord } from '../../shared/model/validate.ts';
import { ensureUser, type User } from '../auth/users.ts';
import { LOCKS, type Store } from '../store/store.ts';
import { insertRecordIfAbsent, stampAll } from '../sync/record-rows.ts';
import type { ServerClock } from '../sync/server-clock.ts';
import { centreId, seedCentres } from './seed-centres.ts';
import { seedChecklistTemplates } from './seed-checklist-templates.ts';
import { seedContests } from './seed-contests.ts';
import { seedMaterials } from './seed-materials.ts';
import { seedId } from './seed-ids.ts';

export const DEMO_PASSWORD = 'sopka-demo';

const DEMO_USERS = [
  {
    login: 'regional',
    displayName: 'Ольга Смирнова (региональный центр)',
    position: 'консультант Камчатского центра поддержки НКО',
    role: 'regional',
    centreId: null,
  },
  {
    login: 'tigil',
    displayName: 'Ирина Петрова',
    position: 'библиотекарь Тигильской библиотеки',
    role: 'staff',
    centreId: centreId('tigil'),
  },
  {
    login: 'palana',
    displayName: 'Мария Яганова',
    position: 'библиотекарь Паланской библиотеки',
    role: 'staff',
    centreId: centreId('palana'),
  },
] as const;

export interface SeedResult {
  inserted: number;
  demoUsers: User[];
}

/**
 * Centres, checklist templates and materials as ordinary synced records (server clocks, seq),
 * so clients pull them; fixed ids make seeding idempotent. Demo accounts unless `demo` is off.
 */
export async function seed(store: Store, clock: ServerClock, demo: boolean): Promise<SeedResult> {
  const now = new Date().toISOString();
  const batches = {
    centres: seedCentres(now),
    checklistTemplates: seedChecklistTemplates(now),
    materials: seedMaterials(now),
    contests: seedContests(now),
  };
  const inserted = await store.transaction(async (db) => {
    // the sync lock: seeded rows take seqs like any write, in commit order
    await db.query('select pg_advisory_xact_lock($1)', [LOCKS.sync]);
    let count = 0;
    for (const [collection, records] of Object.entries(batches)) {
      if (!isCollectionName(collection)) throw new Error(`Unknown collection ${collection}`);
      for (const record of records) {
        const valid = validateRecord(collection, record);
        if (!valid.ok)
          throw new Error(`Seed ${collection}/${record.id}: ${valid.message} (${valid.field})`);
        const data = valid.value;
        const added = await insertRecordIfAbsent(db, {
          collection,
          id: record.id,
          centreId: null,
          data,
          clocks: stampAll(data, clock.next()),
        });
        if (added) count++;
      }
    }
    return count;
  });
  const demoUsers: User[] = [];
  if (demo)
    for (const user of DEMO_USERS) {
      const { user: demoUser } = await ensureUser(store, {
        ...user,
        id: seedId('user', user.login),
        password: DEMO_PASSWORD,
      });
      // a demo account made before names existed is named now, unless someone renamed it
      await store.query(
        'update users set display_name = $2 where id = $1 and display_name = login',
        [demoUser.id, user.displayName],
      );
      await store.query('update users set job_title = $2 where id = $1 and job_title is null', [
        demoUser.id,
        user.position,
      ]);
      demoUsers.push(demoUser);
    }
  return { inserted, demoUsers };
}
