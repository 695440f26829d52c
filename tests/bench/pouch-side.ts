import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import expressPouchDb from 'express-pouchdb';
import PouchDB, { type PouchDatabase, type PouchDoc } from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

const Pouch = PouchDB.plugin(memory).plugin(http).plugin(replication);
const MemoryPouch = Pouch.defaults({ adapter: 'memory' });

/** A CouchDB-compatible server (express-pouchdb over in-memory PouchDB) on a free port. */
export interface CouchServer {
  url: string;
  close(): Promise<void>;
}

export async function startCouch(): Promise<CouchServer> {
  const app = express();
  app.use('/', expressPouchDb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let databases = 0;

/** A browser's PouchDB (in memory) that replicates with `remote` the CouchDB way. */
export class PouchPc {
  readonly db: PouchDatabase = new MemoryPouch(`library-pc-${++databases}`);
  /** An http database: a bare URL would open an in-memory one of that name under `defaults`. */
  private readonly remote: PouchDatabase;

  constructor(remoteUrl: string) {
    this.remote = new Pouch(remoteUrl);
  }

  async put(records: readonly Record<string, unknown>[]): Promise<void> {
    const docs = records.map(({ id, ...fields }): PouchDoc => ({ _id: String(id), ...fields }));
    await this.db.bulkDocs(docs);
  }

  /** The app changes `patch` in each record: PouchDB stores and sends whole revisions. */
  async edit(ids: readonly string[], patch: Record<string, unknown>): Promise<void> {
    const docs = await Promise.all(ids.map((id) => this.db.get(id)));
    await this.db.bulkDocs(docs.map((doc) => ({ ...doc, ...patch })));
  }

  push(): Promise<unknown> {
    return this.db.replicate.to(this.remote);
  }

  pull(): Promise<unknown> {
    return this.db.replicate.from(this.remote);
  }

  /** Both directions, as a live app syncs. */
  sync(): Promise<unknown> {
    return this.db.sync(this.remote);
  }

  async count(): Promise<number> {
    return (await this.db.info()).doc_count;
  }

  close(): Promise<unknown> {
    return this.db.destroy();
  }
}
