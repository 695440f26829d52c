import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenHash } from '../../src/server/auth/tokens.ts';
import { addUser, PASSWORD, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

describe('signing in with a device token', () => {
  let store: TestStore;
  let server: TestApp;
  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  const login = (login: string, password: string) =>
    server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  const me = (token: string) =>
    server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });

  it('signs in, names the user, stores only a scrypt hash and the token hash', async () => {
    const response = await login('tigil', PASSWORD);
    expect(response.statusCode).toBe(200);
    const { token, user } = response.json<{ token: string; user: Record<string, unknown> }>();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(user).toMatchObject({ login: 'tigil', role: 'staff' });
    expect((await me(token)).json()).toEqual({ user });

    const [stored] = await store.query<{ hash: string }>(
      `select password_hash as hash from users where login = 'tigil'`,
    );
    expect(stored?.hash).toMatch(/^scrypt\$/);
    expect(stored?.hash).not.toContain(PASSWORD);
    const tokens = await store.query<{ hash: string }>('select hash from tokens');
    expect(tokens.map((t) => t.hash)).toContain(tokenHash(token));
    expect(tokens.map((t) => t.hash)).not.toContain(token);
  });

  it('a wrong password or unknown login is 401 bad_credentials in Russian', async () => {
    for (const response of [
      await login('tigil', 'не тот пароль'),
      await login('nobody', PASSWORD),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: 'bad_credentials', message: 'Неверное имя пользователя или пароль' },
      });
    }
  });

  it('logout revokes the presented token only', async () => {
    const kept = await signIn(server.app, 'tigil');
    const revoked = await signIn(server.app, 'tigil');
    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${revoked}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me(revoked)).json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await me(kept)).statusCode).toBe(200);
  });
});
