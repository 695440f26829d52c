import { formatDateTime } from '../../i18n/format-date.ts';
import { t } from '../../i18n/language.ts';
import { db } from '../../store/db.ts';
import { META, readMeta } from '../../store/meta.ts';
import { useLiveQuery } from '../../store/use-live-query.ts';
import type { VerifyProblem } from '../../sync/verification.ts';

/** When the self-check last found this PC's data equal to the server's, or what differed. */
export function VerificationLine() {
  const state = useLiveQuery(
    async () => ({
      at: await readMeta<string>(db, META.verifiedAt),
      problem: await readMeta<VerifyProblem | null>(db, META.verifyProblem),
    }),
    { at: undefined, problem: null },
  );
  if (state.problem)
    return (
      <p role="alert" data-testid="verify-problem">
        {t('sync.verifyProblem', {
          collections: state.problem.collections.join(', '),
          when: formatDateTime(state.problem.at),
        })}
      </p>
    );
  return (
    <p data-testid="verified-at">
      {state.at
        ? t('sync.verifiedAt', { when: formatDateTime(state.at) })
        : t('sync.neverVerified')}
    </p>
  );
}
