import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { applyPatch, EMPTY_STATE } from '../../src/shared/sync/merge.ts';
import {
  apiErrorSchema,
  syncResponseSchema,
  type SyncRequest,
} from '../../src/shared/sync/protocol.ts';
import { organization } from '../server/helpers/fixtures.ts';
import { addUser, signIn, startTestApp, type TestApp } from '../server/helpers/test-app.ts';
import { openTestPglite, type TestStore } from '../server/helpers/test-store.ts';
import { FuzzModel, type BuiltMutation } from './fuzz-batch.ts';
import { requestPlan, type MutationPlan, type RequestPlan } from './fuzz-plan.ts';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const BODY_LIMIT = 512 * 1024;

let store: TestStore;
let server: TestApp;
let baseUrl: string;
let token: string;
const palanaOrganization = { ...organization('palana'), name: 'ТОС «Палана-Север»' };

beforeAll(async () => {
  store = await openTestPglite();
  server = await startTestApp(store, { bodyLimit: BODY_LIMIT });
  baseUrl = await server.app.listen({ port: 0, host: '127.0.0.1' });
  await addUser(store, 'tigil-fuzz', 'tigil');
  await addUser(store, 'palana-library', 'palana');
  token = await signIn(server.app, 'tigil-fuzz');
  const palana = await server.app.inject({
    method: 'POST',
    url: '/api/sync',
    headers: { authorization: `Bearer ${await signIn(server.app, 'palana-library')}` },
    payload: {
      protocol: 1,
      clientId: 'palana-pc',
      cursor: null,
      mutations: [
        {
          mid: crypto.randomUUID(),
          collection: 'organizations',
          id: palanaOrganization.id,
          patch: palanaOrganization,
          hlc: `${String(Date.now()).padStart(15, '0')}:00000:palana-pc`,
          base: {},
        },
      ],
    },
  });
  expect(palana.json<{ acks: string[] }>(), palana.body).toMatchObject({ rejected: [] });
}, 60_000);
afterAll(async () => {
  await server.close();
  await store.dispose();
});

interface Wire {
  body: string | Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
}

const json = (value: unknown, headers: Record<string, string> = {}): Wire => ({
  body: JSON.stringify(value),
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
});

