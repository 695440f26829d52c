import { useState } from 'preact/hooks';
import {
  completenessProblems,
  type CompletenessProblem,
} from '../../../shared/domain/initiative-completeness.ts';
import type { Initiative } from '../../../shared/model/initiatives.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { mutate } from '../../store/mutate.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import { formatRoubles, sectionLabel } from './initiative-labels.ts';

function problemText(problem: CompletenessProblem): string {
  const section = t(sectionLabel(problem.section));
  switch (problem.kind) {
    case 'empty':
      return t('initiatives.problemEmpty', { section });
    case 'too_long':
      return t('initiatives.problemTooLong', {
        section,
        length: problem.length,
        limit: problem.limit,
      });
    case 'over_max_sum':
      return t('initiatives.problemOverSum', {
        requested: formatRoubles(problem.requested),
        limit: formatRoubles(problem.limit),
      });
  }
}

/** Brings the section into view and puts the cursor in its field, when it has one. */
function goTo(section: string) {
  document.getElementById(`section-${section}`)?.scrollIntoView({ block: 'start' });
  document.getElementById(`field-${section}`)?.focus();
}

/** The contest the draft is written for, and what is still missing or too long for it. */
export function CompletenessPanel({ initiative }: { initiative: Initiative }) {
  const [failure, setFailure] = useState<string | null>(null);
  const contests = useLiveQuery(() => db.records('contests').orderBy('name').toArray(), []);
  const contest = contests.find((c) => c.id === initiative.contestId && !c.deleted);
  const choose = async (contestId: string) => {
    const result = await mutate('initiatives', initiative.id, { contestId: contestId || null });
    setFailure(result.ok ? null : t('initiatives.notSaved', { message: result.message }));
  };
  const problems = contest ? completenessProblems(initiative, contest) : [];
  return (
    <section class="initiative-section" aria-labelledby="completeness-heading">
      <h2 id="completeness-heading">{t('initiatives.completeness')}</h2>
      <label for="field-contestId">{t('initiatives.contest')}</label>
      <select
        id="field-contestId"
        value={contest?.id ?? ''}
        onChange={(event) => void choose(event.currentTarget.value)}
      >
        <option value="">{t('initiatives.noContest')}</option>
        {contests
          .filter((c) => !c.deleted)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
      </select>
      {contest?.note && <p class="field-hint">{contest.note}</p>}
      {contest && problems.length === 0 && (
        <p data-testid="completeness">{t('initiatives.complete')}</p>
      )}
      {problems.length > 0 && (
        <ul data-testid="completeness">
          {problems.map((problem) => (
            <li key={`${problem.kind}-${problem.section}`}>
              <button type="button" class="link-button" onClick={() => goTo(problem.section)}>
                {problemText(problem)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
    </section>
  );
}
