import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const PROXY = '127.0.0.1';
const TIGIL_PC = '10.20.0.11';
const PALANA_PC = '10.30.0.42';

/** The public trainings list, as Caddy forwards it from a library PC. */
function throughProxy(server: TestApp, client: string) {
  return server.app.inject({
    method: 'GET',
    url: '/api/public/trainings',
    remoteAddress: PROXY,
    headers: { 'x-forwarded-for': client },
  });
}

describe('behind the reverse proxy, rate limits count each library PC, not the proxy', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => store.dispose());

  const limits = { publicRateLimit: { max: 2, timeWindowMs: 60_000 } };

  it('with SOPKA_TRUST_PROXY=127.0.0.1, Palana is served while Tigil is over its limit', async () => {
    const server = await startTestApp(store, { ...limits, trustProxy: PROXY });
    try {
      for (let n = 0; n < 2; n++)
        expect((await throughProxy(server, TIGIL_PC)).statusCode).toBe(200);
      expect((await throughProxy(server, TIGIL_PC)).statusCode).toBe(429);
      expect((await throughProxy(server, PALANA_PC)).statusCode).toBe(200);
      // a PC reaching the server directly cannot pose as another by sending the header itself
      const direct = () =>
        server.app.inject({
          method: 'GET',
          url: '/api/public/trainings',
          remoteAddress: '10.40.0.5',
          headers: { 'x-forwarded-for': `${PALANA_PC}` },
        });
      for (let n = 0; n < 2; n++) expect((await direct()).statusCode).toBe(200);
      expect((await direct()).statusCode).toBe(429);
      expect((await throughProxy(server, PALANA_PC)).statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('without it, every PC looks like the proxy: one busy centre locks all of them out', async () => {
    const server = await startTestApp(store, limits);
    try {
      for (let n = 0; n < 2; n++)
        expect((await throughProxy(server, TIGIL_PC)).statusCode).toBe(200);
      expect((await throughProxy(server, PALANA_PC)).statusCode).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('reads SOPKA_TRUST_PROXY and refuses «true», which would trust any client', () => {
    expect(loadConfig({ SOPKA_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback,10.0.0.0/8',
    );
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ SOPKA_TRUST_PROXY: 'true' })).toThrow(/SOPKA_TRUST_PROXY/);
  });
});
