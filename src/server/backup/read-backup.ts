import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import {
  BLOB_PREFIX,
  DUMP_FILE,
  MANIFEST_FILE,
  backupManifestSchema,
  type BackupManifest,
} from './backup-format.ts';
import { tarEntries } from './tar.ts';

export interface BackupBlob {
  sha256: string;
  bytes: Buffer;
}

export interface BackupReader {
  manifest: BackupManifest;
  dump: Buffer;
  /** The blobs that follow, each checked against its name. */
  blobs: AsyncGenerator<BackupBlob>;
}

export class BadBackupError extends Error {
  constructor(file: string, why: string) {
    super(`Файл ${file} — не копия Сопки или повреждён: ${why}`);
  }
}

/** Opens a backup file: the manifest and dump at once, blobs as they are read. */
export async function readBackup(file: string): Promise<BackupReader> {
  const entries = tarEntries(createReadStream(file).pipe(createGunzip()));
  const next = async (expected: string) => {
    const entry = await entries.next().catch((error: Error) => {
      throw new BadBackupError(file, error.message);
    });
    if (entry.done || entry.value.name !== expected)
      throw new BadBackupError(file, `нет ${expected} на своём месте`);
    return entry.value.bytes;
  };
  const parsed = backupManifestSchema.safeParse(
    JSON.parse((await next(MANIFEST_FILE)).toString('utf8')),
  );
  if (!parsed.success) throw new BadBackupError(file, 'описание копии не читается');
  const manifest = parsed.data;
  const dump = await next(DUMP_FILE[manifest.store]);
  async function* blobs(): AsyncGenerator<BackupBlob> {
    const rest = (async function* () {
      try {
        yield* entries;
      } catch (error) {
        throw new BadBackupError(file, (error as Error).message);
      }
    })();
    for await (const entry of rest) {
      if (!entry.name.startsWith(BLOB_PREFIX)) throw new BadBackupError(file, entry.name);
      const sha256 = entry.name.slice(entry.name.lastIndexOf('/') + 1);
      if (createHash('sha256').update(entry.bytes).digest('hex') !== sha256)
        throw new BadBackupError(file, `файл ${sha256} повреждён`);
      yield { sha256, bytes: entry.bytes };
    }
  }
  return { manifest, dump, blobs: blobs() };
}

/** Reads a whole backup back, checking every blob: what `npm run backup` reports. */
export async function verifyBackup(
  file: string,
): Promise<{ manifest: BackupManifest; blobs: number }> {
  const backup = await readBackup(file);
  let blobs = 0;
  for await (const _blob of backup.blobs) blobs++;
  if (blobs !== backup.manifest.blobs)
    throw new BadBackupError(file, `файлов ${blobs}, а должно быть ${backup.manifest.blobs}`);
  return { manifest: backup.manifest, blobs };
}
