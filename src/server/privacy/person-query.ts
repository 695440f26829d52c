import { normalizePhone } from '../../shared/domain/phone.ts';

/** Who is asked about: a phone (any spelling), an e-mail, or a surname with a first name. */
export type PersonQuery =
  | { kind: 'phone'; text: string; phone: string }
  | { kind: 'email'; text: string; email: string }
  | { kind: 'name'; text: string; words: readonly string[] };

/** Lower case, ё as е, punctuation as spaces: «Ильина  Светлана-Н.» → «ильина светлана н». */
export const nameWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function personQuery(text: string): PersonQuery | string {
  const trimmed = text.trim();
  if (trimmed.includes('@')) return { kind: 'email', text: trimmed, email: trimmed.toLowerCase() };
  const phone = normalizePhone(trimmed);
  if (!/\p{L}/u.test(trimmed) && phone && phone.length >= 10)
    return { kind: 'phone', text: trimmed, phone };
  const words = nameWords(trimmed);
  // one word (a surname alone) would bring in every namesake: other people's data
  if (words.length < 2) return 'Укажите фамилию и имя, телефон или адрес электронной почты';
  return { kind: 'name', text: trimmed, words };
}

// a phone written inside a longer text: digits with the usual separators
const PHONE_IN_TEXT = /\+?\d[\d\s().-]{8,}\d/g;
// past this length a text is prose: the name must appear as written, not word by word
const SHORT_TEXT = 300;

function textMentions(text: string, query: PersonQuery): boolean {
  if (query.kind === 'email') return text.toLowerCase().includes(query.email);
  if (query.kind === 'phone')
    return [...text.matchAll(PHONE_IN_TEXT)].some((m) => normalizePhone(m[0]) === query.phone);
  const words = nameWords(text);
  if (text.length <= SHORT_TEXT) return query.words.every((word) => words.includes(word));
  return ` ${words.join(' ')} `.includes(` ${query.words.join(' ')} `);
}

/** Whether any text anywhere in the value names or reaches the person. */
export function mentions(value: unknown, query: PersonQuery): boolean {
  if (typeof value === 'string') return textMentions(value, query);
  if (Array.isArray(value)) return value.some((item) => mentions(item, query));
  if (value && typeof value === 'object')
    return Object.values(value).some((item) => mentions(item, query));
  return false;
}
