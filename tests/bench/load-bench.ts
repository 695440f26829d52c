/**
 * A region's server under load: N library PCs of 8 centres sync at once, each pushing 50 new
 * organizations and pulling everything, for R rounds. The real server runs in its own process
 * (src/server/main.ts), on PGlite or on PostgreSQL (DATABASE_URL).
 * Run: npm run bench:load -- --pcs=50,200 --rounds=3 --stores=pglite,postgres
 */
import { parseArgs } from 'node:util';
import { issueToken } from '../../src/server/auth/tokens.ts';
import { addUser } from '../server/helpers/test-app.ts';
import type { CentreKey } from '../../src/server/seed/seed-centres.ts';
import { ChaosServer, type StoreKind } from '../chaos/chaos-server.ts';
import { organization } from '../server/helpers/fixtures.ts';
import { fetchTransport, sequentialMids, TestDevice } from '../server/helpers/sync-client.ts';
import { DATABASE_URL } from '../server/helpers/test-store.ts';

const CHANGES_PER_SYNC = 50;
/** DESIGN.md: 200 PCs at once, p95 of a 50-change sync under 1 s, no errors. */
const BUDGET_P95_MS = 1000;

const { values } = parseArgs({
  options: {
    pcs: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    stores: { type: 'string', default: DATABASE_URL ? 'pglite,postgres' : 'pglite' },
  },
});
const pcCounts = values.pcs.split(',').map(Number);
const rounds = Number(values.rounds);
const stores = values.stores.split(',') as StoreKind[];

const centres: CentreKey[] = [
  'tigil',
  'palana',
  'ust-khairyuzovo',
  'kovran',
  'sedanka',
  'khairyuzovo',
  'voyampolka',
  'lesnaya',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(kind: StoreKind, pcs: number) {
  const server = await ChaosServer.create(kind);
  try {
    const tokens = await server.withStore(async (store) => {
      const made: { token: string; centre: CentreKey }[] = [];
      for (let i = 0; i < pcs; i++) {
        const centre = centres[i % centres.length]!;
        const user = await addUser(store, `load-${centre}-${i}`, centre);
        made.push({ token: await issueToken(store, user.id), centre });
      }
      return made;
    });
    await server.start();
    const devices = tokens.map(({ token, centre }, i) =>
      Object.assign(
        new TestDevice(
          fetchTransport(server.url, token),
          `load-pc-${i}`,
          Date.now,
          sequentialMids(),
        ),
        { centre },
      ),
    );
    const times: number[] = [];
    let errors = 0;
    let firstError = '';
    const began = performance.now();
    for (let round = 0; round < rounds; round++)
      await Promise.all(
        devices.map(async (device) => {
          for (let n = 0; n < CHANGES_PER_SYNC; n++) {
            const org = organization(device.centre, { name: `АНО «Нагрузка ${round}-${n}»` });
            device.edit('organizations', org.id, org);
          }
          const start = performance.now();
          try {
            await device.sync();
            times.push(performance.now() - start);
          } catch (error) {
            errors++;
            firstError ||= String(error).slice(0, 200);
          }
        }),
      );
    const seconds = (performance.now() - began) / 1000;
    times.sort((a, b) => a - b);
    return {
      store: kind,
      pcs,
      syncs: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? NaN,
      errors,
      firstError,
      mutationsPerSecond: (times.length * CHANGES_PER_SYNC) / seconds,
    };
  } finally {
    await server.close();
  }
}

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
const rows: string[][] = [
  ['store', 'PCs', 'syncs', 'p50', 'p95', 'max', 'errors', 'mut/s', 'verdict'],
];
for (const kind of stores)
  for (const pcs of pcCounts) {
    const r = await measure(kind, pcs);
    const verdict = r.errors === 0 && r.p95 < BUDGET_P95_MS ? 'within budget' : 'OVER budget';
    rows.push([
      r.store,
      String(pcs),
      String(r.syncs),
      ms(r.p50),
      ms(r.p95),
      ms(r.max),
      String(r.errors),
      r.mutationsPerSecond.toFixed(0),
      verdict,
    ]);
    process.stdout.write(`${rows.at(-1)!.join('  ')}\n`);
    if (r.firstError) process.stdout.write(`  first error: ${r.firstError}\n`);
  }
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
process.stdout.write(
  `\nLoad: ${rounds} round(s), each PC pushes ${CHANGES_PER_SYNC} organizations and pulls; 8 centres; budget p95 < 1 s, 0 errors\n` +
    rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')).join('\n') +
    '\n',
);
