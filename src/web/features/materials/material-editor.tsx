import { useLocation } from 'preact-iso';
import { t } from '../../i18n/language.ts';
import { mutate } from '../../store/mutate.ts';
import { canAuthor, useMaterial } from './library-materials.ts';
import {
  EMPTY_DRAFT,
  changedFields,
  draftOf,
  fieldsOf,
  type MaterialDraft,
} from './material-draft.ts';
import { MaterialForm } from './material-form.tsx';
import './materials.css';

/** /materials/new and /materials/:id/edit: the regional centre writes the library. */
export default function MaterialEditor({ id }: { id?: string }) {
  const { route } = useLocation();
  const existing = useMaterial(id ?? '');
  if (!canAuthor())
    return (
      <>
        <h1>{t('materials.title')}</h1>
        <p>{t('materials.regionalOnly')}</p>
      </>
    );
  if (id !== undefined && existing === undefined) return <p>{t('materials.loading')}</p>;
  if (id !== undefined && existing === null)
    return (
      <>
        <h1>{t('materials.notFoundTitle')}</h1>
        <p>{t('materials.notFound')}</p>
      </>
    );
  const editing = existing ?? null;

  async function save(draft: MaterialDraft, base: MaterialDraft) {
    const result = editing
      ? await mutate('materials', editing.id, changedFields(base, draft))
      : await mutate('materials', crypto.randomUUID(), { ...fieldsOf(draft), centreId: null });
    if (!result.ok) return { field: result.field, message: result.message };
    route(`/materials/${result.record.id}`);
    return null;
  }

  return (
    <MaterialForm
      key={editing?.id ?? 'new'}
      draftKey={editing?.id ?? 'new'}
      initial={editing ? draftOf(editing) : EMPTY_DRAFT}
      heading={editing ? t('materials.editTitle') : t('materials.newTitle')}
      onSave={save}
    />
  );
}
