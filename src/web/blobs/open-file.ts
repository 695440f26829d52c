/** Types a browser shows as a picture or a document viewer: nothing in them runs as a page. */
const SHOWN_IN_PLACE: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
]);

export interface FileLink {
  url: string;
  /** The name to save it under; undefined when the file opens in a tab. */
  download: string | undefined;
}

/**
 * A blob: URL of a stored file. A blob: page runs under the app's origin, with the signed-in
 * session at hand, so anything but an image or a PDF (an HTML «questionnaire», an SVG with a
 * script) becomes plain bytes to save, never a page to open.
 */
export function fileLink(blob: Blob, name: string): FileLink {
  if (SHOWN_IN_PLACE.has(blob.type)) return { url: URL.createObjectURL(blob), download: undefined };
  const bytes = new Blob([blob], { type: 'application/octet-stream' });
  return { url: URL.createObjectURL(bytes), download: name };
}

/** Shows an image or a PDF in a new tab; saves anything else. */
export function openFile(link: FileLink): void {
  if (link.download === undefined) {
    window.open(link.url, '_blank', 'noopener');
    return;
  }
  const anchor = document.createElement('a');
  anchor.href = link.url;
  anchor.download = link.download;
  anchor.click();
}
