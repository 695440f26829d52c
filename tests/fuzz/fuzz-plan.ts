import fc from 'fast-check';
import type { FuzzWriter } from './fuzz-records.ts';
import { ODD_DATES, ODD_NUMBERS, textRecipe, type TextRecipe } from './weird-values.ts';

/** The odd values an edit may use, as indexes and a text recipe (cheap to sample). */
export interface OddPlan {
  text: TextRecipe;
  number: number;
  date: number;
  stamps: number;
}

/** One mutation inside a well-formed batch: valid, odd, or broken in one way the server must refuse. */
export type MutationPlan =
  | { kind: 'create'; collection: number; n: number; odd: OddPlan | null; field: number }
  | { kind: 'edit'; collection: number; pick: number; field: number; odd: OddPlan }
  /** Written without having seen the field's current value: a concurrent edit. */
  | { kind: 'stale-edit'; collection: number; pick: number; field: number; odd: OddPlan }
  /** Stamped before the field's current value (a PC whose clock is behind): it loses. */
  | { kind: 'slow-edit'; collection: number; pick: number; field: number; odd: OddPlan }
  | { kind: 'delete'; collection: number; pick: number }
  | { kind: 'anonymize'; pick: number }
  | {
      kind: 'close-conflict';
      pick: number;
      status: 'restored' | 'dismissed' | 'open';
      stale: boolean;
    }
  | {
      kind: 'broken';
      how:
        | 'unknown_collection'
        | 'forbidden'
        | 'other_centre_create'
        | 'other_centre_edit'
        | 'move_centre'
        | 'bad_value'
        | 'too_long'
        | 'informal_registered'
        | 'clock_ahead'
        | 'partial_create'
        | 'server_owned'
        | 'conflict_value';
      value: unknown;
    };

export type BrokenHow = Extract<MutationPlan, { kind: 'broken' }>['how'];

/** One HTTP request, as data: the runner builds it against the current state. */
export type RequestPlan =
  | { kind: 'batch'; writer: FuzzWriter; mutations: MutationPlan[]; gzip: boolean }
  | { kind: 'replay' }
  | {
      kind: 'broken-request';
      mutations: MutationPlan[];
      how:
        | 'bad_hlc'
        | 'bad_mid'
        | 'bad_cursor'
        | 'protocol'
        | 'client_id'
        | 'not_array'
        | 'too_many'
        | 'patch_not_object';
      value: unknown;
    }
  | { kind: 'cursor'; writer: FuzzWriter; value: unknown }
  | {
      kind: 'login';
      login: OddPlan | 'right' | null;
      password: OddPlan | 'right' | null;
      shape: 'object' | 'array' | 'string';
    }
  | {
      kind: 'public-registration';
      training: number;
      open: boolean;
      field: number;
      odd: OddPlan;
      ageGroup: 'adult' | 'teen' | 'child';
      honeypot: boolean;
      consent: 'current' | 'stale' | 'odd';
    }
  | { kind: 'random-json'; body: unknown }
  | { kind: 'bad-token'; token: string | null }
  | { kind: 'huge' }
  | { kind: 'deep'; depth: number }
  | { kind: 'garbage'; bytes: Uint8Array; gzip: boolean }
  | { kind: 'wrong-type'; contentType: string };

const index = fc.nat({ max: 1_000_000 });

export const oddPlan: fc.Arbitrary<OddPlan> = fc.record({
  text: textRecipe,
  number: fc.nat({ max: ODD_NUMBERS.length - 1 }),
  date: fc.nat({ max: ODD_DATES.length - 1 }),
  stamps: fc.nat({ max: 1000 }),
});

const targeted = <K extends 'edit' | 'stale-edit' | 'slow-edit'>(kind: K) =>
  fc.record({
    kind: fc.constant(kind),
    collection: index,
    pick: index,
    field: index,
    odd: oddPlan,
  });

const mutationPlan: fc.Arbitrary<MutationPlan> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      collection: index,
      n: fc.nat({ max: 10_000 }),
      odd: fc.option(oddPlan, { freq: 3, nil: null }),
      field: index,
    }),
  },
  { weight: 8, arbitrary: targeted('edit') },
  { weight: 1, arbitrary: targeted('stale-edit') },
  { weight: 1, arbitrary: targeted('slow-edit') },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), collection: index, pick: index }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('anonymize' as const), pick: index }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('close-conflict' as const),
      pick: index,
      status: fc.constantFrom('restored' as const, 'dismissed' as const, 'open' as const),
      stale: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('broken' as const),
      how: fc.constantFrom(
        'unknown_collection' as const,
        'forbidden' as const,
        'other_centre_create' as const,
        'other_centre_edit' as const,
        'move_centre' as const,
        'bad_value' as const,
        'too_long' as const,
        'informal_registered' as const,
        'clock_ahead' as const,
        'partial_create' as const,
        'server_owned' as const,
        'conflict_value' as const,
      ),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(-1), fc.constant(1.5)),
    }),
  },
);

const mutations = fc.array(mutationPlan, { minLength: 1, maxLength: 6 });
const oddOrRight = fc.oneof(
  { weight: 3, arbitrary: oddPlan },
  { weight: 1, arbitrary: fc.constant('right' as const) },
  { weight: 1, arbitrary: fc.constant(null) },
);

export const requestPlan: fc.Arbitrary<RequestPlan> = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      writer: fc.constantFrom('staff' as const, 'staff' as const, 'regional' as const),
      mutations,
      gzip: fc.boolean(),
    }),
  },
  { weight: 4, arbitrary: fc.constant({ kind: 'replay' as const }) },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('broken-request' as const),
      mutations,
      how: fc.constantFrom(
        'bad_hlc' as const,
        'bad_mid' as const,
        'bad_cursor' as const,
        'protocol' as const,
        'client_id' as const,
        'not_array' as const,
        'too_many' as const,
        'patch_not_object' as const,
      ),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('cursor' as const),
      writer: fc.constantFrom('staff' as const, 'regional' as const),
      value: fc.oneof(
        fc.constantFrom(
          '0',
          '00000000000000000000',
          '9223372036854775807',
          '9223372036854775808',
          '99999999999999999999',
          '18446744073709551616',
          '-1',
          '1e308',
          ' 1',
          '١٢',
          '1\u0000',
          '\uD800',
          '',
        ),
        fc.constantFrom(1e308, -1, 0, Number.MAX_SAFE_INTEGER, true, null),
        fc.string({ maxLength: 24 }),
      ),
    }),
  },
  {
    // each login costs a scrypt hash (~50 ms): a few cover the odd bodies
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('login' as const),
      login: oddOrRight,
      password: oddOrRight,
      shape: fc.constantFrom(
        'object' as const,
        'object' as const,
        'array' as const,
        'string' as const,
      ),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('public-registration' as const),
      training: index,
      open: fc.boolean(),
      field: index,
      odd: oddPlan,
      ageGroup: fc.constantFrom(
        'adult' as const,
        'adult' as const,
        'teen' as const,
        'child' as const,
      ),
      honeypot: fc.constantFrom(false, false, false, true),
      consent: fc.constantFrom(
        'current' as const,
        'current' as const,
        'stale' as const,
        'odd' as const,
      ),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('random-json' as const), body: fc.jsonValue() }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('bad-token' as const),
      token: fc.option(fc.string({ maxLength: 80 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'huge' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.integer({ min: 100, max: 20_000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      bytes: fc.uint8Array({ maxLength: 400 }),
      gzip: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('wrong-type' as const),
      contentType: fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ),
    }),
  },
);
