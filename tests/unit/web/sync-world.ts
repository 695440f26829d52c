import type { AddressInfo } from 'node:net';
import { centreId, type CentreKey } from '../../../src/server/seed/seed-centres.ts';
import type { SyncResponse } from '../../../src/shared/sync/protocol.ts';
import { SopkaDb } from '../../../src/web/store/db.ts';
import { runSync } from '../../../src/web/sync/sync-run.ts';
import { httpTransport, type SyncTransport } from '../../../src/web/sync/sync-transport.ts';
import { addUser, signIn, startTestApp, type TestApp } from '../../server/helpers/test-app.ts';
import { openTestPglite, type TestStore } from '../../server/helpers/test-store.ts';

/** The regional server, real and in process (Fastify on PGlite), listening on a free port. */
export interface SyncWorld {
  store: TestStore;
  server: TestApp;
  baseUrl: string;
  /** The server process starts again over the same store (a new address). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function listening(store: TestStore): Promise<{ server: TestApp; baseUrl: string }> {
  const server = await startTestApp(store);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.app.server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

export async function startSyncWorld(): Promise<SyncWorld> {
  const store = await openTestPglite();
  const world: SyncWorld = {
    store,
    ...(await listening(store)),
    async restart() {
      await world.server.close();
      Object.assign(world, await listening(store));
    },
    async close() {
      await world.server.close();
      await store.dispose();
    },
  };
  return world;
}

let devices = 0;

/** A library PC: its own IndexedDB, signed in as a staff member of `centre`. */
export class LibraryPc {
  readonly db: SopkaDb;
  requests = 0;
  /** Wraps every round trip, e.g. to lose a response or to count requests. */
  wrap: (send: SyncTransport) => SyncTransport = (send) => send;

  constructor(
    private readonly world: SyncWorld,
    readonly token: string,
    readonly centre: CentreKey,
  ) {
    this.db = new SopkaDb(`library-pc-${++devices}`);
  }

  static async signIn(world: SyncWorld, login: string, centre: CentreKey): Promise<LibraryPc> {
    await addUser(world.store, login, centre).catch(() => undefined);
    const pc = new LibraryPc(world, await signIn(world.server.app, login), centre);
    // as the sign-in screen leaves it: who is signed in decides what the self-check covers
    await pc.db.session.put({
      key: 'current',
      userId: login,
      login,
      role: 'staff',
      centreId: centreId(centre),
      token: pc.token,
    });
    return pc;
  }

  get centreId(): string {
    return centreId(this.centre);
  }

  /** One full sync as the app runs it: push the outbox, pull until nothing is left. */
  async sync(): Promise<void> {
    const base = httpTransport({ token: this.token, baseUrl: this.world.baseUrl });
    const counted: SyncTransport = async (request): Promise<SyncResponse> => {
      this.requests++;
      return base(request);
    };
    await runSync({ db: this.db, transport: this.wrap(counted) });
  }

  record(collection: 'organizations', id: string) {
    return this.db.records(collection).get(id);
  }

  async close(): Promise<void> {
    await this.db.delete();
  }
}
