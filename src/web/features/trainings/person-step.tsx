import { useEffect, useRef, useState } from 'preact/hooks';
import { AGE_GROUPS } from '../../../shared/model/registrations.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { ageGroupLabel } from './training-labels.ts';
import {
  personProblem,
  type FieldProblem,
  type PersonField,
  type PersonValues,
} from './registration-values.ts';

export interface CentreChoice {
  id: string;
  name: string;
}

interface Props {
  values: PersonValues;
  centres: readonly CentreChoice[];
  honeypot: { value: string; set: (value: string) => void } | undefined;
  onChange: (values: PersonValues) => void;
  onNext: () => void;
}

const ERROR_ID = 'person-step-error';

const TEXT_FIELDS: { field: PersonField; label: MessageKey; type?: string; auto?: string }[] = [
  { field: 'fullName', label: 'register.fullName', auto: 'name' },
  { field: 'phone', label: 'register.phone', type: 'tel', auto: 'tel' },
  { field: 'email', label: 'register.email', type: 'email', auto: 'email' },
  { field: 'settlement', label: 'register.settlement', auto: 'address-level2' },
  { field: 'organization', label: 'register.organization', auto: 'organization' },
];

/** Step 1: who is registering. Browser autofill is off on the shared kiosk (autocomplete=off). */
export function PersonStep({ values, centres, honeypot, onChange, onNext }: Props) {
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  const set = (field: PersonField) => (event: Event) =>
    onChange({ ...values, [field]: (event.currentTarget as HTMLInputElement).value });
  const invalid = (field: PersonField) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': ERROR_ID } : {};
  const minor = values.ageGroup === 'teen' || values.ageGroup === 'child';
  const kiosk = honeypot === undefined;

  function next(event: Event) {
    event.preventDefault();
    const found = personProblem(values, centres.length > 0);
    setProblem(found);
    if (found) form.current?.querySelector<HTMLElement>(`[name="${found.field}"]`)?.focus();
    else onNext();
  }

  const input = (field: PersonField, label: MessageKey, type = 'text', auto = 'off') => (
    <>
      <label for={`person-${field}`}>{t(label)}</label>
      <input
        id={`person-${field}`}
        name={field}
        type={type}
        autocomplete={kiosk ? 'off' : auto}
        value={values[field]}
        onInput={set(field)}
        {...invalid(field)}
      />
    </>
  );

  return (
    <form
      ref={form}
      class="card registration-form"
      aria-labelledby="person-step-title"
      noValidate
      onSubmit={next}
    >
      <h2 id="person-step-title">{t('register.personTitle')}</h2>
      <p class="note">{t('register.contactHint')}</p>
      {TEXT_FIELDS.map(({ field, label, type, auto }) => input(field, label, type, auto))}
      {centres.length > 0 && (
        <>
          <label for="person-centreId">{t('register.centre')}</label>
          <select
            id="person-centreId"
            name="centreId"
            value={values.centreId}
            onChange={set('centreId')}
            {...invalid('centreId')}
          >
            <option value="">{t('register.chooseCentre')}</option>
            {centres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {centre.name}
              </option>
            ))}
          </select>
        </>
      )}
      <fieldset
        class="choices"
        aria-describedby={problem?.field === 'ageGroup' ? ERROR_ID : undefined}
      >
        <legend>{t('register.ageGroup')}</legend>
        {AGE_GROUPS.map((group) => (
          <label key={group} class="choice">
            <input
              type="radio"
              name="ageGroup"
              value={group}
              checked={values.ageGroup === group}
              onChange={() => onChange({ ...values, ageGroup: group })}
            />
            {t(ageGroupLabel[group])}
          </label>
        ))}
      </fieldset>
      {minor && (
        <>
          <p class="note">{t('register.parentHint')}</p>
          {input('parentName', 'register.parentName')}
          {input('parentContact', 'register.parentContact', 'tel')}
        </>
      )}
      {honeypot && (
        <div class="honeypot" aria-hidden="true">
          <label for="person-website">{t('register.honeypot')}</label>
          <input
            id="person-website"
            name="website"
            tabIndex={-1}
            autocomplete="off"
            value={honeypot.value}
            onInput={(event) => honeypot.set(event.currentTarget.value)}
          />
        </div>
      )}
      <p id={ERROR_ID} class="form-error" role="alert">
        {problem ? t(problem.message) : ''}
      </p>
      <button type="submit">{t('register.next')}</button>
    </form>
  );
}
