import type { Initiative } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { SaveStatus } from './save-status.tsx';
import { useFieldAutosave } from './use-field-autosave.ts';

const tasksOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The tasks section: one per line, kept as a list; autosaved like a text section. */
export function TasksField({
  initiative,
  labelledBy,
}: {
  initiative: Initiative;
  labelledBy: string;
}) {
  const { value, state, change, flush } = useFieldAutosave(
    initiative.id,
    'tasks',
    initiative.tasks.join('\n'),
    tasksOf,
  );
  return (
    <div class="initiative-field">
      <p id="tasks-hint" class="field-hint">
        {t('initiatives.tasksHint')}
      </p>
      <textarea
        id="field-tasks"
        name="tasks"
        rows={5}
        value={value}
        aria-labelledby={labelledBy}
        aria-describedby="tasks-hint tasks-save"
        onInput={(event) => change(event.currentTarget.value)}
        onBlur={flush}
      />
      <SaveStatus state={state} id="tasks-save" />
    </div>
  );
}
