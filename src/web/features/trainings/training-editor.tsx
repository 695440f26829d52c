import { useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TRAINING_KINDS } from '../../../shared/model/trainings.ts';
import { t } from '../../i18n/language.ts';
import { mutate } from '../../store/mutate.ts';
import { useFormDraft } from '../../store/use-form-draft.ts';
import { RestoredDraftNotice } from '../../shell/restored-draft-notice.tsx';
import { currentCentreId } from '../../session/session-state.ts';
import {
  changedFields,
  draftOf,
  EMPTY_TRAINING,
  fieldsOf,
  type TrainingDraft,
} from './training-draft.ts';
import { kindLabel } from './training-labels.ts';
import { MaterialsField } from './materials-field.tsx';
import { useTraining } from './use-trainings.ts';
import './trainings.css';

const ERROR_ID = 'training-editor-error';
type TextField = Exclude<keyof TrainingDraft, 'materialIds' | 'published' | 'kind' | 'placeKind'>;

/** New or edited training; saved locally through mutate and sent at the next sync. */
export default function TrainingEditor() {
  const { params } = useRoute();
  const { route } = useLocation();
  const editing = useTraining(params.id ?? '');
  const kept = useFormDraft<TrainingDraft>(
    `trainings:${editing?.id ?? 'new'}`,
    editing ? draftOf(editing) : EMPTY_TRAINING,
  );
  const { draft, setDraft } = kept;
  const [problem, setProblem] = useState<{ field: string | undefined; message: string } | null>(
    null,
  );
  const form = useRef<HTMLFormElement>(null);

  const set = (field: TextField) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setDraft((current) => ({ ...current, [field]: value }));
  };
  const invalid = (field: string) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {};
  const text = (field: TextField, label: Parameters<typeof t>[0], type = 'text') => (
    <>
      <label for={`training-${field}`}>{t(label)}</label>
      <input
        id={`training-${field}`}
        name={field}
        type={type}
        value={draft[field]}
        onInput={set(field)}
        {...invalid(field)}
      />
    </>
  );

  async function save(event: Event) {
    event.preventDefault();
    const id = editing?.id ?? crypto.randomUUID();
    const patch = editing
      ? changedFields(kept.base, draft)
      : { ...fieldsOf(draft), centreId: await currentCentreId() };
    for (const [field, value] of Object.entries(patch))
      if (value === null && !editing) delete patch[field];
    const result = await mutate('trainings', id, patch);
    if (!result.ok) {
      setProblem({ field: result.field, message: result.message });
      form.current?.querySelector<HTMLElement>(`[name="${result.field ?? ''}"]`)?.focus();
      return;
    }
    kept.forget();
    route(`/trainings/${id}`);
  }

  if (params.id && editing === undefined) return <p class="note">{t('trainings.loading')}</p>;
  return (
    <>
      <h1 id="training-editor-title">
        {t(editing ? 'trainingEditor.editTitle' : 'trainingEditor.newTitle')}
      </h1>
      <form
        ref={form}
        class="card training-editor"
        aria-labelledby="training-editor-title"
        noValidate
        onSubmit={save}
      >
        {kept.restored && <RestoredDraftNotice onDiscard={kept.reset} />}
        {text('title', 'trainingEditor.title')}
        <label for="training-kind">{t('trainingEditor.kind')}</label>
        <select
          id="training-kind"
          name="kind"
          value={draft.kind}
          onChange={(e) =>
            setDraft({ ...draft, kind: e.currentTarget.value as TrainingDraft['kind'] })
          }
          {...invalid('kind')}
        >
          <option value="">{t('trainingEditor.chooseKind')}</option>
          {TRAINING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(kindLabel[kind])}
            </option>
          ))}
        </select>
        {text('startsAt', 'trainingEditor.startsAt', 'datetime-local')}
        {text('endsAt', 'trainingEditor.endsAt', 'datetime-local')}
        <p class="note">{t('trainingEditor.timeHint')}</p>
        <fieldset class="choices">
          <legend>{t('trainingEditor.placeKind')}</legend>
          {(['in_person', 'online'] as const).map((kind) => (
            <label key={kind} class="choice">
              <input
                type="radio"
                name="placeKind"
                checked={draft.placeKind === kind}
                onChange={() => setDraft({ ...draft, placeKind: kind })}
              />
              {t(kind === 'online' ? 'trainingEditor.online' : 'trainingEditor.inPerson')}
            </label>
          ))}
        </fieldset>
        {draft.placeKind === 'in_person' && text('settlement', 'trainingEditor.settlement')}
        {text(
          'place',
          draft.placeKind === 'online' ? 'trainingEditor.link' : 'trainingEditor.address',
          draft.placeKind === 'online' ? 'url' : 'text',
        )}
        {text('capacity', 'trainingEditor.capacity', 'number')}
        {text('organizer', 'trainingEditor.organizer')}
        <label for="training-description">{t('trainingEditor.description')}</label>
        <textarea
          id="training-description"
          name="description"
          rows={5}
          value={draft.description}
          onInput={set('description')}
        />
        <MaterialsField
          chosen={draft.materialIds}
          onChange={(materialIds) => setDraft({ ...draft, materialIds })}
        />
        <label class="choice">
          <input
            type="checkbox"
            name="published"
            checked={draft.published}
            onChange={(e) => setDraft({ ...draft, published: e.currentTarget.checked })}
          />
          {t('trainingEditor.published')}
        </label>
        <p id={ERROR_ID} class="form-error" role="alert">
          {problem?.message ?? ''}
        </p>
        <div class="actions">
          <button type="submit">{t('trainingEditor.save')}</button>
          <a
            class="button-link secondary"
            href={editing ? `/trainings/${editing.id}` : '/trainings'}
            onClick={kept.forget}
          >
            {t('trainingEditor.cancel')}
          </a>
        </div>
      </form>
    </>
  );
}
