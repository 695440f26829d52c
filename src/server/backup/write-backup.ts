import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { APP_VERSION } from '../app-version.ts';
import { readStoreId } from '../store/store-identity.ts';
import type { Store } from '../store/store.ts';
import {
  BACKUP_FORMAT,
  BLOB_PREFIX,
  DUMP_FILE,
  MANIFEST_FILE,
  type BackupManifest,
} from './backup-format.ts';
import { tarWriter } from './tar.ts';

const BLOB_PATH = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/** Blob files under the root as ab/cd/<sha256>; temp files of uploads under way are left out. */
async function listBlobs(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .filter((path) => BLOB_PATH.test(path))
    .sort();
}

/**
 * Writes one .tar.gz: the manifest, the database dump, then the blobs. The database is copied
 * first: blobs are immutable and never deleted under a live server, so every blob the copied
 * records name is still there when the files are read.
 */
export async function writeBackup(
  out: Writable,
  store: Store,
  blobRoot: string,
): Promise<BackupManifest> {
  const storeId = await readStoreId(store);
  const seq = await store.query<{ seq: string }>(
    'select coalesce(max(seq), 0)::text as seq from records',
  );
  const dump = await store.dump();
  const blobs = await listBlobs(blobRoot);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    appVersion: APP_VERSION,
    store: store.kind,
    storeId,
    highestSeq: seq[0]?.seq ?? '0',
    blobs: blobs.length,
  };
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  // a reader that goes away (Ctrl+C on `npm run backup`) fails the next write below; without a
  // handler now, the rejection would be unhandled and take the whole server down with it
  written.catch(() => undefined);
  const tar = tarWriter(gzip);
  await tar.addFile(MANIFEST_FILE, Buffer.from(JSON.stringify(manifest, null, 2)));
  await tar.addFile(DUMP_FILE[store.kind], dump);
  for (const path of blobs) {
    const file = join(blobRoot, path);
    const { size, mtime } = await stat(file);
    await tar.addStream(`${BLOB_PREFIX}${path}`, size, createReadStream(file), mtime);
  }
  await tar.finish();
  await written;
  return manifest;
}
