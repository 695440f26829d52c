import type { Initiative } from '../../../shared/model/initiatives.ts';
import { SaveStatus } from './save-status.tsx';
import { useFieldAutosave } from './use-field-autosave.ts';

export type TextFieldName =
  | 'title'
  | 'summary'
  | 'direction'
  | 'geography'
  | 'problem'
  | 'targetGroups'
  | 'goal'
  | 'qualitativeResults'
  | 'partners'
  | 'publicity'
  | 'sustainability'
  | 'applicantGroup'
  | 'startDate'
  | 'endDate';

interface Props {
  initiative: Initiative;
  field: TextFieldName;
  /** The element that names the field (a heading or a label). */
  labelledBy: string;
  kind?: 'line' | 'text' | 'date';
  hint?: string;
}

/** One autosaved field: typing patches only this field, ≤ 1 s after the last keystroke. */
export function TextField({ initiative, field, labelledBy, kind = 'text', hint }: Props) {
  const { value, state, change, flush } = useFieldAutosave(
    initiative.id,
    field,
    initiative[field] ?? '',
  );
  const statusId = `${field}-save`;
  const common = {
    id: `field-${field}`,
    name: field,
    value,
    'aria-labelledby': labelledBy,
    'aria-describedby': hint ? `${statusId} ${field}-hint` : statusId,
    'aria-invalid': state.kind === 'failed',
    onInput: (event: Event) => change((event.currentTarget as HTMLInputElement).value),
    onBlur: flush,
  };
  return (
    <div class="initiative-field">
      {hint && (
        <p id={`${field}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {kind === 'text' ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type={kind === 'date' ? 'date' : 'text'} {...common} />
      )}
      <SaveStatus state={state} id={statusId} />
    </div>
  );
}
