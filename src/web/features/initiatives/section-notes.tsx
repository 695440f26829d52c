import { useState } from 'preact/hooks';
import type { Initiative, InitiativeSection } from '../../../shared/model/initiatives.ts';
import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { mutate } from '../../store/mutate.ts';
import { closeConflict, restoreLostValue } from '../../sync/resolve-conflict.ts';
import { lostValueText, type InitiativeNotes } from './initiative-notes.ts';
import { sectionLabel } from './initiative-labels.ts';

interface Props {
  initiative: Initiative;
  section: InitiativeSection;
  notes: InitiativeNotes;
}

/** Beside a section: the consultant's comments, values lost to a concurrent edit, a new comment. */
export function SectionNotes({ initiative, section, notes }: Props) {
  const [failure, setFailure] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const user = session.value;
  const regional = user?.role === 'regional';
  const act = async (work: Promise<{ ok: boolean; message?: string }>) => {
    const result = await work;
    setFailure(result.ok ? null : t('initiatives.notSaved', { message: result.message ?? '' }));
    return result.ok;
  };
  const addComment = async () => {
    if (!user) return;
    const saved = await act(
      mutate('comments', crypto.randomUUID(), {
        centreId: initiative.centreId,
        initiativeId: initiative.id,
        section,
        body,
        resolved: false,
      }),
    );
    if (saved) setBody('');
  };
  const inputId = `comment-${section}`;
  if (!regional && notes.comments.length === 0 && notes.conflicts.length === 0) return null;

  return (
    <aside class="section-notes" aria-label={t('initiatives.comments')}>
      {notes.conflicts.map((conflict) => (
        <div key={conflict.id} class="section-conflict" data-testid="section-conflict">
          <p>{t('initiatives.conflictLost', { value: lostValueText(conflict.lostValue) })}</p>
          <button type="button" onClick={() => void act(restoreLostValue(conflict))}>
            {t('initiatives.restore')}
          </button>{' '}
          <button type="button" onClick={() => void act(closeConflict(conflict, 'dismissed'))}>
            {t('initiatives.dismissConflict')}
          </button>
        </div>
      ))}
      {notes.comments.length > 0 && (
        <ul class="section-comments">
          {notes.comments.map((comment) => (
            <li
              key={comment.id}
              data-testid="section-comment"
              class={comment.resolved ? 'resolved' : ''}
            >
              <p>{comment.body}</p>
              <p class="comment-meta">
                {t('initiatives.commentBy', {
                  author: comment.authorName ?? t('initiatives.authorPending'),
                  date: formatDateTime(comment.createdAt),
                })}
                {comment.resolved && ` · ${t('initiatives.commentAddressed')}`}
              </p>
              {!comment.resolved && (
                <button
                  type="button"
                  onClick={() => void act(mutate('comments', comment.id, { resolved: true }))}
                >
                  {t('initiatives.markAddressed')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {regional && (
        <form
          class="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            void addComment();
          }}
        >
          <label for={inputId}>
            {t('initiatives.newComment', { section: t(sectionLabel(section)) })}
          </label>
          <textarea
            id={inputId}
            rows={2}
            value={body}
            onInput={(event) => setBody(event.currentTarget.value)}
          />
          <button type="submit" disabled={body.trim() === ''}>
            {t('initiatives.addComment')}
          </button>
        </form>
      )}
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
    </aside>
  );
}
