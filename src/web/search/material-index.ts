import MiniSearch, { type SearchResult } from 'minisearch';
import type { Material } from '../../shared/model/materials.ts';
import { markdownPlainText } from './markdown-plain-text.ts';
import { WORD, russianTerm } from './russian-terms.ts';

/** What the index keeps of a material: the searchable text, plain. */
export interface IndexedMaterial {
  id: string;
  title: string;
  summary: string;
  tags: string;
  body: string;
}

export interface MaterialHit {
  id: string;
  score: number;
  /** Index terms (stems) that matched, for highlighting any field of the material. */
  terms: string[];
}

/** A title word counts most, then a tag, then the summary, then the body. */
const BOOST = { title: 4, tags: 2.5, summary: 1.5, body: 1 };

export const indexedMaterial = (material: Material): IndexedMaterial => ({
  id: material.id,
  title: material.title,
  summary: material.summary ?? '',
  tags: material.tags.join(' · '),
  body: markdownPlainText(material.body),
});

const tokenize = (text: string): string[] => Array.from(text.matchAll(WORD), ([word]) => word);
const processTerm = (word: string): string | null => russianTerm(word);

export function createMaterialIndex(): MiniSearch<IndexedMaterial> {
  return new MiniSearch<IndexedMaterial>({
    fields: ['title', 'summary', 'tags', 'body'],
    storeFields: [],
    tokenize,
    processTerm,
    searchOptions: {
      boost: BOOST,
      // one wrong letter is forgiven in stems of four letters and more («регистрацыя»)
      fuzzy: (term) => (term.length >= 4 ? 1 : 0),
      // the word being typed is matched as a prefix: «регист» finds «регистрация»
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      maxFuzzy: 1,
    },
  });
}

const toHit = (result: SearchResult): MaterialHit => ({
  id: String(result.id),
  score: result.score,
  terms: result.terms,
});

/** Every query word must match (AND); when that finds nothing, any word will do (OR). */
export function searchMaterials(index: MiniSearch<IndexedMaterial>, query: string): MaterialHit[] {
  if (query.trim() === '') return [];
  const all = index.search(query, { combineWith: 'AND' });
  const found = all.length > 0 ? all : index.search(query, { combineWith: 'OR' });
  return found.map(toHit);
}

/** Puts a new or changed material in the index, replacing what it held under that id. */
export function putMaterial(index: MiniSearch<IndexedMaterial>, material: Material): void {
  const document = indexedMaterial(material);
  if (index.has(document.id)) index.replace(document);
  else index.add(document);
}

export function dropMaterial(index: MiniSearch<IndexedMaterial>, id: string): void {
  if (index.has(id)) index.discard(id);
}
