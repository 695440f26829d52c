import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';

interface Props {
  chosen: readonly string[];
  onChange: (materialIds: string[]) => void;
}

/** Materials of the library on this computer to link to a training, by title. */
export function MaterialsField({ chosen, onChange }: Props) {
  const materials = useLiveQuery(
    async () =>
      (await db.records('materials').toArray())
        .filter((m) => !m.deleted)
        .sort((a, b) => a.title.localeCompare(b.title)),
    [],
  );
  return (
    <>
      <label for="training-materials">{t('trainingEditor.materials')}</label>
      <select
        id="training-materials"
        name="materialIds"
        multiple
        size={Math.min(8, Math.max(3, materials.length))}
        onChange={(e) => onChange([...e.currentTarget.selectedOptions].map((o) => o.value))}
      >
        {materials.map((material) => (
          <option key={material.id} value={material.id} selected={chosen.includes(material.id)}>
            {material.title}
          </option>
        ))}
      </select>
    </>
  );
}
