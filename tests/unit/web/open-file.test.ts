import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileLink, openFile } from '../../../src/web/blobs/open-file.ts';

describe('opening a stored file', () => {
  const handedOut: Blob[] = [];
  // jsdom has no blob: URLs; this one keeps what the page would have opened
  URL.createObjectURL = (blob: Blob) => {
    handedOut.push(blob);
    return `blob:http://localhost/${handedOut.length}`;
  };
  afterEach(() => {
    handedOut.length = 0;
    vi.restoreAllMocks();
  });

  it('a scan that is really an HTML page is saved as bytes, never opened as a page of the app', async () => {
    const page = new Blob(['<script>localStorage.clear()</script>'], { type: 'text/html' });
    const shown = vi.spyOn(window, 'open').mockReturnValue(null);
    const saved = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    const link = fileLink(page, 'Анкета волонтёра.html');
    openFile(link);

    expect(link.download).toBe('Анкета волонтёра.html');
    expect(handedOut.map((blob) => blob.type)).toEqual(['application/octet-stream']);
    expect(await handedOut[0]?.text()).toBe('<script>localStorage.clear()</script>');
    expect(saved).toHaveBeenCalledOnce();
    expect(shown).not.toHaveBeenCalled();
  });

  it('an SVG drawing is saved too: it can carry a script', () => {
    const drawing = new Blob(['<svg/>'], { type: 'image/svg+xml' });
    expect(fileLink(drawing, 'Схема проезда.svg').download).toBe('Схема проезда.svg');
  });

  it('a photo of a passport page and a PDF open in a new tab as they are', () => {
    const shown = vi.spyOn(window, 'open').mockReturnValue(null);
    for (const type of ['image/jpeg', 'application/pdf']) {
      const link = fileLink(new Blob(['…'], { type }), 'Паспорт');
      expect(link.download).toBeUndefined();
      openFile(link);
    }
    expect(handedOut.map((blob) => blob.type)).toEqual(['image/jpeg', 'application/pdf']);
    expect(shown).toHaveBeenCalledTimes(2);
  });
});
