import { useState } from 'preact/hooks';
import { anonymizationPatch } from '../../../shared/domain/anonymize.ts';
import { byQueue, findDuplicates } from '../../../shared/domain/waitlist.ts';
import type { Registration } from '../../../shared/model/registrations.ts';
import type { Training } from '../../../shared/model/trainings.ts';
import { t } from '../../i18n/language.ts';
import { mutate } from '../../store/mutate.ts';
import { exportRegistrations } from './registration-export.ts';
import { RegistrationRow } from './registration-row.tsx';
import { queueOf } from './save-registration.ts';

interface Props {
  training: Training;
  registrations: readonly Registration[];
}

/** Staff: everyone registered here, in queue order, with attendance, cancel, delete and export. */
export function RegistrationList({ training, registrations }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const queue = queueOf(registrations).sort(byQueue);
  const byId = new Map(registrations.map((r) => [r.id, r]));
  const ordered = queue.flatMap((q) => byId.get(q.id) ?? []);
  const local = findDuplicates(queue);
  const duplicates = new Map(local);
  for (const r of registrations) if (r.duplicateOf) duplicates.set(r.id, r.duplicateOf);

  async function change(registration: Registration, patch: Record<string, unknown>) {
    const result = await mutate('registrations', registration.id, patch);
    setProblem(result.ok ? null : result.message);
  }

  return (
    <section aria-labelledby="registrations-title">
      <h2 id="registrations-title">{t('registrations.title', { count: registrations.length })}</h2>
      {ordered.length === 0 ? (
        <p class="note">{t('registrations.none')}</p>
      ) : (
        <>
          <button
            type="button"
            class="secondary"
            onClick={() => exportRegistrations(training, ordered, duplicates)}
          >
            {t('registrations.export')}
          </button>
          <p class="form-error" role="alert">
            {problem ?? ''}
          </p>
          <div class="table-scroll">
            <table class="data-table registrations-table">
              <thead>
                <tr>
                  <th scope="col">{t('csv.number')}</th>
                  <th scope="col">{t('csv.fullName')}</th>
                  <th scope="col">{t('registrations.contacts')}</th>
                  <th scope="col">{t('csv.ageGroup')}</th>
                  <th scope="col">{t('csv.placement')}</th>
                  <th scope="col">{t('registrations.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {ordered.map((registration, n) => (
                  <RegistrationRow
                    key={registration.id}
                    number={n + 1}
                    registration={registration}
                    duplicate={duplicates.has(registration.id)}
                    onStatus={(status) => change(registration, { status })}
                    onForget={() => change(registration, anonymizationPatch(registration))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
