import { WORD, russianTerm } from './russian-terms.ts';

/** A run of text, marked when it is a word that matched the query. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into plain and matched runs: a word is marked when its index term is one of
 * `terms` (the stems a search matched). Rendered as text nodes and <mark>, never as HTML.
 */
export function highlightSegments(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const term = russianTerm(match[0]);
    if (term === null || !terms.has(term)) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * About `length` characters of `text` around its first matched word, cut at spaces, with «…»
 * where text was left out; the start of the text when no word matched.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  let first = 0;
  for (const match of flat.matchAll(WORD)) {
    const term = russianTerm(match[0]);
    if (term !== null && terms.has(term)) {
      first = match.index;
      break;
    }
  }
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length)
    end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end)}${end < flat.length ? ' …' : ''}`;
}
