// Writes Sopka's app icons (a snowy volcano on deep blue) to public/icons/: PNG 192, 512 and SVG.
// Run: node scripts/make-icons.mjs — the output is committed, so builds need no image tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const OUT = new URL('../public/icons/', import.meta.url);
const SKY = [0x0b, 0x3d, 0x91];
const SLOPE = [0x2e, 0x7d, 0x4f];
const SNOW = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Colour at (x, y) in unit coordinates: the volcano is a triangle with a snow cap. */
function colour(x, y) {
  const peak = { x: 0.5, y: 0.22 };
  const base = 0.82;
  const halfWidth = ((y - peak.y) / (base - peak.y)) * 0.42;
  const inside = y >= peak.y && y <= base && Math.abs(x - peak.x) <= halfWidth;
  if (!inside) return SKY;
  return y < peak.y + 0.2 ? SNOW : SLOPE;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const [r, g, b] = colour((x + 0.5) / size, (y + 0.5) / size);
      row[1 + x * 3] = r;
      row[2 + x * 3] = g;
      row[3 + x * 3] = b;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" fill="#0b3d91"/>
  <path d="M50 22 L92 82 L8 82 Z" fill="#2e7d4f"/>
  <path d="M50 22 L64 42 L36 42 Z" fill="#fff"/>
</svg>
`;

mkdirSync(OUT, { recursive: true });
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, OUT), png(size));
writeFileSync(new URL('icon.svg', OUT), svg);
console.log('icons written to public/icons/');
