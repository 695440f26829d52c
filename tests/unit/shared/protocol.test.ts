import { describe, expect, it } from 'vitest';
import {
  MAX_MUTATIONS_PER_REQUEST,
  PROTOCOL_VERSION,
  syncRequestSchema,
  syncResponseSchema,
  type Mutation,
  type SyncRequest,
  type SyncResponse,
} from '../../../src/shared/sync/protocol.ts';
import { beregTigilya, grantDraft, ids } from './fixtures.ts';

const TIGIL_HLC = '001773900000000:00003:tigil-pc';
const SERVER_HLC = '001773900000500:00000:regional';

function mid(n: number): string {
  return `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function phoneChange(n: number): Mutation {
  return {
    mid: mid(n),
    collection: 'organizations',
    id: ids.beregTigilya,
    patch: { phone: '+7 914 780-99-00' },
    hlc: TIGIL_HLC,
    base: { phone: '001773800000000:00000:tigil-pc' },
  };
}

/** The Tigil library PC after a day offline: a new organization and an edited draft. */
function tigilRequest(): SyncRequest {
  const { id, ...organization } = beregTigilya();
  return {
    protocol: PROTOCOL_VERSION,
    clientId: 'tigil-library-pc-1',
    cursor: '1842',
    mutations: [
      {
        mid: mid(1),
        collection: 'organizations',
        id,
        patch: organization,
        hlc: TIGIL_HLC,
        base: {},
      },
      {
        mid: mid(2),
        collection: 'initiatives',
        id: ids.grantDraft,
        patch: { summary: 'Обучаем жителей Коврана вести ТОС.', endDate: null },
        hlc: '001773900000000:00004:tigil-pc',
        base: { summary: SERVER_HLC, endDate: SERVER_HLC },
      },
    ],
  };
}

function firstIssue(value: unknown) {
  const result = syncRequestSchema.safeParse(value);
  return result.success ? 'accepted' : result.error.issues[0];
}

describe('what a village PC sends', () => {
  it('a realistic request after a day offline is accepted as is', () => {
    const request = tigilRequest();
    expect(syncRequestSchema.parse(request)).toEqual(request);
  });

  it('the very first sync of a new device has no cursor', () => {
    expect(firstIssue({ ...tigilRequest(), cursor: null, mutations: [] })).toBe('accepted');
  });

  it('exactly 500 changes fit in one request', () => {
    const mutations = Array.from({ length: MAX_MUTATIONS_PER_REQUEST }, (_, i) => phoneChange(i));
    expect(firstIssue({ ...tigilRequest(), mutations })).toBe('accepted');
  });

  it('501 changes are refused with a Russian message the client can show', () => {
    const mutations = Array.from({ length: 501 }, (_, i) => phoneChange(i));
    expect(firstIssue({ ...tigilRequest(), mutations })).toMatchObject({
      path: ['mutations'],
      message: 'Не больше 500 изменений за запрос',
    });
  });

  it.each(['-1', 'abc', '', '1.5', '123456789012345678901'])(
    'refuses the cursor «%s»',
    (cursor) => {
      expect(firstIssue({ ...tigilRequest(), cursor })).toMatchObject({ path: ['cursor'] });
    },
  );

  it('refuses a cursor sent as a number, which would lose precision past 2^53', () => {
    expect(firstIssue({ ...tigilRequest(), cursor: 1842 })).toMatchObject({ path: ['cursor'] });
  });

  it.each(['2026-03-20T11:05:00Z', '1773900000000:3:tigil-pc', '001773900000000:00003:'])(
    'refuses a change stamped «%s» instead of an HLC',
    (hlc) => {
      const request = tigilRequest();
      request.mutations[0] = { ...request.mutations[0]!, hlc };
      expect(firstIssue(request)).toEqual(
        expect.objectContaining({
          path: ['mutations', 0, 'hlc'],
          message: 'Неверная отметка времени изменения',
        }),
      );
    },
  );

  it('refuses a malformed clock in the base too', () => {
    const request = tigilRequest();
    request.mutations[1] = { ...request.mutations[1]!, base: { summary: 'вчера' } };
    expect(firstIssue(request)).toMatchObject({
      path: ['mutations', 1, 'base', 'summary'],
      message: 'Неверная отметка времени изменения',
    });
  });

  it('refuses a mutation without a mid: the server could not apply it at most once', () => {
    const request = tigilRequest();
    const { mid: _mid, ...withoutMid } = request.mutations[0]!;
    expect(firstIssue({ ...request, mutations: [withoutMid] })).toMatchObject({
      path: ['mutations', 0, 'mid'],
    });
  });

  it('refuses a client id that could not be an HLC node id', () => {
    expect(firstIssue({ ...tigilRequest(), clientId: 'ПК библиотеки' })).toMatchObject({
      path: ['clientId'],
      message: 'Неверный идентификатор устройства',
    });
  });
});

describe('what the regional server answers', () => {
  it('a realistic response with acks, a rejection and a page of changes is accepted', () => {
    const { id, ...draft } = grantDraft();
    const response: SyncResponse = {
      acks: [mid(1)],
      rejected: [
        {
          mid: mid(2),
          code: 'server_owned',
          message: 'Подтверждение места решает сервер',
        },
      ],
      changes: [
        {
          collection: 'initiatives',
          id,
          seq: '1843',
          data: { id, ...draft },
          clocks: { summary: SERVER_HLC, title: TIGIL_HLC },
        },
      ],
      cursor: '1843',
      more: false,
      serverTime: Date.parse('2026-03-20T11:06:00+12:00'),
    };
    expect(syncResponseSchema.parse(response)).toEqual(response);
  });

  it('an unknown rejection code is refused, so the client never shows an unexplained error', () => {
    const response = {
      acks: [],
      rejected: [{ mid: mid(2), code: 'oops', message: 'что-то пошло не так' }],
      changes: [],
      cursor: null,
      more: false,
      serverTime: 0,
    };
    expect(syncResponseSchema.safeParse(response).success).toBe(false);
  });

  it('a change whose clock is not an HLC is refused before it reaches the local store', () => {
    const response = {
      acks: [],
      rejected: [],
      changes: [
        {
          collection: 'organizations',
          id: ids.beregTigilya,
          seq: '7',
          data: {},
          clocks: { name: 'позавчера' },
        },
      ],
      cursor: '7',
      more: true,
      serverTime: 0,
    };
    expect(syncResponseSchema.safeParse(response).success).toBe(false);
  });
});
