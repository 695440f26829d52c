/**
 * A server process in miniature: opens the PGlite store on the data dir given on the command
 * line, says «ready» and holds it until killed. Run with `node --import tsx`.
 */
import { openPgliteStore } from '../../../src/server/store/pglite-store.ts';

const [dataDir, staleMs] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: hold-data-dir.ts <dataDir> [staleMs]');
const store = await openPgliteStore(dataDir, staleMs ? { staleMs: Number(staleMs) } : {});
await store.query('select 1');
process.stdout.write('ready\n');
setInterval(() => void store.query('select 1'), 200);
