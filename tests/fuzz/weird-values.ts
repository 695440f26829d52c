import fc from 'fast-check';

/**
 * Values people, old PCs and broken clients really produce, as small recipes sampled by
 * fast-check and turned into strings only when a field is chosen (a 1 MB string is built once
 * it is needed, not for every sample).
 */

/** What a correct server must do with a value: store it, refuse it, or either (policy). */
export type Verdict = 'valid' | 'invalid' | 'either';

const PIECES = {
  russian: ['Родовая община', 'с. Тигиль', 'Кечгельхут', 'ёлка', '№ 17', '«Берег»'],
  nul: ['\u0000', 'a\u0000b', '\u0000\u0000', 'конец\u0000'],
  loneHigh: ['\uD800', '\uDBFF', 'x\uD83D', '\uD83D\uD83D'],
  loneLow: ['\uDC00', '\uDFFF', '\uDE00\uD83D', 'y\uDE00'],
  zeroWidth: ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E', 'а\u200Bб'],
  bidi: [
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u202E',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u061C',
    '\u202Eяиненежолп\u202C',
  ],
  emoji: ['😀', '👨‍👩‍👧‍👦', '🇷🇺', '👍🏽', '🏳️‍🌈', '❤️', '🧑🏿‍🚀', '#️⃣', '🐟🦀'],
  otherScripts: ['مرحبا', 'שלום', '漢字かな', 'ӄӈԓ ӑӧ', 'и\u0306', 'Z\u0334\u0335\u0336a\u0301'],
  /** Storable, yet a server may well refuse them as text nobody types. */
  controls: ['\u0001', '\u001F', '\u007F', '\u0008', '\uFFFE', '\uFFFF', '\u{10FFFF}', '\u0085'],
  separators: ['\u2028', '\u2029', '\r\n', '\t', '\u00A0', '\u3000', ' '],
  lookalikes: [
    '\\u0000',
    '\\ud800',
    "'; drop table records; --",
    '<script>alert(1)</script>',
    '{"a":[1]}',
    '%s%n%x',
    '${process.env}',
    '\uFFFD',
    '"\'`',
  ],
} as const;
export type PieceFamily = keyof typeof PIECES;
const FAMILIES = Object.keys(PIECES) as PieceFamily[];

/** How long the text is: short, exactly a field's limit, one past it, or a megabyte. */
export type TextSize = 'short' | 'max' | 'over' | 'huge';

export interface TextRecipe {
  pieces: { family: PieceFamily; n: number }[];
  size: TextSize;
}

const MEGABYTE = 1024 * 1024;

/** Text the database cannot hold is rarer than odd text it can: most batches must apply. */
const RARE: readonly PieceFamily[] = ['nul', 'loneHigh', 'loneLow'];
const family = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...RARE) },
  { weight: 12, arbitrary: fc.constantFrom(...FAMILIES.filter((f) => !RARE.includes(f))) },
);

export const textRecipe: fc.Arbitrary<TextRecipe> = fc.record({
  pieces: fc.array(fc.record({ family, n: fc.nat({ max: 100 }) }), { minLength: 1, maxLength: 4 }),
  size: fc.oneof(
    { weight: 30, arbitrary: fc.constant('short' as const) },
    { weight: 2, arbitrary: fc.constant('max' as const) },
    { weight: 2, arbitrary: fc.constant('over' as const) },
    { weight: 1, arbitrary: fc.constant('huge' as const) },
  ),
});

const pieceOf = ({ family, n }: TextRecipe['pieces'][number]): string => {
  const list: readonly string[] = PIECES[family];
  return list[n % list.length] ?? '';
};

/** The text of a recipe for a field of `max` characters (UTF-16 units, as zod counts). */
export function textOf(recipe: TextRecipe, max: number): string {
  // Russian letters around the odd part: trim() of a required field must not change it
  const core = `Заметка ${recipe.pieces.map(pieceOf).join(' ')} конец`;
  const target =
    recipe.size === 'max'
      ? max
      : recipe.size === 'over'
        ? max + 1
        : recipe.size === 'huge'
          ? MEGABYTE
          : 0;
  if (target <= core.length) return target === 0 ? core : core.slice(0, target);
  return core + 'ж'.repeat(target - core.length);
}

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F\u0085\uFFFE\uFFFF]|\u{10FFFF}/u;

