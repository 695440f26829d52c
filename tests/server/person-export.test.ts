import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreId } from '../../src/server/seed/seed-centres.ts';
import { openPgliteStore } from '../../src/server/store/pglite-store.ts';
import { saveRecord, stampAll } from '../../src/server/sync/record-rows.ts';
import { ServerClock } from '../../src/server/sync/server-clock.ts';
import { organization, registration, training } from './helpers/fixtures.ts';
import { copyPgliteTemplate } from './helpers/test-store.ts';

interface Export {
  request: { query: string; kind: string; answerBy: string };
  records: Record<string, { id: string; centre: string | null; data: Record<string, unknown> }[]>;
}

describe('what the server holds about one person, for her request under 152-ФЗ', () => {
  let dataDir: string;
  const seminar = training('tigil', 20, { title: 'Семинар «Как написать социальный проект»' });
  const roundTable = training('palana', 30, { title: 'Круглый стол «ТОС в Палане»' });
  const hers = {
    ...registration('tigil', seminar.id, 'Ильина Светлана Николаевна'),
    contact: undefined,
    phone: '+7 914 021-45-67',
  };
  const hersInPalana = {
    ...registration('palana', roundTable.id, 'Ильина Светлана'),
    contact: '8 (914) 021-45-67',
  };
  const neighbour = registration('tigil', seminar.id, 'Ильин Сергей Петрович');
  const forgotten = {
    ...registration('tigil', seminar.id, 'x'),
    fullName: undefined,
    contact: undefined,
    anonymized: true,
  };
  const lostPhone = {
    id: randomUUID(),
    centreId: centreId('tigil'),
    createdAt: hers.createdAt,
    updatedAt: hers.createdAt,
    collection: 'registrations',
    recordId: hers.id,
    field: 'phone',
    lostValue: '+7 914 021-45-00',
    lostHlc: '001773900000000:00000:tigil-pc',
    winningHlc: '001773900000500:00000:kiosk',
    status: 'open',
  };
  const herNgo = organization('tigil', { contactPerson: 'Ильина Светлана Николаевна' });

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sopka-person-'));
    await copyPgliteTemplate(join(dataDir, 'pglite'));
    const store = await openPgliteStore(join(dataDir, 'pglite'));
    const clock = new ServerClock();
    const put = (collection: string, data: Record<string, unknown>) =>
      saveRecord(store, {
        collection,
        id: String(data.id),
        centreId: (data.centreId as string | null) ?? null,
        data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
        clocks: stampAll(data, clock.next()),
      });
    await put('centres', { id: centreId('tigil'), centreId: null, name: 'Тигиль' });
    for (const t of [seminar, roundTable]) await put('trainings', t);
    for (const r of [hers, hersInPalana, neighbour, forgotten]) await put('registrations', r);
    await put('conflicts', lostPhone);
    await put('organizations', herNgo);
    await store.close();
  }, 60_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  async function exportFor(
    query: string,
  ): Promise<{ code: number | null; output: string; file: Export }> {
    const out = join(dataDir, `export-${randomUUID()}.json`);
    const { DATABASE_URL: _pg, ...env } = process.env;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/cli/person-export.ts', '--out', out, query],
      { env: { ...env, SOPKA_DATA_DIR: dataDir }, stdio: 'pipe' },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const file = code === 0 ? (JSON.parse(await readFile(out, 'utf8')) as Export) : ({} as Export);
    return { code, output, file };
  }
  const ids = (file: Export, collection: string) =>
    (file.records[collection] ?? []).map((record) => record.id).sort();

  it('by phone, written any way: both centres’ registrations and the value a conflict kept', async () => {
    const { code, output, file } = await exportFor('8 914 021 45 67');
    expect(code).toBe(0);
    expect(output).toContain('Записей на обучение: 2');
    expect(output).toContain('персональные данные');
    expect(file.request.kind).toBe('phone');
    expect(ids(file, 'registrations')).toEqual([hers.id, hersInPalana.id].sort());
    expect(ids(file, 'conflicts')).toEqual([lostPhone.id]);
    const tigil = file.records.registrations?.find((r) => r.id === hers.id);
    expect(tigil?.data).toMatchObject({ fullName: 'Ильина Светлана Николаевна' });
    expect(tigil).toMatchObject({ centre: 'Тигиль', training: seminar.title });
    // the answer is due within 10 working days of the request
    expect(Date.parse(file.request.answerBy)).toBeGreaterThan(Date.now() + 11 * 86_400_000);
  }, 60_000);

  it('by name: her registrations, the NGO she is the contact of; not her namesake neighbour', async () => {
    const { code, file } = await exportFor('ильина светлана');
    expect(code).toBe(0);
    expect(file.request.kind).toBe('name');
    expect(ids(file, 'registrations')).toEqual([hers.id, hersInPalana.id].sort());
    expect(ids(file, 'registrations')).not.toContain(neighbour.id);
    expect(ids(file, 'organizations')).toEqual([herNgo.id]);
    expect(ids(file, 'registrations')).not.toContain(forgotten.id);
  }, 60_000);

  it('a person the server does not know: an empty answer, still a file to send her', async () => {
    const { code, output, file } = await exportFor('Пинелей Ольга');
    expect(code).toBe(0);
    expect(output).toContain('Записей на обучение: 0');
    expect(Object.values(file.records).flat()).toEqual([]);
  }, 60_000);
});
