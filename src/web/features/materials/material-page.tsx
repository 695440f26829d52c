import { t } from '../../i18n/language.ts';
import { AttachmentList } from './attachment-list.tsx';
import { canAuthor, useMaterial } from './library-materials.ts';
import { MarkdownView } from './markdown-view.tsx';
import { MaterialMeta } from './material-meta.tsx';
import './materials.css';

/** A material to read or print: rendered body, files to open offline. */
export default function MaterialPage({ id }: { id: string }) {
  const material = useMaterial(id);
  if (material === undefined) return <p>{t('materials.loading')}</p>;
  if (material === null)
    return (
      <>
        <h1>{t('materials.notFoundTitle')}</h1>
        <p>
          {t('materials.notFound')} <a href="/materials">{t('materials.backToLibrary')}</a>
        </p>
      </>
    );
  return (
    <article class="material">
      <p class="material-actions">
        <a href="/materials">{t('materials.backToLibrary')}</a>
        <button type="button" onClick={() => window.print()}>
          {t('materials.print')}
        </button>
        {canAuthor() && (
          <a class="button-link" href={`/materials/${material.id}/edit`}>
            {t('materials.edit')}
          </a>
        )}
      </p>
      <h1>{material.title}</h1>
      <MaterialMeta material={material} />
      {material.summary && <p class="material-summary">{material.summary}</p>}
      <MarkdownView source={material.body} />
      {material.tags.length > 0 && (
        <p class="material-tags">
          {t('materials.tags')}: {material.tags.join(', ')}
        </p>
      )}
      <AttachmentList attachments={material.attachments} />
    </article>
  );
}
