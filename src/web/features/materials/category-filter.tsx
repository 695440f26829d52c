import { MATERIAL_CATEGORIES, type MaterialCategory } from '../../../shared/model/common.ts';
import type { Material } from '../../../shared/model/materials.ts';
import { t } from '../../i18n/language.ts';
import { categoryLabel } from './category-labels.ts';

export const isCategory = (value: string | undefined): value is MaterialCategory =>
  (MATERIAL_CATEGORIES as readonly string[]).includes(value ?? '');

interface Props {
  materials: readonly Material[];
  current: MaterialCategory | undefined;
}

/** Rubrics that have materials, with counts, as links (the back button and bookmarks work). */
export function CategoryFilter({ materials, current }: Props) {
  const counts = new Map<MaterialCategory, number>();
  for (const { category } of materials) counts.set(category, (counts.get(category) ?? 0) + 1);
  return (
    <nav class="material-categories" aria-label={t('materials.categoriesLabel')}>
      <ul>
        <li>
          <a href="/materials" aria-current={current === undefined ? 'page' : undefined}>
            {t('materials.allCategories', { count: materials.length })}
          </a>
        </li>
        {MATERIAL_CATEGORIES.filter((category) => counts.has(category)).map((category) => (
          <li key={category}>
            <a
              href={`/materials?category=${category}`}
              aria-current={current === category ? 'page' : undefined}
            >
              {t(categoryLabel[category])} ({counts.get(category)})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
