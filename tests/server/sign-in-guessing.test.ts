import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignInLimits } from '../../src/server/config.ts';
import { addUser, PASSWORD, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const LIBRARY_IP = '185.12.40.7';
const MINUTE = 60_000;

interface Attempt {
  login: string;
  password: string;
  deviceTicket?: string;
}

describe('guessing passwords at the sign-in', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore();
    await addUser(store, 'tigil', 'tigil');
    await addUser(store, 'palana', 'palana');
  });
  afterAll(() => store.dispose());

  /** A server of its own per story, so one story's counters never leak into the next. */
  async function server(limits: SignInLimits): Promise<TestApp> {
    return startTestApp(store, { signInLimits: limits });
  }
  const limits = (
    perLogin: number,
    perAddress: number,
    perDevice = 10,
    windowMs = 15 * MINUTE,
  ) => ({
    perLogin: { max: perLogin, timeWindowMs: windowMs },
    perAddress: { max: perAddress, timeWindowMs: windowMs },
    perDevice: { max: perDevice, timeWindowMs: windowMs },
  });
  const attempt = (app: TestApp, body: Attempt, ip = LIBRARY_IP) =>
    app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: body,
      remoteAddress: ip,
    });

  it('an unknown login costs the same scrypt work as a wrong password', async () => {
    const app = await server(limits(1000, 1000));
    const timed = async (body: Attempt) => {
      const started = performance.now();
      const response = await attempt(app, body);
      expect(response.statusCode).toBe(401);
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
    await timed({ login: 'tigil', password: 'разогрев' });
    await timed({ login: 'nobody-warm-up', password: 'разогрев' });
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < 7; round++) {
      unknown.push(await timed({ login: `nobody-${round}`, password: 'кедровый-стланик-2026' }));
      wrong.push(await timed({ login: 'tigil', password: `не-тот-пароль-${round}` }));
    }
    const [unknownMs, wrongMs] = [median(unknown), median(wrong)];
    console.log(
      `sign-in timing: unknown login median ${unknownMs.toFixed(1)} ms, wrong password median ${wrongMs.toFixed(1)} ms (7 tries each)`,
    );
    expect(Math.max(unknownMs, wrongMs) / Math.min(unknownMs, wrongMs)).toBeLessThan(2);
    await app.close();
  });

  it('sixty different logins from one address: past its budget the address is told to wait', async () => {
    const app = await server(limits(5, 10));
    const answers: number[] = [];
    for (let n = 0; n < 60; n++)
      answers.push(
        (await attempt(app, { login: `librarian-${n}`, password: 'qwerty123' })).statusCode,
      );
    expect(answers.filter((code) => code === 401)).toHaveLength(10);
    expect(answers.slice(10).every((code) => code === 429)).toBe(true);
    const limited = await attempt(app, { login: 'palana', password: PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({
      error: { code: 'rate_limited', message: expect.stringMatching(/повторите через \d+ с$/) },
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // another address is not slowed down by this one
    expect(
      (await attempt(app, { login: 'palana', password: PASSWORD }, '10.8.0.2')).statusCode,
    ).toBe(200);
    await app.close();
  });

  it('fifty guesses at one login from five addresses, all at once: only a handful are checked', async () => {
    const app = await server(limits(5, 100));
    const guesses = Array.from({ length: 50 }, (_, n) =>
      attempt(app, { login: 'tigil', password: `пароль-${n}` }, `203.0.113.${n % 5}`),
    );
    const answers = (await Promise.all(guesses)).map((response) => response.statusCode);
    expect(answers.filter((code) => code === 401)).toHaveLength(5);
    expect(answers.filter((code) => code === 429)).toHaveLength(45);
    // the login's spelling does not buy more guesses
    expect(
      (await attempt(app, { login: ' TIGIL ', password: 'ещё-одна' }, '203.0.113.9')).statusCode,
    ).toBe(429);
    await app.close();
  });

  it('a stranger guessing at the librarian’s login from the library’s address does not lock her PC out', async () => {
    const app = await server(limits(5, 20));
    const first = await attempt(app, { login: 'tigil', password: PASSWORD });
    expect(first.statusCode).toBe(200);
    const { deviceTicket } = first.json<{ deviceTicket: string }>();
    expect(deviceTicket).toMatch(/^[A-Za-z0-9_-]{43}$/);

    for (let n = 0; n < 30; n++) await attempt(app, { login: 'tigil', password: `угадаю-${n}` });
    expect((await attempt(app, { login: 'tigil', password: PASSWORD })).statusCode).toBe(429);

    const librarian = await attempt(app, { login: 'tigil', password: PASSWORD, deviceTicket });
    expect(librarian.statusCode).toBe(200);
    expect(librarian.json<{ deviceTicket: string }>().deviceTicket).toBe(deviceTicket);
    // a made-up ticket, or one of another person, is no key
    for (const forged of [randomBytes(32).toString('base64url'), await ticketOf(app, 'palana')])
      expect(
        (
          await attempt(
            app,
            { login: 'tigil', password: PASSWORD, deviceTicket: forged },
            '10.9.0.1',
          )
        ).statusCode,
      ).toBe(429);
    await app.close();
  });

  it('the librarian’s own PC is limited on its own: her typos lock nobody else out', async () => {
    const app = await server(limits(5, 20, 3));
    const { deviceTicket } = (await attempt(app, { login: 'tigil', password: PASSWORD })).json<{
      deviceTicket: string;
    }>();
    const typos: number[] = [];
    for (let n = 0; n < 4; n++)
      typos.push(
        (await attempt(app, { login: 'tigil', password: `опечатка-${n}`, deviceTicket }))
          .statusCode,
      );
    expect(typos).toEqual([401, 401, 401, 429]);
    // the office PC across the street signs in as usual
    expect(
      (await attempt(app, { login: 'tigil', password: PASSWORD }, '10.8.0.3')).statusCode,
    ).toBe(200);
    await app.close();
  });

  it('a new PC with the right password waits out the slow-down, then gets in', async () => {
    const windowMs = 4_000;
    const app = await server(limits(2, 20, 10, windowMs));
    const started = Date.now();
    await attempt(app, { login: 'palana', password: 'первая' }, '198.51.100.1');
    await attempt(app, { login: 'palana', password: 'вторая' }, '198.51.100.2');
    const waiting = await attempt(app, { login: 'palana', password: PASSWORD }, '10.8.0.4');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json()).toMatchObject({
      error: { message: expect.stringMatching(/через [1-4] с/) },
    });
    await new Promise((resolve) => setTimeout(resolve, started + windowMs + 100 - Date.now()));
    expect(
      (await attempt(app, { login: 'palana', password: PASSWORD }, '10.8.0.4')).statusCode,
    ).toBe(200);
    await app.close();
  });

  async function ticketOf(app: TestApp, login: string): Promise<string> {
    const response = await attempt(app, { login, password: PASSWORD }, '10.7.0.1');
    return response.json<{ deviceTicket: string }>().deviceTicket;
  }
});
