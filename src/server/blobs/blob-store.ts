import type { Readable } from 'node:stream';

/** Content-addressed files: the name is the sha256 of the bytes. */
export interface BlobStore {
  /** Size in bytes, or undefined when the blob is absent. */
  size(sha256: string): Promise<number | undefined>;
  /** Stores bytes already verified to hash to `sha256`; 'exists' when it was there. */
  put(sha256: string, bytes: Buffer): Promise<'created' | 'exists'>;
  /** Reads the blob, or the inclusive byte range [start, end]. */
  read(sha256: string, range?: { start: number; end: number }): Readable;
}
