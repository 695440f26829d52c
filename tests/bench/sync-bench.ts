/**
 * Sopka's sync (the app's own client engine over fake-indexeddb, the real server on PGlite)
 * against PouchDB → CouchDB replication (express-pouchdb), same records, through one counting
 * proxy that can add a satellite round trip. Prints one table and the DESIGN.md budget verdicts.
 * Run: npm run bench:sync -- --n=100,1000 --latency=0,600   (or BENCH_N / BENCH_LATENCY)
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { benchOrganization } from './bench-records.ts';
import {
  startCountingProxy,
  wireSince,
  type CountingProxy,
  type WireCount,
} from './counting-proxy.ts';
import { PouchPc, startCouch } from './pouch-side.ts';
import { SopkaPc, startSopka } from './sopka-side.ts';
import { budgetVerdicts, formatTable, type BenchRow, type Measure } from './bench-table.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: process.env.BENCH_N ?? '100,1000' },
    latency: { type: 'string', default: process.env.BENCH_LATENCY ?? '0,600' },
  },
});
const numbers = (list: string) => list.split(',').map((item) => Number(item.trim()));
const sizes = numbers(values.n);
const latencies = numbers(values.latency);

async function measure(proxy: CountingProxy, act: () => Promise<unknown>): Promise<Measure> {
  const before: WireCount = proxy.count();
  const started = performance.now();
  await act();
  const ms = performance.now() - started;
  return { wire: wireSince(before, proxy.count()), ms };
}

function expectCount(system: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${system}: ${actual} records, expected ${expected}`);
}

const directionOf = (name: string) =>
  name.startsWith('pull') ? 'down' : name.startsWith('idle') ? null : 'up';

const floorOf = (records: readonly unknown[]) => gzipSync(JSON.stringify(records)).length;

async function runCases(n: number, latencyMs: number): Promise<BenchRow[]> {
  const sopka = await startSopka();
  const couch = await startCouch();
  // memory databases live as long as the process: a fresh name per run
  const remote = `/library-${n}-${latencyMs}ms-${Date.now()}`;
  const proxy = await startCountingProxy(
    (path) => (path.startsWith('/api/') ? sopka.url : couch.url),
    latencyMs,
  );
  const couchUrl = `${proxy.url}${remote}`;
  const opened: { close(): Promise<unknown> }[] = [];
  const open = <T extends { close(): Promise<unknown> }>(device: T): T => {
    opened.push(device);
    return device;
  };
  try {
    const records = Array.from({ length: n }, (_, i) => benchOrganization(i));
    const rows: BenchRow[] = [];
    const row = (name: string, floor: number | null, s: Measure, p: Measure) =>
      rows.push({ name, n, latencyMs, floor, direction: directionOf(name), sopka: s, pouch: p });

    const sopkaLibrary = open(await SopkaPc.signIn(sopka, proxy.url, 'tigil'));
    const pouchLibrary = open(new PouchPc(couchUrl));
    await sopkaLibrary.put(records);
    await pouchLibrary.put(records);
    row(
      'push N from a fresh client',
      floorOf(records),
      await measure(proxy, () => sopkaLibrary.sync()),
      await measure(proxy, () => pouchLibrary.push()),
    );
    expectCount(
      'Sopka server',
      await sopka.store.query('select 1 from records').then((r) => r.length),
      n,
    );

    const sopkaNewPc = open(await SopkaPc.signIn(sopka, proxy.url, 'tigil'));
    const pouchNewPc = open(new PouchPc(couchUrl));
    row(
      'pull N into an empty client',
      floorOf(records),
      await measure(proxy, () => sopkaNewPc.sync()),
      await measure(proxy, () => pouchNewPc.pull()),
    );
    expectCount('Sopka pull', await sopkaNewPc.count(), n);
    expectCount('PouchDB pull', await pouchNewPc.count(), n);

    row(
      'idle sync (nothing changed)',
      null,
      await measure(proxy, () => sopkaNewPc.sync()),
      await measure(proxy, () => pouchNewPc.sync()),
    );

    const changed = records.slice(0, 10);
    const patch = { contactPerson: 'Ятчегина Мария Семёновна', phone: '+7 914 620-11-08' };
    await sopkaLibrary.edit(
      changed.map((record) => String(record.id)),
      patch,
    );
    await pouchLibrary.edit(
      changed.map((record) => String(record.id)),
      patch,
    );
    row(
      `${changed.length} records changed of N`,
      floorOf(changed.map((record) => ({ ...record, ...patch }))),
      await measure(proxy, () => sopkaLibrary.sync()),
      await measure(proxy, () => pouchLibrary.sync()),
    );
    return rows;
  } finally {
    for (const device of opened) await device.close();
    await proxy.close();
    await couch.close();
    await sopka.close();
  }
}

const rows: BenchRow[] = [];
for (const latencyMs of latencies) {
  for (const n of sizes) {
    process.stderr.write(`… N=${n}, ${latencyMs} ms round trip\n`);
    rows.push(...(await runCases(n, latencyMs)));
  }
}
process.stdout.write(`${formatTable(rows)}\n\n${budgetVerdicts(rows).join('\n')}\n`);
