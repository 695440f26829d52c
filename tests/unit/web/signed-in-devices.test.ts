// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchDevices, signOutDevice } from '../../../src/web/session/devices-api.ts';
import { deviceLabel } from '../../../src/web/session/device-label.ts';
import { signIn, signOut } from '../../../src/web/session/sign-in.ts';
import { SopkaDb } from '../../../src/web/store/db.ts';
import { addUser, PASSWORD } from '../../server/helpers/test-app.ts';
import { startSyncWorld, type SyncWorld } from './sync-world.ts';

const OLD_LIBRARY_PC =
  'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36';

let world: SyncWorld;
let pc: SopkaDb;
beforeAll(async () => {
  world = await startSyncWorld();
  await addUser(world.store, 'kovran', 'kovran');
  await addUser(world.store, 'lesnaya', 'lesnaya');
}, 60_000);
afterAll(() => world.close());
beforeEach(async () => {
  pc = new SopkaDb(`devices-${crypto.randomUUID()}`);
  await pc.open();
  vi.stubGlobal('navigator', { userAgent: OLD_LIBRARY_PC });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await pc.delete();
});

const options = () => ({ db: pc, baseUrl: world.baseUrl });
const tokenOn = async (db: SopkaDb) => (await db.session.get('current'))?.token ?? '';
/** The same person signing in on her phone, straight against the server. */
const signInElsewhere = async (login: string, label: string) => {
  const response = await fetch(`${world.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD, deviceLabel: label }),
  });
  return (await response.json()) as { token: string };
};
const guessFromTheLibrary = () =>
  fetch(`${world.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'kovran', password: 'угадываю' }),
  });

describe('the PC names itself at sign-in and keeps its sign-in ticket', () => {
  it('labels an old library PC by browser and system, nothing more', () => {
    expect(deviceLabel(OLD_LIBRARY_PC)).toBe('Chrome 109, Windows 7');
    expect(
      deviceLabel('Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0'),
    ).toBe('Firefox 115, Linux');
    expect(deviceLabel('')).toBeUndefined();
  });

  it('after «Сменить пользователя» and a stranger’s guesses, the librarian still gets in', async () => {
    expect(await signIn('kovran', PASSWORD, options())).toEqual({ ok: true });
    const ticket = await pc.meta.get('signInTickets');
    expect(await pc.session.get('current')).toMatchObject({ displayName: 'kovran' });
    await signOut(options());

    const answers = [];
    for (let n = 0; n < 8; n++) answers.push((await guessFromTheLibrary()).status);
    expect(answers).toContain(429);

    expect(await signIn('kovran', PASSWORD, options())).toEqual({ ok: true });
    expect(await pc.meta.get('signInTickets')).toEqual(ticket);
  }, 60_000);

  it('lists this PC and the phone, and signs the phone out from the PC', async () => {
    expect(await signIn('lesnaya', PASSWORD, options())).toEqual({ ok: true });
    const phone = await signInElsewhere('lesnaya', 'Chrome 120, Android');
    const api = { token: await tokenOn(pc), baseUrl: world.baseUrl };

    const listed = await fetchDevices(api);
    if (!listed.ok) throw new Error(listed.problem);
    expect(listed.value.find((d) => d.current)?.label).toBe('Chrome 109, Windows 7');
    const target = listed.value.find((d) => d.label === 'Chrome 120, Android');
    if (!target) throw new Error('the phone is not listed');

    expect(await signOutDevice(target.id, api)).toEqual({ ok: true, value: null });
    const me = await fetch(`${world.baseUrl}/api/auth/me`, {
      headers: { authorization: `Bearer ${phone.token}` },
    });
    expect(me.status).toBe(401);
    expect(await fetchDevices({ ...api, baseUrl: 'http://127.0.0.1:9' })).toEqual({
      ok: false,
      problem: 'offline',
    });
  }, 30_000);
});