/**
 * PostgreSQL's jsonb cannot hold NUL or a lone surrogate: such text must be refused, never
 * crash the batch. Control characters and noncharacters are storable: keep or refuse.
 */
export function textVerdict(text: string): Verdict {
  if (text.includes('\u0000') || LONE_SURROGATE.test(text)) return 'invalid';
  // embeddings, overrides and isolates can disguise a name: Sopka refuses them in any text
  if (BIDI_CONTROL.test(text)) return 'invalid';
  if (CONTROL.test(text)) return 'either';
  return 'valid';
}

/** Any value inside a JSON document: the worst verdict of its strings (keys included). */
export function valueVerdict(value: unknown): Verdict {
  if (typeof value === 'string') return textVerdict(value);
  if (Array.isArray(value)) return worst(value.map(valueVerdict));
  if (value && typeof value === 'object')
    return worst(
      Object.entries(value).flatMap(([key, inner]) => [textVerdict(key), valueVerdict(inner)]),
    );
  return 'valid';
}

export function worst(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('invalid')) return 'invalid';
  if (verdicts.includes('either')) return 'either';
  return 'valid';
}

/** Numbers out of every range, and strings that look like numbers. */
export const ODD_NUMBERS: readonly unknown[] = [
  0,
  1,
  3,
  42,
  600,
  10_000,
  100_000,
  -1,
  -0.5,
  0.5,
  1.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  5e-324,
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '12',
  '',
  null,
  true,
  [],
  {},
];

/** Calendar dates: ordinary, far out, impossible, and almost-dates. */
export const ODD_DATES: readonly string[] = [
  '2026-03-14',
  '2024-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1970-01-01',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-3-4',
  '26-03-14',
  '2026-03-14T00:00:00Z',
  '１９９９-01-01',
  '',
];

const DAY = 24 * 60 * 60 * 1000;

const HOUR = 60 * 60 * 1000;

/**
 * A training's start and end: ordinary ones relative to now, and ones the schema takes but
 * PostgreSQL cannot read (year 0, offsets past ±15:59) or reads otherwise than a person means.
 */
export function oddStamps(n: number, now: number): [startsAt: string, endsAt: string] {
  const soon = new Date(now + 3 * DAY).toISOString();
  const pairs: [string, string][] = [
    [soon, new Date(now + 3 * DAY + 4 * HOUR).toISOString()],
    ['0000-01-01T00:00:00Z', '0000-01-01T05:00:00.000Z'],
    [soon, '9999-12-31T23:59:59.999Z'],
    [soon, '9999-12-31T23:59:59-23:00'],
    [soon, '2099-05-01T10:00:00+23:00'],
    ['0000-01-01T00:00:00Z', '2099-05-01T10:00:00-23:59'],
    [soon, '2099-05-01T10:00:00+15:59'],
    [soon, '2099-05-01T10:00:00+14:00'],
    [soon, '2099-05-01T10:00:00.123456789Z'],
    [soon, new Date(now + DAY).toISOString()],
    [soon, '2099-05-01 10:00:00Z'],
    [soon, '2099-05-01T10:00:00'],
    [soon, '2099-02-29T10:00:00Z'],
    [soon, '2099-05-01T24:00:00Z'],
    [new Date(now - 3 * DAY).toISOString(), new Date(now - 2 * DAY).toISOString()],
  ];
  return pairs[n % pairs.length] ?? [soon, soon];
}

/** A date or time valid by the schema but outside what a person means or PostgreSQL reads. */
export function farOut(value: string): boolean {
  const year = Number(/^(\d{4})-/.exec(value)?.[1] ?? '2026');
  if (year < 1900 || year > 2200) return true;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  return offset !== null && Number(offset[2]) * 60 + Number(offset[3]) > 14 * 60;
}
