import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKnownDevice, knownDeviceOf } from '../../src/server/auth/known-devices.ts';
import { verifyPassword } from '../../src/server/auth/passwords.ts';
import { issueToken, userForToken } from '../../src/server/auth/tokens.ts';
import { ensureUser, findUserByLogin } from '../../src/server/auth/users.ts';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import { PASSWORD } from './helpers/test-app.ts';
import { copyPgliteTemplate } from './helpers/test-store.ts';

interface Run {
  code: number | null;
  output: string;
}

describe('the administrator’s user commands, run as `npm run` would run them', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sopka-cli-'));
    await copyPgliteTemplate(join(dataDir, 'pglite'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  /** The CLI's real entry through tsx, on the PGlite data dir, with no PostgreSQL in sight. */
  function cli(name: string, args: string[], options: { stdin?: string; env?: object } = {}) {
    const { DATABASE_URL: _pg, ...env } = process.env;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', `src/server/cli/${name}.ts`, ...args],
      { env: { ...env, SOPKA_DATA_DIR: dataDir, ...options.env }, stdio: 'pipe' },
    );
    child.stdin.end(options.stdin ?? '');
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, output })));
  }

  /** Opens the data dir between commands, as the server would after a restart. */
  async function inStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
    const store = await openPgliteStore(join(dataDir, 'pglite'));
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  }

  it('user:add --name: the person is shown by name, not by login', async () => {
    const run = await cli('user-add', [
      '--login',
      'kovran',
      '--name',
      'Ирина Петрова',
      '--password',
      PASSWORD,
      '--role',
      'staff',
      '--centre',
      centreId('kovran'),
    ]);
    expect(run.output).toContain('Создан пользователь kovran — Ирина Петрова');
    expect(run.code).toBe(0);
    const user = await inStore((store) => findUserByLogin(store, 'kovran'));
    expect(user?.displayName).toBe('Ирина Петрова');
  }, 60_000);

  it('user:revoke signs a stolen laptop out: every token and sign-in ticket of the person', async () => {
    const { tokens, ticket, other } = await inStore(async (store) => {
      const { user } = await ensureUser(store, {
        login: 'sedanka',
        password: PASSWORD,
        role: 'staff',
        centreId: centreId('sedanka'),
      });
      const { user: colleague } = await ensureUser(store, {
        login: 'lesnaya',
        password: PASSWORD,
        role: 'staff',
        centreId: centreId('lesnaya'),
      });
      const device = await issueKnownDevice(store, user.id);
      return {
        tokens: [
          await issueToken(store, user.id, { knownDevice: device.hash }),
          await issueToken(store, user.id),
        ],
        ticket: device.ticket,
        other: await issueToken(store, colleague.id),
      };
    });

    const run = await cli('user-revoke', ['sedanka']);
    expect(run.output).toContain('Входы пользователя sedanka завершены: 2');
    expect(run.code).toBe(0);
    await inStore(async (store) => {
      for (const token of tokens) expect(await userForToken(store, token)).toBeUndefined();
      expect(await knownDeviceOf(store, ticket, 'sedanka')).toBeUndefined();
      expect((await userForToken(store, other))?.login).toBe('lesnaya');
    });

    const unknown = await cli('user-revoke', ['nobody']);
    expect(unknown.output).toContain('Пользователя nobody нет');
    expect(unknown.code).toBe(1);
  }, 60_000);

  it('user:reset-password takes the new password from stdin or the environment, never argv', async () => {
    const token = await inStore(async (store) => {
      const user = await findUserByLogin(store, 'kovran');
      if (!user) throw new Error('kovran is missing');
      return issueToken(store, user.id);
    });

    const piped = await cli('user-reset-password', ['kovran'], { stdin: 'ольховый-распадок-17\n' });
    expect(piped.output).toContain('Пароль пользователя kovran изменён');
    expect(piped.output).not.toContain('ольховый-распадок-17');
    expect(piped.code).toBe(0);
    await inStore(async (store) => {
      const user = await findUserByLogin(store, 'kovran');
      expect(await verifyPassword('ольховый-распадок-17', user?.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword(PASSWORD, user?.passwordHash ?? '')).toBe(false);
      expect(await userForToken(store, token)).toBeUndefined();
    });

    const fromEnv = await cli('user-reset-password', ['kovran'], {
      env: { SOPKA_NEW_PASSWORD: 'каменная-берёза-2027' },
    });
    expect(fromEnv.code).toBe(0);
    const short = await cli('user-reset-password', ['kovran'], { stdin: 'коротко\n' });
    expect(short.output).toContain('не короче 8 символов');
    expect(short.code).toBe(2);
    await inStore(async (store) => {
      const user = await findUserByLogin(store, 'kovran');
      expect(await verifyPassword('каменная-берёза-2027', user?.passwordHash ?? '')).toBe(true);
    });
  }, 90_000);
  it('user:list, user:rename and user:disable look after the people who left or changed', async () => {
    const token = await inStore(async (store) => {
      const { user } = await ensureUser(store, {
        login: 'ust-khairyuzovo',
        password: PASSWORD,
        role: 'staff',
        centreId: centreId('ust-khairyuzovo'),
      });
      return issueToken(store, user.id);
    });

    const renamed = await cli('user-rename', ['ust-khairyuzovo', '--name', 'Мария Озерова']);
    expect(renamed.output).toContain('ust-khairyuzovo теперь — Мария Озерова');
    const disabled = await cli('user-disable', ['ust-khairyuzovo']);
    expect(disabled.output).toContain('Пользователь ust-khairyuzovo отключён; устройств вышло: 1');
    expect(disabled.code).toBe(0);
    await inStore(async (store) => expect(await userForToken(store, token)).toBeUndefined());

    const listed = await cli('user-list', []);
    expect(listed.code).toBe(0);
    const line = listed.output.split('\n').find((row) => row.includes('ust-khairyuzovo —'));
    expect(line).toContain('Мария Озерова');
    expect(line).toContain('устройств: 0');
    expect(line).toContain('[отключён]');
    const kovran = listed.output.split('\n').find((row) => row.includes('kovran —'));
    expect(kovran).toContain('Ирина Петрова');
    expect(kovran).not.toContain('[отключён]');

    const enabled = await cli('user-disable', ['--enable', 'ust-khairyuzovo']);
    expect(enabled.output).toContain('снова может войти');
    const missing = await cli('user-rename', ['nobody', '--name', 'Никто']);
    expect(missing.code).toBe(1);
    const badName = await cli('user-rename', ['kovran', '--name', '\u202Eанири']);
    expect(badName.code).toBe(2);
  }, 120_000);
});
