import { useRef, useState } from 'preact/hooks';
import { MATERIAL_CATEGORIES } from '../../../shared/model/common.ts';
import { t } from '../../i18n/language.ts';
import { RestoredDraftNotice } from '../../shell/restored-draft-notice.tsx';
import { useFormDraft } from '../../store/use-form-draft.ts';
import { AttachmentUpload } from './attachment-upload.tsx';
import { categoryLabel } from './category-labels.ts';
import type { MaterialDraft } from './material-draft.ts';
import { MarkdownView } from './markdown-view.tsx';

const ERROR_ID = 'material-form-error';

interface Props {
  /** Where the unsaved draft is kept: the material's id, or `new`. */
  draftKey: string;
  initial: MaterialDraft;
  heading: string;
  /** Saves the draft; resolves to the problem to show, or null when saved. */
  onSave: (
    draft: MaterialDraft,
    base: MaterialDraft,
  ) => Promise<{ field: string | undefined; message: string } | null>;
}

/** Title, rubric, tags, summary, Markdown body with a preview, files, and the published flag. */
export function MaterialForm({ draftKey, initial, heading, onSave }: Props) {
  const kept = useFormDraft(`materials:${draftKey}`, initial);
  const { draft, setDraft } = kept;
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const text = (field: 'title' | 'category' | 'tags' | 'summary' | 'body') => ({
    id: `material-${field}`,
    name: field,
    value: draft[field],
    onInput: (event: Event) => {
      const value = (event.currentTarget as HTMLInputElement).value;
      setDraft((current) => ({ ...current, [field]: value }));
    },
    ...(error?.field === field ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {}),
  });

  async function save() {
    setBusy(true);
    const problem = await onSave(draft, kept.base);
    setBusy(false);
    if (problem === null) kept.forget();
    setError(problem);
    const target = problem?.field && form.current?.elements.namedItem(problem.field);
    if (target instanceof HTMLElement) target.focus();
  }

  return (
    <form
      ref={form}
      class="card material-form"
      aria-labelledby="material-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h1 id="material-form-title">{heading}</h1>
      {kept.restored && <RestoredDraftNotice onDiscard={kept.reset} />}
      <label for="material-title">{t('materials.field.title')}</label>
      <input {...text('title')} />
      <label for="material-category">{t('materials.field.category')}</label>
      <select {...text('category')}>
        <option value="">{t('materials.chooseCategory')}</option>
        {MATERIAL_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {t(categoryLabel[category])}
          </option>
        ))}
      </select>
      <label for="material-tags">{t('materials.field.tags')}</label>
      <input {...text('tags')} aria-describedby="material-tags-hint" />
      <p id="material-tags-hint" class="note">
        {t('materials.tagsHint')}
      </p>
      <label for="material-summary">{t('materials.field.summary')}</label>
      <textarea {...text('summary')} rows={3} />
      <label for="material-body">{t('materials.field.body')}</label>
      <textarea {...text('body')} rows={18} aria-describedby="material-body-hint" />
      <p id="material-body-hint" class="note">
        {t('materials.bodyHint')}
      </p>
      <button type="button" aria-pressed={preview} onClick={() => setPreview(!preview)}>
        {t('materials.preview')}
      </button>
      {preview && (
        <section class="material-preview" aria-label={t('materials.preview')}>
          <h2>{draft.title}</h2>
          <MarkdownView source={draft.body} />
        </section>
      )}
      <AttachmentUpload
        attachments={draft.attachments}
        onChange={(attachments) => setDraft((current) => ({ ...current, attachments }))}
      />
      <label class="choice">
        <input
          type="checkbox"
          name="published"
          checked={draft.published}
          onChange={(event) => {
            const published = event.currentTarget.checked;
            setDraft((current) => ({ ...current, published }));
          }}
        />
        {t('materials.field.published')}
      </label>
      <p id={ERROR_ID} class="form-error" role="alert">
        {error?.message}
      </p>
      <button type="submit" disabled={busy}>
        {t('materials.save')}
      </button>
    </form>
  );
}
