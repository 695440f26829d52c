import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import type { CentreKey } from '../../src/server/seed/seed-centres.ts';
import { SopkaDb } from '../../src/web/store/db.ts';
import { mutate } from '../../src/web/store/mutate.ts';
import { runSync } from '../../src/web/sync/sync-run.ts';
import { httpTransport } from '../../src/web/sync/sync-transport.ts';
import { addUser, signIn, startTestApp, type TestApp } from '../server/helpers/test-app.ts';
import { openTestPglite, type TestStore } from '../server/helpers/test-store.ts';

/** The regional server: the real Fastify app on PGlite (on disk), listening on a free port. */
export interface SopkaServer {
  url: string;
  store: TestStore;
  server: TestApp;
  close(): Promise<void>;
}

export async function startSopka(): Promise<SopkaServer> {
  const store = await openTestPglite();
  const server = await startTestApp(store);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    server,
    async close() {
      await server.close();
      await store.dispose();
    },
  };
}

let devices = 0;

/** A library PC running the app's own client: Dexie (fake-indexeddb), mutate, runSync. */
export class SopkaPc {
  readonly db = new SopkaDb(`bench-pc-${++devices}`);

  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(sopka: SopkaServer, baseUrl: string, centre: CentreKey): Promise<SopkaPc> {
    const login = `bench-${centre}-${devices + 1}`;
    await addUser(sopka.store, login, centre);
    return new SopkaPc(baseUrl, await signIn(sopka.server.app, login));
  }

  async put(records: readonly Record<string, unknown>[]): Promise<void> {
    for (const { id, ...fields } of records) await this.write(String(id), fields);
  }

  /** The app writes only the changed fields. */
  async edit(ids: readonly string[], patch: Record<string, unknown>): Promise<void> {
    for (const id of ids) await this.write(id, patch);
  }

  private async write(id: string, patch: Record<string, unknown>): Promise<void> {
    const result = await mutate('organizations', id, patch, this.db);
    if (!result.ok) throw new Error(`${result.code}: ${result.message} (${result.field})`);
  }

  async sync(): Promise<void> {
    await runSync({
      db: this.db,
      transport: httpTransport({ token: this.token, baseUrl: this.baseUrl }),
    });
  }

  count(): Promise<number> {
    return this.db.records('organizations').count();
  }

  close(): Promise<void> {
    return this.db.delete();
  }
}
