import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import type { SyncProblem, SyncProblemKind } from '../../sync/sync-problem.ts';

const PROBLEM_TEXT: Record<SyncProblemKind, MessageKey> = {
  offline: 'problem.offline',
  timeout: 'problem.timeout',
  unauthorized: 'problem.unauthorized',
  outdated: 'problem.outdated',
  too_large: 'problem.too_large',
  server: 'problem.server',
  bad_response: 'problem.bad_response',
  clock: 'problem.clock',
};

/** The last failure in plain Russian, with the server's own words when it gave some. */
export function syncProblemText(problem: SyncProblem): string[] {
  const lines = [t(PROBLEM_TEXT[problem.kind])];
  if (problem.serverMessage && problem.kind !== 'unauthorized')
    lines.push(t('problem.serverSaid', { message: problem.serverMessage }));
  return lines;
}
