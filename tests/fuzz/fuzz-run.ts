import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { seed } from '../../src/server/seed/seed.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';
import {
  apiErrorSchema,
  syncResponseSchema,
  type SyncRequest,
} from '../../src/shared/sync/protocol.ts';
import { organization } from '../server/helpers/fixtures.ts';
import {
  addUser,
  PASSWORD,
  signIn,
  startTestApp,
  type TestApp,
} from '../server/helpers/test-app.ts';
import { openTestPglite, openTestPostgres, type TestStore } from '../server/helpers/test-store.ts';
import { FuzzClient, FuzzModel, type BuiltMutation } from './fuzz-model.ts';
import { SyncOracle } from './fuzz-oracle.ts';
import { requestPlan, type MutationPlan, type RequestPlan } from './fuzz-plan.ts';
import { PublicRegistrations } from './fuzz-public.ts';
import { compareStore, type StoreRow } from './fuzz-store-check.ts';
import { textOf } from './weird-values.ts';
import { byteLength, deepValue, gzipped, json, oddness, shown, type Wire } from './fuzz-wire.ts';

export const BODY_LIMIT = 3 * 1024 * 1024;
const UNLIMITED = { max: 1_000_000_000, timeWindowMs: 60_000 };

export interface FuzzFigures {
  seed: number;
  requests: number;
  counts: Record<string, number>;
  statuses: Record<string, number>;
  acked: number;
  refused: number;
  eitherAccepted: number;
  eitherRefused: number;
  records: Record<string, number>;
  conflicts: number;
  publicRegistrations: number;
}

export interface FuzzResult {
  figures: FuzzFigures;
  /** Answers a correct server never gives: 5xx, a valid mutation refused, a bad one kept… */
  problems: string[];
  /** The store against the oracle, after the run. */
  storeProblems: string[];
}

/** Sends RUNS seeded random requests to a real server over `kind` and checks every answer. */
export async function runFuzz(
  kind: 'pglite' | 'postgres',
  seedNumber: number,
  runs: number,
): Promise<FuzzResult> {
  const store: TestStore = kind === 'pglite' ? await openTestPglite() : await openTestPostgres();
  let server: TestApp | undefined;
  try {
    await seed(store, new ServerClock(), false);
    server = await startTestApp(store, {
      bodyLimit: BODY_LIMIT,
      // the limits would answer 429 before the handlers ever saw the odd bodies
      signInLimits: { perLogin: UNLIMITED, perAddress: UNLIMITED, perDevice: UNLIMITED },
      publicRateLimit: UNLIMITED,
      registrationRateLimit: UNLIMITED,
    });
    return await fuzz(store, server, seedNumber, runs);
  } finally {
    await server?.close();
    await store.dispose();
  }
}

