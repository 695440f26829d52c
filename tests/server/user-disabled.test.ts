import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableUser, enableUser } from '../../src/server/auth/user-admin.ts';
import { addUser, PASSWORD, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

let store: TestStore;
let server: TestApp;
beforeAll(async () => {
  store = await openTestStore();
  server = await startTestApp(store);
});
afterAll(async () => {
  await server.close();
  await store.dispose();
});

const login = (password: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: 'palana-left', password },
  });

describe('a person the administrator disabled', () => {
  it('is signed out everywhere and told why only once the password is right', async () => {
    await addUser(store, 'palana-left', 'palana');
    const token = await signIn(server.app, 'palana-left');
    expect(await disableUser(store, 'palana-left')).toBe(1);

    const sync = await server.app.inject({
      method: 'POST',
      url: '/api/sync',
      headers: { authorization: `Bearer ${token}` },
      payload: { protocol: 1, clientId: 'palana-pc', cursor: null, mutations: [] },
    });
    expect(sync.statusCode).toBe(401);

    const guess = await login('не-тот-пароль');
    expect(guess.statusCode).toBe(401);
    expect(guess.json().error.code).toBe('bad_credentials');
    const right = await login(PASSWORD);
    expect(right.statusCode).toBe(403);
    expect(right.json().error.message).toBe(
      'Вход отключён администратором. Обратитесь в региональный центр.',
    );

    expect(await enableUser(store, 'palana-left')).toBe(true);
    expect((await login(PASSWORD)).statusCode).toBe(200);
  });
});
