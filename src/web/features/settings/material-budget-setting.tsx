import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_MATERIAL_BUDGET, materialBudget } from '../../blobs/material-prefetch.ts';
import { formatBytes } from '../../i18n/format-bytes.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { META, writeMeta } from '../../store/meta.ts';

const MB = 1024 * 1024;

/** How many megabytes of material files one sync may download on this centre's link. */
export function MaterialBudgetSetting() {
  const [megabytes, setMegabytes] = useState(String(DEFAULT_MATERIAL_BUDGET / MB));
  const [saved, setSaved] = useState<number | null>(null);
  useEffect(() => {
    void materialBudget(db).then((bytes) => setMegabytes(String(Math.round(bytes / MB))));
  }, []);
  async function save(value: string) {
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0) return;
    const bytes = Math.round(number * MB);
    await db.transaction('rw', db.meta, () => writeMeta(db, META.materialBudgetBytes, bytes));
    setSaved(bytes);
  }
  return (
    <section class="card" aria-labelledby="material-budget-title">
      <h2 id="material-budget-title">{t('settings.materialBudgetTitle')}</h2>
      <label for="material-budget">{t('settings.materialBudget')}</label>
      <input
        id="material-budget"
        type="number"
        min={0}
        step={1}
        value={megabytes}
        onChange={(e) => {
          setMegabytes(e.currentTarget.value);
          void save(e.currentTarget.value);
        }}
      />
      <p class="note">{t('settings.materialBudgetHint')}</p>
      <p role="status">
        {saved !== null && t('settings.materialBudgetSaved', { size: formatBytes(saved) })}
      </p>
    </section>
  );
}
