import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../../src/server/store/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/migrations.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import { openPostgresStore } from '../../src/server/store/postgres-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import { sleep } from '../net/forward-request.ts';
import { DATABASE_URL } from '../server/helpers/test-store.ts';

export type StoreKind = 'pglite' | 'postgres';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The lock of a data dir a killed server left behind goes stale this fast (when the server honours it). */
const LOCK_STALE_MS = 2000;
/** How long a restart may wait for the data dir a killed server held. */
const START_DEADLINE_MS = 15_000;
const READY_TIMEOUT_MS = 90_000;

/** A PGlite data dir with every migration applied, made once per machine and copied. */
async function pgliteTemplate(): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `sopka-chaos-pglite-template-${hash}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const building = `${dir}.${randomBytes(4).toString('hex')}`;
  const store = await openPgliteStore(building);
  await migrate(store);
  await store.close();
  await rename(building, dir).catch(() => rm(building, { recursive: true, force: true }));
  return dir;
}

export interface ServerRow {
  collection: string;
  id: string;
  centre: string | null;
  data: Record<string, unknown>;
  clocks: Record<string, string>;
}

/**
 * The regional server as it really runs: `src/server/main.ts` in a child process of its own
 * (through tsx), over a data dir or a PostgreSQL schema that outlives it. Killed with SIGKILL
 * at any moment and started again on the same store.
 */
export class ChaosServer {
  url = '';
  starts = 0;
  kills = 0;
  /** Starts that had to wait for the store a killed server held, and how long in all. */
  startRetries = 0;
  startWaitMs = 0;
  /** Lines the server logged at error level or worse, e.g. a 500's cause. */
  readonly errors: string[] = [];
  private child: ChildProcess | null = null;
  private output: string[] = [];
  private readonly schema = `sopka_chaos_${randomBytes(5).toString('hex')}`;

  private constructor(
    readonly kind: StoreKind,
    private readonly dir: string,
  ) {}

  static async create(kind: StoreKind): Promise<ChaosServer> {
    if (kind === 'postgres' && !DATABASE_URL) throw new Error('DATABASE_URL is not set');
    const server = new ChaosServer(kind, await mkdtemp(join(tmpdir(), 'sopka-chaos-')));
    // a migrated data dir copied in: PGlite's initdb would cost the first start ~5-30 s
    if (kind === 'pglite')
      await cp(await pgliteTemplate(), join(server.dir, 'pglite'), { recursive: true });
    if (kind === 'postgres') {
      const admin = await openPostgresStore({ url: DATABASE_URL ?? '', schema: server.schema });
      await admin.close();
    }
    return server;
  }

  /** The child's DATABASE_URL: the test's database, inside a schema of this run's own. */
  private databaseUrl(): string {
    const url = new URL(DATABASE_URL ?? '');
    url.searchParams.set('options', `-c search_path=${this.schema}`);
    return url.toString();
  }

  private spawnChild(): ChildProcess {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SOPKA_DATA_DIR: this.dir,
      SOPKA_STATIC_ROOT: join(this.dir, 'no-dist'),
      // the demo accounts (tigil, palana) are made at the first start; later starts skip the hashing
      SOPKA_DEMO: this.starts === 0 ? '1' : '0',
      SOPKA_LOCK_STALE_MS: String(LOCK_STALE_MS),
      LOG_LEVEL: 'warn',
      DATABASE_URL: this.kind === 'postgres' ? this.databaseUrl() : '',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: REPO,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        this.output.push(line);
        if (/"level":(50|60)/.test(line)) this.errors.push(line.slice(0, 600));
      }
      if (this.output.length > 400) this.output.splice(0, this.output.length - 200);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // a test runner that dies must not leave a server running on the data dir
    const orphan = () => child.kill('SIGKILL');
    process.once('exit', orphan);
    child.once('exit', () => process.off('exit', orphan));
    return child;
  }

  /** Waits for the banner's URL, or the child's exit (e.g. the data dir still held). */
  private ready(child: ChildProcess): Promise<string | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
      let seen = '';
      // the banner main.ts prints for a person: «Сопка работает: http://127.0.0.1:PORT (…)»
      const look = (chunk: Buffer) => {
        seen += chunk.toString('utf8');
        const match = /https?:\/\/[^\s/:]+:(\d+)\s/.exec(seen);
        if (!match) return;
        clearTimeout(timer);
        child.stdout?.off('data', look);
        resolve(`http://127.0.0.1:${match[1]}`);
      };
      child.stdout?.on('data', look);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(null);
      });
    });
  }

  /** Starts the server on the store; a store still held by a killed one is retried for 15 s. */
  async start(): Promise<void> {
    const began = performance.now();
    for (let attempt = 0; ; attempt++) {
      this.output = [];
      const child = this.spawnChild();
      this.child = child;
      const url = await this.ready(child);
      if (url) {
        this.url = url;
        this.starts++;
        if (attempt > 0) this.startWaitMs += performance.now() - began;
        return;
      }
      this.child = null;
      child.kill('SIGKILL');
      if (performance.now() - began > START_DEADLINE_MS)
        throw new Error(
          `the server did not start again within ${START_DEADLINE_MS / 1000} s:\n${this.output.slice(-20).join('\n')}`,
        );
      this.startRetries++;
      await sleep(500);
    }
  }

  /** Begins a start and kills it `afterMs` later: a crash while it opens the store or migrates. */
  async killDuringStart(afterMs: number): Promise<void> {
    this.output = [];
    const child = this.spawnChild();
    await sleep(afterMs);
    await this.killChild(child);
  }

  /** SIGKILL: no shutdown hook runs, open connections and transactions die with it. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child) await this.killChild(child);
  }

  private async killChild(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills++;
  }

  /** A clean stop (SIGTERM), so the store can be read here. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  }

  /** The stored rows, read straight from the store once the server is stopped. */
  async rows(): Promise<ServerRow[]> {
    await this.stop();
    const store = await this.openStore();
    try {
      return await store.query<ServerRow>(
        `select collection, id::text as id, centre_id::text as centre, data, clocks from records
         order by seq`,
      );
    } finally {
      await store.close();
    }
  }

  /** Work on the store while no server runs, e.g. users and tokens made before a benchmark. */
  async withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
    await this.stop();
    const store = await this.openStore();
    try {
      await migrate(store);
      return await work(store);
    } finally {
      await store.close();
    }
  }

  private async openStore(): Promise<Store> {
    if (this.kind === 'postgres')
      return openPostgresStore({ url: DATABASE_URL ?? '', schema: this.schema });
    // the stopped server's lock may take a moment to go (a stale-lock library waits for it)
    const began = performance.now();
    for (;;) {
      try {
        return await openPgliteStore(join(this.dir, 'pglite'));
      } catch (error) {
        if (performance.now() - began > START_DEADLINE_MS) throw error;
        await sleep(500);
      }
    }
  }

  lastOutput(): string {
    return this.output.slice(-20).join('\n');
  }

  async close(): Promise<void> {
    await this.kill();
    if (this.kind === 'postgres') {
      const store = await openPostgresStore({ url: DATABASE_URL ?? '' });
      await store.query(`drop schema if exists ${this.schema} cascade`);
      await store.close();
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}
