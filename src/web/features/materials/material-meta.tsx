import type { Material } from '../../../shared/model/materials.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { categoryLabel } from './category-labels.ts';

/** Rubric · "updated <date>" · file count, and a draft mark when unpublished. */
export function MaterialMeta({ material }: { material: Material }) {
  return (
    <p class="material-meta">
      {t(categoryLabel[material.category])}
      {' · '}
      {t('materials.updated', { date: formatDate(material.updatedAt) })}
      {material.attachments.length > 0 &&
        ` · ${t('materials.attachmentCount', { count: material.attachments.length })}`}
      {!material.published && <strong class="material-draft">{t('materials.draft')}</strong>}
    </p>
  );
}
