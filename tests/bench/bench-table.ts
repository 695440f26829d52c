import type { WireCount } from './counting-proxy.ts';

export interface Measure {
  wire: WireCount;
  ms: number;
}

export interface BenchRow {
  name: string;
  n: number;
  latencyMs: number;
  /** gzip of the records this case moves as one JSON array: the floor for bytes. */
  floor: number | null;
  /** Which way the records travel, for the bytes ÷ floor column. */
  direction: 'up' | 'down' | null;
  sopka: Measure;
  pouch: Measure;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (sopka: number, pouch: number) => (pouch === 0 ? '—' : (sopka / pouch).toFixed(3));

function floorRatio(row: BenchRow): string {
  if (row.floor === null || row.direction === null) return '—';
  return `${(row.sopka.wire[row.direction] / row.floor).toFixed(2)}×`;
}

const HEADER = [
  'case',
  'N',
  'RTT',
  'req Sopka',
  'req PouchDB',
  'req S/P',
  'up Sopka',
  'up PouchDB',
  'up S/P',
  'down Sopka',
  'down PouchDB',
  'down S/P',
  'time Sopka',
  'time PouchDB',
  'time S/P',
  'gzip floor',
  'Sopka÷floor',
];

/** One markdown table: both systems side by side, ratios Sopka ÷ PouchDB. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map(({ sopka: s, pouch: p, ...row }) => [
    row.name,
    row.n.toLocaleString('en'),
    `${row.latencyMs} ms`,
    String(s.wire.requests),
    String(p.wire.requests),
    ratio(s.wire.requests, p.wire.requests),
    kib(s.wire.up),
    kib(p.wire.up),
    ratio(s.wire.up, p.wire.up),
    kib(s.wire.down),
    kib(p.wire.down),
    ratio(s.wire.down, p.wire.down),
    seconds(s.ms),
    seconds(p.ms),
    ratio(s.ms, p.ms),
    row.floor === null ? '—' : kib(row.floor),
    floorRatio({ sopka: s, pouch: p, ...row }),
  ]);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [
    line(HEADER),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.map(line),
    'bytes: socket bytes between client and proxy, headers included; RTT added per request',
  ].join('\n');
}

const verdict = (ok: boolean) => (ok ? 'ok  ' : 'MISS');

/** DESIGN.md budgets, for every push of 1,000 records measured (pulls for reference). */
export function budgetVerdicts(rows: readonly BenchRow[]): string[] {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.n !== 1000 || row.direction === null || row.floor === null) continue;
    if (!row.name.startsWith('push') && !row.name.startsWith('pull')) continue;
    const { sopka: s, pouch: p } = row;
    const bytes = s.wire[row.direction];
    const at = `${row.name}, N=1,000, ${row.latencyMs} ms`;
    // DESIGN.md budgets 1,000 changes *to* the server; a pull is shown against the same bar
    const label = row.name.startsWith('push')
      ? verdict(s.wire.requests <= 3 && bytes <= 1.3 * row.floor)
      : 'info';
    lines.push(
      `${label} ${at}: ${s.wire.requests} requests (≤ 3), ${row.direction} ${(bytes / row.floor).toFixed(2)} × gzip floor (≤ 1.3)`,
    );
    if (row.latencyMs < 600 || !row.name.startsWith('push')) continue;
    const fewer = (pouch: number, sopka: number) => pouch / Math.max(sopka, 1e-9);
    const requests = fewer(p.wire.requests, s.wire.requests);
    const up = fewer(p.wire.up, s.wire.up);
    const time = fewer(p.ms, s.ms);
    lines.push(
      `${verdict(requests >= 10 && up >= 4 && time >= 8)} ${at} vs PouchDB: ${requests.toFixed(1)}× fewer requests (≥ 10), ${up.toFixed(1)}× fewer bytes up (≥ 4), ${time.toFixed(1)}× less time (≥ 8)`,
    );
  }
  return lines;
}
