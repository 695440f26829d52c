// Prints the gzip size of what the first screen loads: the entry script of dist/index.html, the
// app it imports after the browser check, and their static imports (not other dynamic ones:
// those are lazy routes). Budget: JS ≤ 80 KB gzip.
// Usage: node scripts/size.mjs [--no-build]   (--no-build measures the existing dist/)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;
const DIST = new URL('../dist/', import.meta.url).pathname;

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
} else if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run without --no-build');
  process.exit(1);
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entrySrc = html.match(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/)?.[1];
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].file === entrySrc);
if (!entrySrc || !entryKey) {
  console.error(`cannot find the entry script of dist/index.html in .vite/manifest.json`);
  process.exit(1);
}

/** The entry chunk and everything it imports statically, each once. */
const chunks = new Map();
const css = new Set();
function walk(key) {
  const chunk = manifest[key];
  if (!chunk || chunks.has(chunk.file)) return;
  chunks.set(chunk.file, key);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) walk(imported);
}
walk(entryKey);
// the entry checks the browser, then imports the app: that import is part of the first screen
const APP_KEY = 'src/web/main.tsx';
if (manifest[entryKey].dynamicImports?.includes(APP_KEY)) walk(APP_KEY);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const measure = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const js = [...chunks.keys()].map(measure);
const styles = [...css].map(measure);

const rows = [...js, ...styles].map((r) => [r.file, kb(r.raw), kb(r.gzip)]);
const width = Math.max(4, ...rows.map((r) => r[0].length));
console.log(`${'file'.padEnd(width)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}`);
for (const [file, raw, gzip] of rows)
  console.log(`${file.padEnd(width)}  ${raw.padStart(8)}  ${gzip.padStart(8)}`);

const totalJs = js.reduce((sum, r) => sum + r.gzip, 0);
const totalCss = styles.reduce((sum, r) => sum + r.gzip, 0);
const verdict = totalJs / 1024 <= BUDGET_KB ? 'within budget' : 'OVER BUDGET';
console.log(`\nfirst-screen JS (gzip): ${kb(totalJs)} KB of ${BUDGET_KB} KB budget — ${verdict}`);
console.log(`first-screen CSS (gzip): ${kb(totalCss)} KB`);
