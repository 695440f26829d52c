import 'fake-indexeddb/auto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/seed.ts';
import { sleep } from '../net/forward-request.ts';
import { DATABASE_URL } from '../server/helpers/test-store.ts';
import { personActs, PersonalValues, volunteerRegisters } from './chaos-actions.ts';
import {
  conflictsAboutConflicts,
  createdOnce,
  lostWrites,
  operationsOf,
  pcDifferences,
  personalDataLeft,
  seatProblems,
  trainingsPlacedAcrossRestarts,
} from './chaos-checks.ts';
import { ChaosPc } from './chaos-pc.ts';
import { startChaosProxy } from './chaos-proxy.ts';
import { ChaosServer, type StoreKind } from './chaos-server.ts';
import { describeSkew, installPcClocks, PC_SKEWS } from './pc-clock.ts';
import { SeededRandom } from './seeded-random.ts';

const SEED = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
// actions per PC; about 40 s a store on a loaded 2-core machine, most of it the server's restarts
const OPERATIONS = Number(process.env.CHAOS_OPERATIONS ?? 300);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

const count = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

async function signIn(url: string, login: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in ${login}: ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Everything each side holds, for a person chasing a failure (CHAOS_DUMP=dir). */
async function dumpState(dir: string, kind: string, rows: unknown[], pcs: ChaosPc[]) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${kind}-server.json`), JSON.stringify(rows, null, 1));
  for (const pc of pcs) {
    const tables: Record<string, unknown> = {};
    for (const table of pc.db.tables) tables[table.name] = await table.toArray();
    tables.applied = [...pc.applied.values()];
    tables.refusals = [...pc.refusals.values()];
    await writeFile(join(dir, `${kind}-${pc.name}.json`), JSON.stringify(tables, null, 1));
  }
}

const KILL_MODES = ['mid-sync', 'mid-sync', 'while-offline', 'during-start'] as const;
type KillMode = (typeof KILL_MODES)[number];

// CHAOS_STORES=postgres runs one of them, e.g. to chase a failure
const kinds = (DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']).filter(
  (kind) => !process.env.CHAOS_STORES || process.env.CHAOS_STORES.split(',').includes(kind),
) as StoreKind[];

describe.each(kinds)(`nothing lost, nothing duplicated (%s, seed ${SEED})`, (kind) => {
  it(`converges after ${OPERATIONS} actions on each of three PCs: broken link, PC clocks days off, the server killed`, async () => {
    const restoreClocks = installPcClocks();
    open.push({ close: async () => restoreClocks() });
    const random = new SeededRandom(SEED);
    const server = await ChaosServer.create(kind);
    open.push(server);
    await server.start();
    const proxy = await startChaosProxy(server.url, random);
    open.push(proxy);
    const pcs: ChaosPc[] = [];
    for (const [name, login, centre] of [
      ['tigil-library', 'tigil', 'tigil'],
      ['tigil-school', 'tigil', 'tigil'],
      ['palana-library', 'palana', 'palana'],
    ] as const) {
      const pc = new ChaosPc(name, centre, await signIn(server.url, login), () => proxy.url);
      open.push(pc);
      pcs.push(pc);
    }
    // one PC three days fast (refused, then re-stamped), one 40 min fast (accepted), one days slow
    const skews = [3 * DAY, 40 * MINUTE, -2 * DAY];
    pcs.forEach((pc, i) => (pc.skew = skews[i] ?? 0));
    const skewHistory = pcs.map((pc) => [describeSkew(pc.skew)]);

    const killCount = Math.max(3, Math.round(OPERATIONS / 80));
    const killAt = new Map<number, KillMode>();
    while (killAt.size < killCount)
      killAt.set(
        Math.floor(OPERATIONS * 0.1) + random.below(Math.floor(OPERATIONS * 0.8)),
        killAt.size === 0 ? 'mid-sync' : random.pick(KILL_MODES),
      );
    const kills: Record<string, number> = {};
    const actions: Record<string, number> = {};
    const personal = new PersonalValues();

    const round = async (n: number, syncChance: number) => {
      for (const [i, pc] of pcs.entries()) {
        count(actions, await personActs(pc, { random, n, pcNumber: i + 1, personal }));
        if (random.chance(syncChance)) await pc.sync();
      }
    };

    async function killServer(mode: KillMode, n: number): Promise<void> {
      count(kills, mode);
      for (const pc of pcs) pc.epoch++;
      if (mode === 'mid-sync') {
        // killed while a PC is mid-sync: its request dies with the server, maybe after the commit
        const syncing = random.pick(pcs).sync();
        await sleep(random.below(80));
        await server.kill();
        await syncing;
      } else await server.kill();
      // the regional server is down a while: the PCs go on working and fail to sync
      if (mode === 'while-offline') await round(n, 0.5);
      // and crashes again while it starts: opening the store, migrating, seeding
      if (mode === 'during-start') await server.killDuringStart(300 + random.below(3000));
      await server.start();
      proxy.target = server.url;
      // volunteers on their phones are first to reach the server again
      if (random.chance(0.6))
        count(actions, await volunteerRegisters(proxy.url, random.pick(pcs), { random, n }));
      if (process.env.CHAOS_DEBUG)
        process.stdout.write(
          `[${Math.round(performance.now())}] restarted after ${mode} at ${n}\n`,
        );
    }

    if (process.env.CHAOS_DEBUG) process.stdout.write(`[${Math.round(performance.now())}] ready\n`);
    for (let n = 0; n < OPERATIONS; n++) {
      if (process.env.CHAOS_DEBUG && n % 20 === 0)
        process.stdout.write(`[${Math.round(performance.now())}] n=${n}\n`);
      if (n > 0 && n % Math.max(1, Math.floor(OPERATIONS / 6)) === 0)
        pcs.forEach((pc, i) => {
          // a CMOS battery dies, someone fixes the date: the clock's error changes
          if (!random.chance(0.5)) return;
          pc.skew = random.pick(PC_SKEWS);
          skewHistory[i]?.push(describeSkew(pc.skew));
        });
      await round(n, 0.08);
      if (random.chance(0.04))
        count(actions, await volunteerRegisters(proxy.url, random.pick(pcs), { random, n }));
      const mode = killAt.get(n);
      if (mode) await killServer(mode, n);
    }

    // the network heals: every PC syncs until nothing is left to send, then once more to pull
    proxy.rate = 0;
    const healed: Record<string, boolean[]> = {};
    for (let r = 0; r < 3; r++)
      for (const pc of pcs) (healed[pc.name] ??= []).push(await pc.sync());
    // a person looks at each refused change and discards it; then the PCs sync again
    const refused: Record<string, number> = {};
    for (const pc of pcs)
      for (const refusal of pc.refusals.values())
        count(refused, `${refusal.mutation.collection}:${refusal.code}`);
    for (const pc of pcs) await pc.discardRefused();
    for (const pc of pcs) (healed[pc.name] ??= []).push(await pc.sync());
    // a restart between two placements of one training, with nothing after it to hide a clock
    // gone back: the server is killed, and a volunteer is the first to register
    count(kills, 'after-the-last-placement');
    for (const pc of pcs) pc.epoch++;
    await server.kill();
    await server.start();
    proxy.target = server.url;
    const volunteer = await volunteerRegisters(proxy.url, pcs[0] as ChaosPc, {
      random,
      n: OPERATIONS,
    });
    count(actions, volunteer);
    for (let r = 0; r < 2; r++)
      for (const pc of pcs) (healed[pc.name] ??= []).push(await pc.sync());

    const rows = await server.rows();
    if (process.env.CHAOS_DUMP) await dumpState(process.env.CHAOS_DUMP, kind, rows, pcs);
    const operations = operationsOf(pcs);
    const writes: Record<string, number> = {};
    for (const pc of pcs) for (const m of pc.applied.values()) count(writes, m.collection);
    const conflicts = rows.filter((row) => row.collection === 'conflicts');
    const conflictsBy: Record<string, number> = {};
    for (const row of conflicts) count(conflictsBy, String(row.data.collection));
    const privacy = await personalDataLeft(pcs, rows, personal);
    const acrossRestarts = trainingsPlacedAcrossRestarts(pcs, rows);
    process.stdout.write(
      [
        `chaos ${kind} seed ${SEED} (replay: CHAOS_SEED=${SEED} CHAOS_OPERATIONS=${OPERATIONS}): ${OPERATIONS} actions on each of ${pcs.length} PCs`,
        `  server: ${server.kills} SIGKILLs ${JSON.stringify(kills)}, ${server.starts} starts, ${server.startRetries} start retries (${Math.round(server.startWaitMs)} ms waiting for the store); ${server.errors.length} error lines logged; ${proxy.serverErrors.length} answers ≥ 500`,
        `  actions ${JSON.stringify(actions)}`,
        `  mutations applied per collection ${JSON.stringify(writes)}; ${operations.length} field writes`,
        `  conflicts kept ${conflicts.length} ${JSON.stringify(conflictsBy)}; ${privacy.anonymized} registrations anonymized; ${acrossRestarts} trainings placed both before and after a server kill`,
        `  refused ${JSON.stringify(refused)}, discarded ${pcs.reduce((s, pc) => s + pc.discarded, 0)}; clock_ahead refusals ${pcs.map((pc) => `${pc.name} ${pc.clockAheadRefusals}`).join(', ')}`,
        `  clocks ${pcs.map((pc, i) => `${pc.name} ${skewHistory[i]?.join(' → ')}`).join('; ')}`,
        `  link ${JSON.stringify(proxy.counts)}`,
        `  syncs ${pcs.map((pc) => `${pc.name} ${pc.syncs} ${JSON.stringify(pc.failures)}`).join('; ')}`,
      ].join('\n') + '\n',
    );

    const check = (name: string, problems: readonly string[]) => {
      if (problems.length)
        process.stdout.write(
          `  ✗ ${name}: ${problems.length}\n${problems
            .slice(0, 6)
            .map((p) => `      ${p}`)
            .join('\n')}\n`,
        );
      expect.soft(problems.slice(0, 8), `${name} (${problems.length})`).toEqual([]);
    };
    check(
      'answers of 500 or more',
      proxy.serverErrors.map((e) => `${e.status} ${e.path} ${e.body}`),
    );
    check(
      'a PC that cannot sync on a healed link',
      Object.entries(healed)
        .filter(([, results]) => results.slice(-2).includes(false))
        .map(([name, results]) => `${name}: ${results.join(', ')}`),
    );
    const leftovers: string[] = [];
    for (const pc of pcs) {
      const outbox = await pc.db.outbox.count();
      if (outbox) leftovers.push(`${pc.name}: ${outbox} changes never sent`);
      const rejected = await pc.db.rejected.count();
      if (rejected) leftovers.push(`${pc.name}: ${rejected} refused changes left`);
      for (const mid of pc.writes.keys())
        if (!pc.applied.has(mid) && !pc.refusals.has(mid))
          leftovers.push(`${pc.name}: write ${mid} neither applied nor refused`);
    }
    check('outboxes empty, every write answered', leftovers);
    check(
      'sync failures other than a broken link',
      pcs.flatMap((pc) =>
        Object.entries(pc.failures)
          .filter(([failure]) => failure !== 'offline')
          .map(([failure, n]) => `${pc.name}: ${failure} ×${n}`),
      ),
    );
    // an edit of a person's data after it was deleted on another PC is the only refusal expected
    check(
      'refused changes',
      pcs.flatMap((pc) =>
        [...pc.refusals.values()]
          .filter((r) => !(r.mutation.collection === 'registrations' && r.code === 'invalid'))
          .map((r) => `${pc.name} ${r.mutation.collection} ${r.code}: ${r.message}`),
      ),
    );
    check(
      "a person's ordinary edit refused by the PC itself",
      pcs.flatMap((pc) => pc.localRefusals.map((r) => `${pc.name} ${r}`)),
    );
    check('every PC holds what the server holds', await pcDifferences(pcs, rows));
    check('each record stored once', createdOnce(pcs, rows));
    check('writes lost silently', lostWrites(operations, rows));
    check('conflicts about conflicts', conflictsAboutConflicts(rows));
    check('personal data of anonymized registrations', privacy.problems);
    check('seats in queue order', seatProblems(rows));
  }, 900_000);
});
