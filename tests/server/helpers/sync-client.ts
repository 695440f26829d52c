import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  formatHlc,
  initialHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../../src/shared/sync/hlc.ts';
import { EMPTY_STATE, mergeState, type RecordState } from '../../../src/shared/sync/merge.ts';
import {
  MAX_MUTATIONS_PER_REQUEST,
  PROTOCOL_VERSION,
  syncResponseSchema,
  type Mutation,
  type Rejection,
  type SyncRequest,
  type SyncResponse,
} from '../../../src/shared/sync/protocol.ts';

export type Transport = (request: SyncRequest) => Promise<SyncResponse>;

export function injectTransport(app: FastifyInstance, token: string): Transport {
  return async (request) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: request,
    });
    if (response.statusCode !== 200)
      throw new Error(`sync ${response.statusCode}: ${response.body}`);
    return syncResponseSchema.parse(response.json());
  };
}

export function fetchTransport(baseUrl: string, token: string): Transport {
  return async (request) => {
    const response = await fetch(`${baseUrl}/api/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (!response.ok) throw new Error(`sync ${response.status}: ${await response.text()}`);
    return syncResponseSchema.parse(await response.json());
  };
}

const key = (collection: string, id: string) => `${collection}/${id}`;

/**
 * Mutation ids as a random per-device prefix (60 bits) plus a counter, still valid UUIDs (v8):
 * unique across devices, yet 1,000 of them gzip to a few KiB instead of ~20 KiB for random v4.
 */
export function sequentialMids(): () => string {
  const prefix = randomBytes(8).toString('hex');
  let counter = 0;
  return () => {
    const c = (counter++).toString(16).padStart(15, '0');
    return `${prefix.slice(0, 8)}-${prefix.slice(8, 12)}-8${prefix.slice(12, 15)}-8${c.slice(0, 3)}-${c.slice(3)}`;
  };
}

/**
 * A device as the PWA behaves: local records with clocks, an outbox of mutations, a cursor,
 * and a sync loop that pushes and pulls until nothing is left.
 */
export class TestDevice {
  readonly records = new Map<string, RecordState>();
  outbox: Mutation[] = [];
  cursor: string | null = null;
  rejected: Rejection[] = [];
  requests = 0;
  private hlc: HlcState;

  constructor(
    private readonly transport: Transport,
    readonly clientId = `dev${randomUUID().slice(0, 8)}`,
    private readonly now: () => number = Date.now,
    private readonly newMid: () => string = randomUUID,
  ) {
    this.hlc = initialHlc(clientId);
  }

  record(collection: string, id: string): Record<string, unknown> | undefined {
    return this.records.get(key(collection, id))?.data;
  }

  /** A local edit: merged at once and queued, like `mutate()` in the PWA. */
  edit(collection: string, id: string, patch: Record<string, unknown>): Mutation {
    const current = this.records.get(key(collection, id)) ?? EMPTY_STATE;
    this.hlc = tickHlc(this.hlc, this.now());
    const hlc = formatHlc(this.hlc);
    const mutation: Mutation = {
      mid: this.newMid(),
      collection,
      id,
      patch,
      hlc,
      base: { ...current.clocks },
    };
    const clocks = { ...current.clocks };
    for (const field of Object.keys(patch)) clocks[field] = hlc;
    this.records.set(
      key(collection, id),
      mergeState(current, {
        data: patch,
        clocks: Object.fromEntries(Object.keys(patch).map((f) => [f, hlc])),
      }),
    );
    this.outbox.push(mutation);
    return mutation;
  }

  /** One request: the next outbox batch up, one page of changes down. */
  async syncOnce(): Promise<SyncResponse> {
    const batch = this.outbox.slice(0, MAX_MUTATIONS_PER_REQUEST);
    const response = await this.transport({
      protocol: PROTOCOL_VERSION,
      clientId: this.clientId,
      cursor: this.cursor,
      mutations: batch,
    });
    this.requests++;
    const done = new Set([...response.acks, ...response.rejected.map((r) => r.mid)]);
    this.outbox = this.outbox.filter((m) => !done.has(m.mid));
    this.rejected.push(...response.rejected);
    for (const change of response.changes) {
      const local = this.records.get(key(change.collection, change.id)) ?? EMPTY_STATE;
      this.records.set(key(change.collection, change.id), mergeState(local, change));
      for (const clock of Object.values(change.clocks))
        this.hlc = receiveHlc(this.hlc, clock, this.now());
    }
    this.cursor = response.cursor;
    return response;
  }

  /** Syncs until the outbox is empty and the server has nothing more. */
  async sync(): Promise<SyncResponse[]> {
    const responses: SyncResponse[] = [];
    for (;;) {
      const response = await this.syncOnce();
      responses.push(response);
      if (!response.more && this.outbox.length === 0) return responses;
    }
  }
}
