import type { Readable } from 'node:stream';

/** Types a browser may show in place: their first bytes are checked, never the name or a record. */
const INLINE_TYPES: readonly { mime: string; matches: (head: Buffer) => boolean }[] = [
  {
    mime: 'image/png',
    matches: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])),
  },
  { mime: 'image/jpeg', matches: (h) => h.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) },
  { mime: 'image/gif', matches: (h) => /^GIF8[79]a/.test(h.toString('latin1', 0, 6)) },
  {
    mime: 'image/webp',
    matches: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  },
  { mime: 'application/pdf', matches: (h) => h.toString('latin1', 0, 5) === '%PDF-' },
];

export const HEAD_BYTES = 12;

/** The image or PDF type of a file from its first bytes; undefined for anything else. */
export function inlineType(head: Buffer): string | undefined {
  return INLINE_TYPES.find((type) => type.matches(head))?.mime;
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

// RFC 5987 attr-char: encodeURIComponent leaves these five unescaped
const encodeExtValue = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** RFC 6266: an ASCII `filename` for old browsers and `filename*` in UTF-8 for the real name. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string | null): string {
  if (!name) return kind;
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
