import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/**
 * The few parts of ustar a backup needs: regular files with short names, written and read as
 * streams. `tar tzf sopka-backup-….tar.gz` lists one, and GNU tar unpacks it.
 */
const BLOCK = 512;
const MAX_NAME = 100;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > MAX_NAME) throw new Error(`tar: name too long: ${name}`);
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 'utf8');
  block.write(octal(0o600, 8), 100); // personal data: readable by its owner only, once extracted
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136);
  block.write('        ', 148); // the checksum counts its own field as spaces
  block.write('0', 156);
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

async function write(out: Writable, bytes: Buffer): Promise<void> {
  if (!out.write(bytes)) await once(out, 'drain');
}

export interface TarWriter {
  addFile(name: string, bytes: Buffer, mtime?: Date): Promise<void>;
  /** A file streamed from disk; `size` must be its exact length. */
  addStream(name: string, size: number, source: Readable, mtime?: Date): Promise<void>;
  finish(): Promise<void>;
}

export function tarWriter(out: Writable): TarWriter {
  return {
    async addFile(name, bytes, mtime = new Date()) {
      await write(out, header(name, bytes.length, mtime));
      await write(out, bytes);
      await write(out, padding(bytes.length));
    },
    async addStream(name, size, source, mtime = new Date()) {
      await write(out, header(name, size, mtime));
      let written = 0;
      for await (const chunk of source as AsyncIterable<Buffer>) {
        written += chunk.length;
        if (written > size) throw new Error(`tar: ${name} grew while being copied`);
        await write(out, chunk);
      }
      if (written !== size) throw new Error(`tar: ${name} shrank while being copied`);
      await write(out, padding(size));
    },
    async finish() {
      await write(out, Buffer.alloc(BLOCK * 2));
      out.end();
      await once(out, 'finish');
    },
  };
}

export interface TarEntry {
  name: string;
  bytes: Buffer;
}

/** Bytes arriving in chunks, taken out in exact lengths without copying the whole stream. */
class ChunkQueue {
  private chunks: Buffer[] = [];
  length = 0;
  push(chunk: Buffer) {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
  take(size: number): Buffer {
    const parts: Buffer[] = [];
    let needed = size;
    while (needed > 0) {
      const first = this.chunks[0] as Buffer;
      if (first.length <= needed) {
        parts.push(first);
        this.chunks.shift();
        needed -= first.length;
      } else {
        parts.push(first.subarray(0, needed));
        this.chunks[0] = first.subarray(needed);
        needed = 0;
      }
    }
    this.length -= size;
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }
}

function parseHeader(block: Buffer): { name: string; size: number; type: string } | undefined {
  if (block.every((byte) => byte === 0)) return undefined;
  const text = (start: number, length: number) =>
    block
      .subarray(start, start + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  const size = parseInt(text(124, 12).trim() || '0', 8);
  const prefix = text(345, 155);
  const name = text(0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, size, type: text(156, 1) || '0' };
}

/** The regular files of a tar stream, in order, each whole in memory (blobs are ≤ 20 MB). */
export async function* tarEntries(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const queue = new ChunkQueue();
  const iterator = source[Symbol.asyncIterator]();
  const fill = async (size: number): Promise<boolean> => {
    while (queue.length < size) {
      const next = await iterator.next();
      if (next.done) return false;
      queue.push(next.value);
    }
    return true;
  };
  for (;;) {
    if (!(await fill(BLOCK))) throw new Error('tar: the archive ends too early');
    const entry = parseHeader(queue.take(BLOCK));
    if (!entry) return;
    const padded = entry.size + ((BLOCK - (entry.size % BLOCK)) % BLOCK);
    if (!(await fill(padded))) throw new Error(`tar: ${entry.name} is cut short`);
    const bytes = queue.take(padded).subarray(0, entry.size);
    if (entry.type === '0') yield { name: entry.name, bytes };
  }
}
