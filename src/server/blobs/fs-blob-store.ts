import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './blob-store.ts';

const SHA256 = /^[0-9a-f]{64}$/;

/** Blobs as files under `root/ab/cd/<sha256>`, written to a temp file and renamed into place. */
export function fsBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new Error(`Not a sha256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  const size = async (sha256: string) => {
    try {
      return (await stat(pathOf(sha256))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  return {
    size,
    async put(sha256, bytes) {
      if ((await size(sha256)) !== undefined) return 'exists';
      const path = pathOf(sha256);
      await mkdir(join(path, '..'), { recursive: true });
      // a crash mid-write leaves only a temp file, never a truncated blob under its hash
      const temp = join(root, `.tmp-${sha256}-${randomBytes(6).toString('hex')}`);
      try {
        await writeFile(temp, bytes);
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return 'created';
    },
    read(sha256, range) {
      return createReadStream(pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    },
  };
}
