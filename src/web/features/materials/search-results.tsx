import { useMemo } from 'preact/hooks';
import type { Material } from '../../../shared/model/materials.ts';
import { t } from '../../i18n/language.ts';
import { snippet } from '../../search/highlight.ts';
import { materialIndex } from '../../search/live-material-index.ts';
import { markdownPlainText } from '../../search/markdown-plain-text.ts';
import { WORD, russianTerm } from '../../search/russian-terms.ts';
import { Highlighted } from './highlighted.tsx';
import { MaterialMeta } from './material-meta.tsx';

const MAX_RESULTS = 50;

const mentions = (text: string, terms: ReadonlySet<string>): boolean =>
  Array.from(text.matchAll(WORD)).some(([word]) => terms.has(russianTerm(word) ?? ''));

/** The summary when the query matched it, else the passage of the body that matched. */
function passage(material: Material, terms: ReadonlySet<string>): string {
  const summary = material.summary ?? '';
  if (summary && mentions(summary, terms)) return summary;
  const body = markdownPlainText(material.body);
  return mentions(body, terms) ? snippet(body, terms) : summary;
}

interface Props {
  query: string;
  /** The materials this person may read, by id. */
  readable: ReadonlyMap<string, Material>;
}

/** Ranked matches of `query` with the matched words marked, from the offline index. */
export function SearchResults({ query, readable }: Props) {
  const index = materialIndex();
  const version = index.version.value;
  const hits = useMemo(
    () => index.search(query).filter((hit) => readable.has(hit.id)),
    [query, version, readable],
  );
  return (
    <section aria-labelledby="material-results-title">
      <h2 id="material-results-title">{t('materials.resultsTitle')}</h2>
      {index.indexing.value && <p class="note">{t('materials.indexing')}</p>}
      <p role="status">
        {hits.length === 0
          ? t('materials.nothingFound')
          : t('materials.found', { count: hits.length })}
      </p>
      <ol class="material-list">
        {hits.slice(0, MAX_RESULTS).map((hit) => {
          const material = readable.get(hit.id);
          if (!material) return null;
          const terms = new Set(hit.terms);
          return (
            <li key={hit.id}>
              <h3>
                <a href={`/materials/${hit.id}`}>
                  <Highlighted text={material.title} terms={terms} />
                </a>
              </h3>
              <MaterialMeta material={material} />
              <p>
                <Highlighted text={passage(material, terms)} terms={terms} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
