import type { Material } from '../../../shared/model/materials.ts';
import { t } from '../../i18n/language.ts';
import { MaterialMeta } from './material-meta.tsx';

/** Materials as cards, in the order given (newest first on the library screen). */
export function MaterialList({ materials }: { materials: readonly Material[] }) {
  if (materials.length === 0) return <p>{t('materials.empty')}</p>;
  return (
    <ul class="material-list">
      {materials.map((material) => (
        <li key={material.id}>
          <h3>
            <a href={`/materials/${material.id}`}>{material.title}</a>
          </h3>
          <MaterialMeta material={material} />
          {material.summary && <p>{material.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