async function fuzz(
  store: TestStore,
  server: TestApp,
  seedNumber: number,
  runs: number,
): Promise<FuzzResult> {
  const baseUrl = await server.app.listen({ port: 0, host: '127.0.0.1' });
  const tigilUser = await addUser(store, 'tigil-fuzz', 'tigil');
  const regionalUser = await addUser(store, 'regional-fuzz');
  const writerOf = (user: typeof tigilUser) => ({
    id: user.id,
    name: user.displayName ?? user.login,
  });
  const writers = { staff: writerOf(tigilUser), regional: writerOf(regionalUser) };
  await addUser(store, 'palana-library', 'palana');
  const staff = new FuzzClient('staff', 'tigil-fuzz-pc', await signIn(server.app, 'tigil-fuzz'));
  const regional = new FuzzClient(
    'regional',
    'regional-fuzz-pc',
    await signIn(server.app, 'regional-fuzz'),
  );
  const palanaOrganization = { ...organization('palana'), name: 'ТОС «Палана-Север»' };
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
  if (palana.json<{ rejected: unknown[] }>().rejected?.length !== 0)
    throw new Error(`setup: ${palana.body}`);

  // the seeded centres, templates, materials and contests, and Palana's organization, as stored
  const oracle = new SyncOracle();
  for (const row of await allRows(store))
    oracle.adopt(row.collection, row.id, row.centre, row.data, row.clocks ?? {});
  const model = new FuzzModel(oracle, seedNumber, palanaOrganization.id);
  const publicRegistrations = new PublicRegistrations(oracle, model);
  const clients = { staff, regional };

  const plans = fc.sample(requestPlan, { numRuns: runs, seed: seedNumber });
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  const tally = { acked: 0, refused: 0, eitherAccepted: 0, eitherRefused: 0 };
  // a retry of the last batch, as a PC sends it again when the answer was lost
  const last: {
    batch: { client: FuzzClient; built: BuiltMutation[]; wire: Wire; bytes: number } | null;
  } = { batch: null };

  const syncBody = (client: FuzzClient, built: BuiltMutation[]): SyncRequest => ({
    protocol: 1,
    clientId: client.clientId,
    cursor: client.cursor,
    mutations: built.map((item) => item.mutation),
  });
  const buildAll = (client: FuzzClient, items: MutationPlan[]) =>
    items.flatMap((item) => model.build(client, item) ?? []);

  async function send(wire: Wire) {
    const response = await fetch(`${baseUrl}${wire.path}`, {
      method: 'POST',
      headers: wire.headers,
      body: wire.body,
    });
    const text = await response.text();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    let body: unknown = undefined;
    try {
      body = JSON.parse(text);
    } catch {
      // checked by the caller: every answer is JSON
    }
    return { status: response.status, text, body };
  }

  /** What everyone sees must survive whatever was just stored. */
  async function publicPagesServe(where: string, centres = false): Promise<void> {
    const paths = [
      '/api/public/trainings',
      '/api/health',
      ...(centres ? ['/api/public/centres'] : []),
    ];
    for (const path of paths) {
      const response = await fetch(`${baseUrl}${path}`);
      const text = await response.text();
      if (response.status !== 200) {
        problems.push(`${where} — then GET ${path}: HTTP ${response.status} ${text.slice(0, 160)}`);
        continue;
      }
      if (path === '/api/public/trainings')
        problems.push(
          ...publicRegistrations.checkListing(JSON.parse(text) as { trainings: unknown[] }, where),
        );
    }
  }

  /** A sync answer to a batch: each mutation acked or refused as a correct server would. */
  function judgeBatch(
    where: string,
    client: FuzzClient,
    built: BuiltMutation[],
    answer: { status: number; text: string; body: unknown },
  ): void {
    const parsed = syncResponseSchema.safeParse(answer.body);
    if (answer.status !== 200 || !parsed.success) {
      const odd = built
        .filter((item) => item.verdict !== 'valid')
        .map((item) => `${item.what} [${oddness(item.mutation.patch)}]`);
      problems.push(
        `${where}: HTTP ${answer.status} ${answer.text.slice(0, 160)} — expected a sync response; the batch held ${built.length} mutations${odd.length ? `, the odd ones: ${odd.join('; ')}` : ''}`,
      );
      return;
    }
    const acks = new Set(parsed.data.acks);
    const refusals = new Map(parsed.data.rejected.map((item) => [item.mid, item]));
    for (const item of built) {
      const { mutation, verdict } = item;
      const acked = acks.has(mutation.mid);
      const refusal = refusals.get(mutation.mid);
      // built only for a message: oddness() of a megabyte costs more than the request
      const about = () => `${item.what} ${shown(mutation.patch)} [${oddness(mutation.patch)}]`;
      if (!acked && !refusal) problems.push(`${where}: ${about()} neither acked nor refused`);
      else if (verdict === 'valid' && !acked)
        problems.push(`${where}: valid ${about()} refused: ${refusal?.code} ${refusal?.message}`);
      else if (verdict === 'invalid' && acked) problems.push(`${where}: invalid ${about()} acked`);
      if (acked) tally.acked++;
      else tally.refused++;
      if (verdict === 'either') tally[acked ? 'eitherAccepted' : 'eitherRefused']++;
      if (!acked) continue;
      if (item.target.kind === 'conflict')
        oracle.closeConflict(mutation.mid, item.target.key, mutation.patch.status, mutation.hlc);
      else oracle.apply(mutation.mid, mutation, item.target.centreId, writers[client.writer]);
      client.acknowledged(mutation);
    }
    client.received(parsed.data.changes);
    client.cursor = parsed.data.cursor;
  }

  for (const [index, plan] of plans.entries()) {
    const label = plan.kind === 'batch' ? `batch(${plan.writer})` : plan.kind;
    counts[label] = (counts[label] ?? 0) + 1;
    const where = `#${index} ${label}`;
    model.beginRequest();
    switch (plan.kind) {
      case 'batch':
      case 'replay': {
        const client: FuzzClient | undefined =
          plan.kind === 'batch' ? clients[plan.writer] : last.batch?.client;
        if (!client) break;
        if (plan.kind === 'batch') {
          const built = buildAll(client, plan.mutations);
          const plain = json('/api/sync', syncBody(client, built), client.token);
          const wire = plan.gzip ? gzipped(plain) : plain;
          last.batch = { client, built, wire, bytes: byteLength(plain.body) };
        }
        const { built, wire, bytes } = last.batch ?? {
          built: [],
          wire: json('', null, null),
          bytes: 0,
        };
        const answer = await send(wire);
        // the limit counts the bytes after gzip is undone
        if (bytes > BODY_LIMIT && answer.status < 500) {
          if (answer.status !== 413)
            problems.push(`${where}: a body over the limit answered ${answer.status}, not 413`);
        } else judgeBatch(where, client, built, answer);
        await publicPagesServe(where, client.writer === 'regional');
        break;
      }
      case 'cursor': {
        const client = clients[plan.writer];
        const body = { ...syncBody(client, []), cursor: plan.value };
        const answer = await send(json('/api/sync', body, client.token));
        const about = `${where} ${shown(plan.value)}`;
        if (answer.status >= 500 || answer.status < 200)
          problems.push(`${about}: HTTP ${answer.status} ${answer.text.slice(0, 160)}`);
        else if (answer.status === 200) {
          const parsed = syncResponseSchema.safeParse(answer.body);
          if (!parsed.success) problems.push(`${about}: 200 without a sync response`);
          else client.received(parsed.data.changes);
        } else if (!apiErrorSchema.safeParse(answer.body).success)
          problems.push(`${about}: HTTP ${answer.status} with a bad error body`);
        break;
      }
      case 'login': {
        const value = (odd: typeof plan.login, right: string) =>
          odd === 'right' ? right : odd === null ? undefined : textOf(odd.text, 300);
        const fields = {
          login: value(plan.login, 'tigil-fuzz'),
          password: value(plan.password, PASSWORD),
        };
        const body =
          plan.shape === 'object'
            ? fields
            : plan.shape === 'array'
              ? [fields]
              : String(fields.login);
        const answer = await send(json('/api/auth/login', body, null));
        const right =
          plan.shape === 'object' && plan.login === 'right' && plan.password === 'right';
        const about = `${where} ${shown(body)} [${oddness(body)}]`;
        if (right && answer.status !== 200)
          problems.push(`${about}: the right password answered ${answer.status}`);
        if (!right && (answer.status < 400 || answer.status >= 500))
          problems.push(
            `${about}: HTTP ${answer.status} ${answer.text.slice(0, 160)}, expected 4xx`,
          );
        else if (!right && !apiErrorSchema.safeParse(answer.body).success)
          problems.push(`${about}: HTTP ${answer.status} with a bad error body`);
        break;
      }
      case 'public-registration': {
        const attempt = publicRegistrations.build(plan);
        const answer = await send(json('/api/public/registrations', attempt.body, null));
        problems.push(...publicRegistrations.judge(where, attempt, answer));
        await publicPagesServe(where);
        break;
      }
      default: {
        const wire = brokenWire(plan, staff, model, syncBody, buildAll);
        const answer = await send(wire);
        const about = `${where}: HTTP ${answer.status} ${answer.text.slice(0, 160)}`;
        if (answer.body === undefined) problems.push(`${about} — not JSON`);
        else if (answer.status < 400 || answer.status >= 500)
          problems.push(`${about} — expected 4xx`);
        else if (!apiErrorSchema.safeParse(answer.body).success)
          problems.push(`${about} — bad error body`);
      }
    }
  }

  // a last pull for both, so their views hold the conflicts and placements they will be compared on
  const rows = await allRows(store);
  const storeProblems = compareStore(oracle, rows, publicRegistrations);
  const records: Record<string, number> = {};
  for (const row of rows) records[row.collection] = (records[row.collection] ?? 0) + 1;
  return {
    figures: {
      seed: seedNumber,
      requests: plans.length,
      counts,
      statuses,
      ...tally,
      records,
      conflicts: records.conflicts ?? 0,
      publicRegistrations: publicRegistrations.accepted,
    },
    problems,
    storeProblems,
  };
}

