import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from './blob-store.ts';

const SHA256 = /^[0-9a-f]{64}$/;

async function writeAndSync(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename or a new entry in `dir` survive a power cut. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Windows cannot fsync a directory; its rename is durable enough there
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EINVAL') throw error;
  } finally {
    await handle.close();
  }
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Blobs as files under `root/ab/cd/<sha256>`, written to a synced temp file and renamed into
 * place. A file already there is trusted only when its size and hash match: a power cut can
 * leave one short, or zeroed, under its name.
 */
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
  const intact = async (sha256: string, bytes: Buffer): Promise<boolean> =>
    (await size(sha256)) === bytes.length && (await fileSha256(pathOf(sha256))) === sha256;
  return {
    size,
    async put(sha256, bytes) {
      if (await intact(sha256, bytes)) return 'exists';
      const path = pathOf(sha256);
      const dir = dirname(path);
      const created = await mkdir(dir, { recursive: true });
      // a crash mid-write leaves only a temp file, never a truncated blob under its hash
      const temp = join(root, `.tmp-${sha256}-${randomBytes(6).toString('hex')}`);
      try {
        await writeAndSync(temp, bytes);
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      await syncDir(dir);
      if (created !== undefined) for (const parent of [dirname(dir), root]) await syncDir(parent);
      return 'created';
    },
    read(sha256, range) {
      return createReadStream(pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    },
  };
}
