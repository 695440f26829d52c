import { gzipSync } from 'node:zlib';

/** A request body and headers, as the runner sends it. */
export interface Wire {
  path: string;
  body: string | Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

export const json = (
  path: string,
  value: unknown,
  token: string | null,
  headers: Record<string, string> = {},
): Wire => ({
  path,
  body: JSON.stringify(value),
  headers: {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    'content-type': 'application/json',
    ...headers,
  },
});

/** The same body gzip-compressed, as the PWA sends it where CompressionStream exists. */
export function gzipped(wire: Wire): Wire {
  return {
    ...wire,
    body: new Uint8Array(gzipSync(wire.body)),
    headers: { ...wire.headers, 'content-encoding': 'gzip' },
  };
}

export const byteLength = (body: Wire['body']) =>
  typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;

export function deepValue(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

const NOTABLE: [RegExp, string][] = [
  // eslint-disable-next-line no-control-regex
  [/\u0000/, 'NUL'],
  [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'lone high surrogate'],
  [/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'lone low surrogate'],
  // eslint-disable-next-line no-control-regex
  [/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/, 'control character'],
  [/[\u200B-\u200D\u2060\uFEFF]/, 'zero-width'],
  [/[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/, 'bidi control'],
  [/\p{Extended_Pictographic}/u, 'emoji'],
  [/(^|[^\d])(0000|9999)-\d\d-\d\d/, 'far-out year'],
  [/[+-](1[5-9]|2\d):\d\d"/, 'offset past ±14:00'],
];

/** What is odd about a value, for a failure message a person can act on. */
export function oddness(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  const raw = typeof value === 'string' ? value : collectStrings(value).join('\n');
  const found = NOTABLE.filter(([pattern]) => pattern.test(raw) || pattern.test(text)).map(
    ([, name]) => name,
  );
  const longest = Math.max(0, ...collectStrings(value).map((s) => s.length));
  if (longest > 10_000) found.push(`${longest.toLocaleString('en')}-character string`);
  return found.length ? found.join(', ') : 'plain';
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...collectStrings(inner)]);
  return [];
}

/** A value shortened for a message, with its odd characters escaped. */
export function shown(value: unknown, max = 160): string {
  const text = JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'string' && inner.length > 60
      ? `${inner.slice(0, 40)}…(${inner.length} chars)`
      : inner,
  );
  const escaped = (text ?? String(value)).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uD800-\uDFFF\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
