import fc from 'fast-check';

/** One mutation inside a well-formed batch: valid, or broken in one way the server must refuse. */
export type MutationPlan =
  | { kind: 'create' }
  | { kind: 'edit'; field: 'notes' | 'contactPerson' | 'phone'; text: string }
  | { kind: 'edit-count'; count: number }
  | { kind: 'edit-archived'; archived: boolean }
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
        | 'partial_create';
      value: unknown;
    };

/** One HTTP request to /api/sync, as data: the runner builds it against the current state. */
export type RequestPlan =
  | { kind: 'batch'; mutations: MutationPlan[] }
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
  | { kind: 'random-json'; body: unknown }
  | { kind: 'bad-token'; token: string | null }
  | { kind: 'huge' }
  | { kind: 'deep'; depth: number }
  | { kind: 'garbage'; bytes: Uint8Array; gzip: boolean }
  | { kind: 'wrong-type'; contentType: string };

const RUSSIAN = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГД «»—№ 0123456789.,;';
const russianText = (maxLength: number) =>
  fc.array(fc.constantFrom(...RUSSIAN), { minLength: 1, maxLength }).map((chars) => chars.join(''));

const mutationPlan: fc.Arbitrary<MutationPlan> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'create' as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      field: fc.constantFrom('notes' as const, 'contactPerson' as const, 'phone' as const),
      text: russianText(40),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('edit-count' as const),
      count: fc.integer({ min: 0, max: 100_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('edit-archived' as const), archived: fc.boolean() }),
  },
  {
    weight: 4,
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
      ),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(-1), fc.constant(1.5)),
    }),
  },
);

const mutations = fc.array(mutationPlan, { minLength: 1, maxLength: 6 });

export const requestPlan: fc.Arbitrary<RequestPlan> = fc.oneof(
  { weight: 40, arbitrary: fc.record({ kind: fc.constant('batch' as const), mutations }) },
  { weight: 5, arbitrary: fc.constant({ kind: 'replay' as const }) },
  {
    weight: 20,
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
    weight: 10,
    arbitrary: fc.record({ kind: fc.constant('random-json' as const), body: fc.jsonValue() }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('bad-token' as const),
      token: fc.option(fc.string({ maxLength: 80 }), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'huge' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      depth: fc.integer({ min: 100, max: 20_000 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      bytes: fc.uint8Array({ maxLength: 400 }),
      gzip: fc.boolean(),
    }),
  },
  {
    weight: 6,
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
