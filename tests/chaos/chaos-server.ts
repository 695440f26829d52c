import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/server/store/migrate.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import { startTestApp, type TestApp } from '../server/helpers/test-app.ts';
import { DATABASE_URL, openTestPostgres } from '../server/helpers/test-store.ts';

export type StoreKind = 'pglite' | 'postgres';

/** The regional server in process over a store that outlives it: stop it, start it again. */
export class ChaosServer {
  store!: Store;
  server!: TestApp;
  url = '';
  restarts = 0;
  private readonly schema = `sopka_chaos_${process.pid}_${Date.now()}`;

  private constructor(
    readonly kind: StoreKind,
    private readonly dir: string,
  ) {}

  static async start(kind: StoreKind): Promise<ChaosServer> {
    if (kind === 'postgres' && !DATABASE_URL) throw new Error('DATABASE_URL is not set');
    const chaos = new ChaosServer(kind, await mkdtemp(join(tmpdir(), 'sopka-chaos-')));
    await chaos.up();
    return chaos;
  }

  private async openStore(): Promise<Store> {
    if (this.kind === 'postgres') return openTestPostgres(this.schema);
    const store = await openPgliteStore(join(this.dir, 'pglite'));
    await migrate(store);
    return store;
  }

  private async up(): Promise<void> {
    this.store = await this.openStore();
    this.server = await startTestApp(this.store);
    await this.server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = this.server.app.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Connections cut at once, the store closed, then everything opened again from disk. */
  async restart(): Promise<void> {
    await this.down();
    await this.up();
    this.restarts++;
  }

  private async down(): Promise<void> {
    this.server.app.server.closeAllConnections();
    await this.server.close();
    await this.store.close();
  }

  async close(): Promise<void> {
    if (this.kind === 'postgres')
      await this.store.query(`drop schema if exists ${this.schema} cascade`);
    await this.down();
    await rm(this.dir, { recursive: true, force: true });
  }
}