function deepValue(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

describe(`bad input never hurts (seed ${SEED}, ${RUNS} requests)`, () => {
  it('answers every request with a 4xx error or a sync response, and keeps only valid mutations', async () => {
    const model = new FuzzModel(palanaOrganization.id);
    const plans = fc.sample(requestPlan, { numRuns: RUNS, seed: SEED });
    const problems: string[] = [];
    const counts: Record<string, number> = {};
    let cursor: string | null = null;
    let lastBatch: SyncRequest | null = null;
    let acked = 0;
    let refused = 0;

    const request = (mutations: BuiltMutation[]): SyncRequest => ({
      protocol: 1,
      clientId: 'tigil-fuzz-pc',
      cursor,
      mutations: mutations.map((built) => built.mutation),
    });

    function wireOf(plan: RequestPlan): { wire: Wire; built: BuiltMutation[]; ok: boolean } {
      const build = (items: MutationPlan[]) => items.map((item) => model.build(item));
      switch (plan.kind) {
        case 'batch': {
          const built = build(plan.mutations);
          lastBatch = request(built);
          return { wire: json(lastBatch), built, ok: true };
        }
        case 'replay':
          return { wire: json(lastBatch ?? request([])), built: [], ok: true };
        case 'broken-request': {
          const built = build(plan.mutations);
          const body: Record<string, unknown> = { ...request(built) };
          const [first, ...rest] = built.map(
            (item) => ({ ...item.mutation }) as Record<string, unknown>,
          );
          const { value } = plan;
          if (plan.how === 'bad_hlc')
            body.mutations = [{ ...first, hlc: '2026-11-27 вечер' }, ...rest];
          if (plan.how === 'bad_mid') body.mutations = [{ ...first, mid: 'mid-42' }, ...rest];
          if (plan.how === 'patch_not_object')
            body.mutations = [{ ...first, patch: 'ТОС' }, ...rest];
          if (plan.how === 'bad_cursor')
            body.cursor = typeof value === 'string' ? `x${value}` : { value };
          if (plan.how === 'protocol') body.protocol = value === 1 ? 2 : value;
          if (plan.how === 'client_id') body.clientId = 'библиотека Тигиль';
          if (plan.how === 'not_array') body.mutations = Array.isArray(value) ? { value } : value;
          if (plan.how === 'too_many')
            body.mutations = Array.from(
              { length: 501 },
              () => model.build({ kind: 'create' }).mutation,
            );
          return { wire: json(body), built: [], ok: false };
        }
        case 'random-json':
          return { wire: json(plan.body), built: [], ok: false };
        case 'bad-token': {
          const wire = json(request([model.build({ kind: 'create' })]));
          if (plan.token === null) delete wire.headers.authorization;
          else wire.headers.authorization = `Bearer ${plan.token.replace(/[^\x20-\x7e]/g, '')}`;
          return { wire, built: [], ok: false };
        }
        case 'huge': {
          const fat = { ...request([]), padding: 'ж'.repeat(BODY_LIMIT) };
          return { wire: json(fat), built: [], ok: false };
        }
        case 'deep': {
          const text = `{"protocol":1,"clientId":"tigil-fuzz-pc","cursor":null,"mutations":[${deepValue(plan.depth)}]}`;
          return { wire: { ...json(null), body: text }, built: [], ok: false };
        }
        case 'garbage': {
          const headers = plan.gzip ? { 'content-encoding': 'gzip' } : {};
          const bytes = new Uint8Array(
            plan.gzip && plan.bytes.length > 200 ? gzipSync(plan.bytes) : plan.bytes,
          );
          return { wire: { ...json(null, headers), body: bytes }, built: [], ok: false };
        }
        case 'wrong-type':
          return {
            wire: json(request([model.build({ kind: 'create' })]), {
              'content-type': plan.contentType,
            }),
            built: [],
            ok: false,
          };
      }
    }

    for (const [index, plan] of plans.entries()) {
      counts[plan.kind] = (counts[plan.kind] ?? 0) + 1;
      model.beginRequest();
      const { wire, built, ok } = wireOf(plan);
      const response = await fetch(`${baseUrl}/api/sync`, {
        method: 'POST',
        headers: wire.headers,
        body: wire.body,
      });
      const text = await response.text();
      const where = `#${index} ${plan.kind}: HTTP ${response.status} ${text.slice(0, 160)}`;
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`${where} — not JSON`);
        continue;
      }
      if (!ok) {
        if (response.status < 400 || response.status >= 500)
          problems.push(`${where} — expected 4xx`);
        else if (!apiErrorSchema.safeParse(body).success)
          problems.push(`${where} — bad error body`);
        continue;
      }
      const parsed = syncResponseSchema.safeParse(body);
      if (response.status !== 200 || !parsed.success) {
        problems.push(`${where} — expected a sync response`);
        continue;
      }
      cursor = parsed.data.cursor;
      const acks = new Set(parsed.data.acks);
      const rejected = new Set(parsed.data.rejected.map((item) => item.mid));
      acked += acks.size;
      refused += rejected.size;
      for (const { mutation, valid } of built) {
        if (valid && !acks.has(mutation.mid))
          problems.push(`${where} — valid ${mutation.mid} not acked`);
        if (!valid && !rejected.has(mutation.mid))
          problems.push(
            `${where} — invalid ${JSON.stringify(mutation).slice(0, 200)} not rejected`,
          );
        if (valid && acks.has(mutation.mid)) {
          const state = model.states.get(mutation.id) ?? EMPTY_STATE;
          model.states.set(mutation.id, applyPatch(state, mutation).state);
        }
      }
    }
    process.stdout.write(
      `fuzz seed ${SEED}: ${plans.length} requests ${JSON.stringify(counts)}; ${acked} mutations acked, ${refused} rejected, ${model.states.size} organizations\n`,
    );
    expect(problems.slice(0, 20)).toEqual([]);

    const rows = await store.query<{ id: string; centre: string; data: Record<string, unknown> }>(
      `select id::text as id, centre_id::text as centre, data from records
       where collection = 'organizations' order by id`,
    );
    const tigil = rows.filter((row) => row.centre === centreId('tigil'));
    expect(Object.fromEntries(tigil.map((row) => [row.id, row.data]))).toEqual(
      Object.fromEntries([...model.states].map(([id, state]) => [id, state.data])),
    );
    const palana = rows.filter((row) => row.centre === centreId('palana'));
    expect(palana.map((row) => row.data)).toEqual([palanaOrganization]);

    // nothing else was written: no unknown collection, no centre, no conflict from a bad write
    const collections = await store.query<{ collection: string }>(
      'select distinct collection from records',
    );
    expect(collections.map((row) => row.collection)).toEqual(['organizations']);

    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(200);
  }, 600_000);
});
