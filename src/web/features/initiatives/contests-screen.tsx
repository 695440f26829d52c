import { useEffect, useState } from 'preact/hooks';
import { INITIATIVE_SECTIONS, type InitiativeSection } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { session } from '../../session/session-state.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { EMPTY_CONTEST, contestPatch, draftOfContest, type ContestDraft } from './contest-draft.ts';
import { sectionLabel } from './initiative-labels.ts';
import './initiatives.css';

/** The regional centre keeps each contest's limits, required sections and maximum sum. */
export default function ContestsScreen() {
  const contests = useLiveQuery(() => db.records('contests').orderBy('name').toArray(), []);
  const [selected, setSelected] = useState<string>('');
  const [draft, setDraft] = useState<ContestDraft>(EMPTY_CONTEST);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const editing = contests.find((c) => c.id === selected);
  useEffect(() => setDraft(editing ? draftOfContest(editing) : EMPTY_CONTEST), [editing?.id]);
  const regional = session.value?.role === 'regional';

  const save = async () => {
    const id = editing?.id ?? crypto.randomUUID();
    const patch = contestPatch(draft);
    const result = await mutate('contests', id, editing ? patch : { ...patch, centreId: null });
    setMessage(
      result.ok
        ? { text: t('initiatives.contestSaved', { name: result.record.name }), failed: false }
        : { text: t('initiatives.notSaved', { message: result.message }), failed: true },
    );
    if (result.ok) setSelected(id);
  };
  const toggle = (section: InitiativeSection, on: boolean) =>
    setDraft({
      ...draft,
      required: on ? [...draft.required, section] : draft.required.filter((s) => s !== section),
    });
  const text = (key: 'name' | 'maxSumRoubles' | 'note') => ({
    value: draft[key],
    onInput: (event: Event) =>
      setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value }),
    disabled: !regional,
  });

  return (
    <div class="initiative">
      <p class="initiative-links">
        <a href="/initiatives">{t('initiatives.backToList')}</a>
      </p>
      <h1>{t('initiatives.contests')}</h1>
      <p>{t('initiatives.contestsIntro')}</p>
      <label for="contest-choice">{t('initiatives.contest')}</label>
      <select
        id="contest-choice"
        value={selected}
        onChange={(e) => setSelected(e.currentTarget.value)}
      >
        <option value="">{t('initiatives.newContest')}</option>
        {contests.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <form
        class="card"
        aria-label={t('initiatives.contests')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label for="contest-name">{t('initiatives.contestName')}</label>
        <input id="contest-name" {...text('name')} />
        <label for="contest-max">{t('initiatives.contestMaxSum')}</label>
        <input id="contest-max" inputMode="decimal" {...text('maxSumRoubles')} />
        <label for="contest-note">{t('initiatives.contestNote')}</label>
        <textarea id="contest-note" rows={2} {...text('note')} />
        <table class="rows-table">
          <caption>{t('initiatives.contestSections')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('initiatives.contestSection')}</th>
              <th scope="col">{t('initiatives.contestRequired')}</th>
              <th scope="col">{t('initiatives.contestLimit')}</th>
            </tr>
          </thead>
          <tbody>
            {INITIATIVE_SECTIONS.map((section) => {
              const name = t(sectionLabel(section));
              return (
                <tr key={section}>
                  <th scope="row">{name}</th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('initiatives.requiredOf', { section: name })}
                      checked={draft.required.includes(section)}
                      disabled={!regional}
                      onChange={(e) => toggle(section, e.currentTarget.checked)}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      min={1}
                      aria-label={t('initiatives.limitOf', { section: name })}
                      value={draft.limits[section] ?? ''}
                      disabled={!regional}
                      onInput={(e) =>
                        setDraft({
                          ...draft,
                          limits: { ...draft.limits, [section]: e.currentTarget.value },
                        })
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {regional && <button type="submit">{t('initiatives.saveContest')}</button>}
        <p role={message?.failed ? 'alert' : 'status'} class={message?.failed ? 'form-error' : ''}>
          {message?.text}
        </p>
      </form>
    </div>
  );
}
