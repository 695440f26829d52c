/**
 * 1,000 organizations from one library PC to the server and into a fresh PC, over real HTTP
 * with gzip both ways, on PGlite. Prints requests and bytes against the budget in DESIGN.md:
 * ≤ 3 requests, bytes ≤ 1.3 × gzip of the records' JSON.
 * Run: npx tsx tests/bench/sync-1000.ts
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app.ts';
import { ensureUser } from '../../src/server/auth/users.ts';
import { fsBlobStore } from '../../src/server/blobs/fs-blob-store.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { openStore } from '../../src/server/store/open-store.ts';
import {
  syncResponseSchema,
  type SyncRequest,
  type SyncResponse,
} from '../../src/shared/sync/protocol.ts';
import { organizationNo } from '../server/helpers/fixtures.ts';
import { sequentialMids, TestDevice, type Transport } from '../server/helpers/sync-client.ts';

const RECORDS = 1000;

interface Wire {
  requests: number;
  up: number;
  down: number;
}

function post(
  port: number,
  path: string,
  body: Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; raw: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { ...headers, 'content-length': String(body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            raw: Buffer.concat(chunks),
            encoding: res.headers['content-encoding'],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends gzipped JSON, accepts gzip, and counts body bytes as they cross the wire. */
function gzipTransport(port: number, token: string, wire: Wire): Transport {
  return async (message: SyncRequest): Promise<SyncResponse> => {
    const body = gzipSync(JSON.stringify(message));
    const response = await post(port, '/api/sync', body, {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'accept-encoding': 'gzip',
    });
    wire.requests++;
    wire.up += body.length;
    wire.down += response.raw.length;
    const text =
      response.encoding === 'gzip' ? gunzipSync(response.raw).toString() : response.raw.toString();
    if (response.status !== 200) throw new Error(`sync ${response.status}: ${text}`);
    return syncResponseSchema.parse(JSON.parse(text));
  };
}

type MidStyle = 'random v4' | 'sequential v8';

async function measure(midStyle: MidStyle): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sopka-bench-'));
  const store = await openStore({ dataDir, databaseUrl: undefined });
  const config = { ...DEFAULT_LIMITS, staticRoot: join(dataDir, 'no-dist'), logLevel: 'error' };
  const app = await buildApp(config, store, fsBlobStore(join(dataDir, 'blobs')));
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    await ensureUser(store, {
      login: 'tigil',
      password: 'sopka-bench',
      role: 'staff',
      centreId: centreId('tigil'),
    });
    const login = await post(
      port,
      '/api/auth/login',
      Buffer.from(JSON.stringify({ login: 'tigil', password: 'sopka-bench' })),
      { 'content-type': 'application/json' },
    );
    const { token } = JSON.parse(login.raw.toString()) as { token: string };

    const records = Array.from({ length: RECORDS }, (_, n) => organizationNo('tigil', n));
    const recordsGzip = gzipSync(JSON.stringify(records)).length;

    const push: Wire = { requests: 0, up: 0, down: 0 };
    const mids = midStyle === 'random v4' ? randomUUID : sequentialMids();
    const libraryPc = new TestDevice(
      gzipTransport(port, token, push),
      'tigil-library',
      Date.now,
      mids,
    );
    for (const record of records) libraryPc.edit('organizations', record.id, record);
    let started = performance.now();
    await libraryPc.sync();
    const pushMs = performance.now() - started;

    const pull: Wire = { requests: 0, up: 0, down: 0 };
    const freshPc = new TestDevice(gzipTransport(port, token, pull), 'tigil-new-pc');
    started = performance.now();
    await freshPc.sync();
    const pullMs = performance.now() - started;
    if (freshPc.records.size !== RECORDS)
      throw new Error(`pulled ${freshPc.records.size} of ${RECORDS}`);

    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    const ratio = (bytes: number) => `${(bytes / recordsGzip).toFixed(2)}×`;
    const verdict = (wire: Wire, bytes: number) =>
      wire.requests <= 3 && bytes <= 1.3 * recordsGzip ? 'within budget' : 'OVER budget';
    return [
      `— mutation ids: ${midStyle}`,
      `records: ${RECORDS} organizations, JSON ${kib(Buffer.byteLength(JSON.stringify(records)))}, gzip ${kib(recordsGzip)}`,
      `push (library PC → server): ${push.requests} requests; up ${kib(push.up)} = ${ratio(push.up)}; down (acks) ${kib(push.down)}; up+down ${ratio(push.up + push.down)}; ${pushMs.toFixed(0)} ms — ${verdict(push, push.up)} (up)`,
      `pull (fresh PC ← server):   ${pull.requests} requests; up ${kib(pull.up)}; down ${kib(pull.down)} = ${ratio(pull.down)}; ${pullMs.toFixed(0)} ms — ${verdict(pull, pull.down)} (down)`,
    ];
  } finally {
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const report = [...(await measure('random v4')), ...(await measure('sequential v8'))];
report.push(
  'budget (DESIGN.md): ≤ 3 requests, bytes ≤ 1.3 × gzip of the records; bytes = HTTP bodies as sent (gzip), headers not counted',
);
process.stdout.write(`${report.join('\n')}\n`);
