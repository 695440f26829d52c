import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/language.ts';
import { CategoryFilter, isCategory } from './category-filter.tsx';
import { DownloadAllPanel } from './download-all-panel.tsx';
import { canAuthor, useLibrary } from './library-materials.ts';
import { MaterialList } from './material-list.tsx';
import { SearchResults } from './search-results.tsx';
import './materials.css';

/** The library: search, rubrics, newest first; the regional centre also adds materials here. */
export default function MaterialsScreen() {
  const { query: params } = useLocation();
  const [query, setQuery] = useState('');
  const library = useLibrary();
  const readable = useMemo(
    () => new Map((library ?? []).map((material) => [material.id, material])),
    [library],
  );
  const category = isCategory(params.category) ? params.category : undefined;
  const shown = (library ?? []).filter((m) => category === undefined || m.category === category);

  return (
    <>
      <h1>{t('materials.title')}</h1>
      {library !== null && <DownloadAllPanel materials={library} />}
      {canAuthor() && (
        <p>
          <a class="button-link" href="/materials/new">
            {t('materials.new')}
          </a>
        </p>
      )}
      <form class="material-search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="material-query">{t('materials.searchLabel')}</label>
        <input
          id="material-query"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="material-query-hint"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <p id="material-query-hint" class="note">
          {t('materials.searchHint')}
        </p>
      </form>
      {library === null ? (
        <p>{t('materials.loading')}</p>
      ) : query.trim() !== '' ? (
        <SearchResults query={query} readable={readable} />
      ) : (
        <>
          <CategoryFilter materials={library} current={category} />
          <section aria-labelledby="material-newest-title">
            <h2 id="material-newest-title">
              {category ? t('materials.inCategory') : t('materials.newest')}
            </h2>
            <MaterialList materials={shown} />
          </section>
        </>
      )}
    </>
  );
}
