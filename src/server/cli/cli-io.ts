import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

export const out = (text: string) => process.stdout.write(`${text}\n`);

/** A path typed by the person: relative to where they ran `npm run`, not to the repo. */
export const callerPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export const PGLITE_NOTE =
  'Пока сервер работает на встроенной базе (PGlite), остановите его: база открывается одним процессом.';

/** The server's store as the environment names it; a store that will not open ends the command. */
export async function openCliStore(): Promise<Store> {
  return openStore(loadConfig()).catch((error: unknown) => {
    out(`Не удалось открыть базу: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

/** Runs the command's work on the store and closes it, whatever happens. */
export async function withCliStore(work: (store: Store) => Promise<number>): Promise<void> {
  const store = await openCliStore();
  try {
    process.exitCode = await work(store);
  } finally {
    await store.close();
  }
}
