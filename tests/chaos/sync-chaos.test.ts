import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { organizationNo } from '../server/helpers/fixtures.ts';
import { addUser, signIn } from '../server/helpers/test-app.ts';
import { DATABASE_URL } from '../server/helpers/test-store.ts';
import { ChaosPc, type Operation } from './chaos-pc.ts';
import { startChaosProxy, type ChaosProxy } from './chaos-proxy.ts';
import { ChaosServer, type StoreKind } from './chaos-server.ts';
import { SeededRandom } from './seeded-random.ts';

const SEED = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const OPERATIONS = Number(process.env.CHAOS_OPERATIONS ?? 1000);
const FIELDS = ['notes', 'phone', 'contactPerson', 'foundersCount', 'archived'] as const;

const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

interface ServerRow {
  id: string;
  centre: string;
  data: Record<string, unknown>;
}

async function serverRows(server: ChaosServer, collection: string): Promise<ServerRow[]> {
  return server.store.query<ServerRow>(
    `select id::text as id, centre_id::text as centre, data from records where collection = $1`,
    [collection],
  );
}

const byId = (rows: ServerRow[], centre: string) =>
  Object.fromEntries(rows.filter((row) => row.centre === centre).map((row) => [row.id, row.data]));

/** One person's next action on a PC, drawn from the seed. */
async function act(pc: ChaosPc, random: SeededRandom, n: number): Promise<Operation[]> {
  const records = Object.values(await pc.ownRecords()) as { id: string; deleted?: boolean }[];
  const live = records.filter((record) => record.deleted !== true).map((record) => record.id);
  live.sort();
  const roll = random.next();
  if (live.length === 0 || roll < 0.2) {
    // id and the timestamps are the write path's to fill
    const {
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      ...fields
    } = organizationNo(pc.centre, n);
    return pc.write(random.uuid(), { ...fields, name: `${fields.name} (${pc.name} ${n})` });
  }
  // the same field of the same record, edited on two PCs between syncs: a real conflict
  if (roll < 0.4) return pc.write(live[0] ?? '', { notes: `${pc.name}: заметка ${n}` });
  const id = random.pick(live);
  if (roll < 0.45) return pc.write(id, { deleted: true });
  const field = random.pick(FIELDS);
  const value =
    field === 'foundersCount' ? n : field === 'archived' ? random.chance(0.5) : `${pc.name} ${n}`;
  return pc.write(id, { [field]: value });
}

const kinds: StoreKind[] = DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

describe.each(kinds)(`nothing lost, nothing duplicated (%s, seed ${SEED})`, (kind) => {
  it(`converges after ${OPERATIONS} operations on each of three PCs over a broken link with two restarts`, async () => {
    const random = new SeededRandom(SEED);
    const server = await ChaosServer.start(kind);
    open.push(server);
    const proxy: ChaosProxy = await startChaosProxy(server.url, random);
    open.push(proxy);
    const pcs: ChaosPc[] = [];
    for (const [name, centre] of [
      ['tigil-library', 'tigil'],
      ['tigil-school', 'tigil'],
      ['palana-library', 'palana'],
    ] as const) {
      await addUser(server.store, name, centre);
      const pc = new ChaosPc(name, centre, await signIn(server.server.app, name), () => proxy.url);
      open.push(pc);
      pcs.push(pc);
    }

    const operations: Operation[] = [];
    for (let n = 0; n < OPERATIONS; n++) {
      for (const pc of pcs) {
        operations.push(...(await act(pc, random, n)));
        if (random.chance(0.08)) await pc.sync();
      }
      if (n === Math.floor(OPERATIONS / 3) || n === Math.floor((2 * OPERATIONS) / 3)) {
        // killed while a PC is mid-sync: its request dies with the server
        const midSync = random.pick(pcs).sync();
        await new Promise((resolve) => setTimeout(resolve, random.below(40)));
        await server.restart();
        proxy.target = server.url;
        await midSync;
      }
    }

    // the network heals: every PC syncs until nothing is left to send, then once more to pull
    proxy.rate = 0;
    for (let round = 0; round < 3; round++)
      for (const pc of pcs) expect(await pc.sync(), `${pc.name} syncs on a healed link`).toBe(true);

    const organizations = await serverRows(server, 'organizations');
    const conflicts = await serverRows(server, 'conflicts');
    const failures = pcs.map((pc) => `${pc.name} ${pc.syncs} syncs ${JSON.stringify(pc.failures)}`);
    process.stdout.write(
      `chaos ${kind} seed ${SEED}: ${operations.length} field writes, ${organizations.length} organizations, ${conflicts.length} conflicts kept, ${server.restarts} restarts; link ${JSON.stringify(proxy.counts)}; ${failures.join('; ')}\n`,
    );

    for (const pc of pcs) {
      expect(await pc.db.outbox.count(), `${pc.name} outbox`).toBe(0);
      expect(await pc.db.rejected.count(), `${pc.name} refused changes`).toBe(0);
      expect(Object.keys(pc.failures).filter((failure) => failure !== 'offline')).toEqual([]);
      const own = Object.fromEntries(
        Object.entries(await pc.ownRecords()).filter(
          ([, record]) => (record as { centreId: string }).centreId === pc.centreId,
        ),
      );
      expect(own, `${pc.name} holds what the server holds`).toEqual(
        byId(organizations, pc.centreId),
      );
      expect(await pc.conflicts(), `${pc.name} conflicts`).toEqual(byId(conflicts, pc.centreId));
    }

    // every record created once: as many organizations as creating writes, no id twice
    const created = new Set(operations.filter((op) => op.field === 'name').map((op) => op.id));
    expect(organizations.map((row) => row.id).sort()).toEqual([...created].sort());

    const final = new Map(organizations.map((row) => [row.id, row.data]));
    const lost = operations.filter((op) => {
      if (JSON.stringify(final.get(op.id)?.[op.field]) === JSON.stringify(op.value)) return false;
      const overwrittenKnowingly = operations.some(
        (later) => later.id === op.id && later.field === op.field && later.base >= op.hlc,
      );
      if (overwrittenKnowingly) return false;
      return !conflicts.some(
        ({ data }) =>
          data.recordId === op.id &&
          data.field === op.field &&
          data.lostHlc === op.hlc &&
          JSON.stringify(data.lostValue) === JSON.stringify(op.value),
      );
    });
    expect(lost.slice(0, 5)).toEqual([]);
  }, 900_000);
});
