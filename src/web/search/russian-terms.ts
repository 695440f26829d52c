import { stemmer } from '@orama/stemmers/russian';

/** Words too common to help find a material; dropped from the index and from queries. */
const STOP_WORDS = new Set(
  (
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее ' +
    'мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был ' +
    'до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней ' +
    'для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот ' +
    'того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее были куда зачем ' +
    'всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про ' +
    'всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть ' +
    'том нельзя такой им более всегда конечно всю между это the of and'
  ).split(' '),
);

/** Letters and digits of any script: the words of a text, in order. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase with ё read as е, as people type it. */
export const normalizeWord = (word: string): string => word.toLowerCase().replaceAll('ё', 'е');

/**
 * One word as the index stores it: normalized, stemmed («регистрации», «регистрация» →
 * «регистрац»), or null for a stop word. Used for documents, queries and highlighting alike.
 */
export function russianTerm(word: string): string | null {
  let term = known.get(word);
  if (term === undefined) {
    const normal = normalizeWord(word);
    term = normal.length === 0 || STOP_WORDS.has(normal) ? null : stemOf(normal);
    // a library repeats its words: remembering stems makes indexing several times faster
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(word, term);
  }
  return term;
}

const KNOWN_LIMIT = 100_000;
const known = new Map<string, string | null>();
const stemOf = (normal: string): string => (/[а-я]/.test(normal) ? stemmer(normal) : normal);

/** Every word of `text` as an index term, stop words dropped. */
export function russianTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const term = russianTerm(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}