export async function allRows(store: TestStore): Promise<StoreRow[]> {
  return store.query<StoreRow>(
    `select collection, id::text as id, centre_id::text as centre, data, clocks from records
     order by seq`,
  );
}

/** Requests a correct server must refuse with a 4xx and a readable error, storing nothing. */
function brokenWire(
  plan: Exclude<
    RequestPlan,
    { kind: 'batch' | 'replay' | 'cursor' | 'login' | 'public-registration' }
  >,
  client: FuzzClient,
  model: FuzzModel,
  syncBody: (client: FuzzClient, built: BuiltMutation[]) => SyncRequest,
  buildAll: (client: FuzzClient, items: MutationPlan[]) => BuiltMutation[],
): Wire {
  const token = client.token;
  switch (plan.kind) {
    case 'broken-request': {
      const built = buildAll(client, plan.mutations);
      const body: Record<string, unknown> = { ...syncBody(client, built) };
      const [first, ...rest] = built.map(
        (item) => ({ ...item.mutation }) as Record<string, unknown>,
      );
      const { value } = plan;
      if (plan.how === 'bad_hlc') body.mutations = [{ ...first, hlc: '2026-11-27 вечер' }, ...rest];
      if (plan.how === 'bad_mid') body.mutations = [{ ...first, mid: 'mid-42' }, ...rest];
      if (plan.how === 'patch_not_object') body.mutations = [{ ...first, patch: 'ТОС' }, ...rest];
      if (plan.how === 'bad_cursor')
        body.cursor = typeof value === 'string' ? `x${value}` : { value };
      if (plan.how === 'protocol') body.protocol = value === 1 ? 2 : value;
      if (plan.how === 'client_id') body.clientId = 'библиотека Тигиль';
      if (plan.how === 'not_array') body.mutations = Array.isArray(value) ? { value } : value;
      if (plan.how === 'too_many')
        body.mutations = Array.from({ length: 501 }, () => ({
          ...(built[0]?.mutation ?? {}),
          mid: model.uuid(),
        }));
      return json('/api/sync', body, token);
    }
    case 'random-json':
      return json('/api/sync', plan.body, token);
    case 'bad-token': {
      const wire = json('/api/sync', syncBody(client, []), null);
      if (plan.token !== null)
        wire.headers.authorization = `Bearer ${plan.token.replace(/[^\x20-\x7e]/g, '')}`;
      return wire;
    }
    case 'huge':
      return json(
        '/api/sync',
        { ...syncBody(client, []), padding: 'x'.repeat(BODY_LIMIT + 1) },
        token,
      );
    case 'deep': {
      const text = `{"protocol":1,"clientId":"tigil-fuzz-pc","cursor":null,"mutations":[${deepValue(plan.depth)}]}`;
      return { ...json('/api/sync', null, token), body: text };
    }
    case 'garbage': {
      const wire = json('/api/sync', null, token, plan.gzip ? { 'content-encoding': 'gzip' } : {});
      const bytes = plan.gzip && plan.bytes.length > 200 ? gzipSync(plan.bytes) : plan.bytes;
      return { ...wire, body: new Uint8Array(bytes) };
    }
    case 'wrong-type':
      return json('/api/sync', syncBody(client, []), token, { 'content-type': plan.contentType });
  }
}
