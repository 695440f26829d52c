import { useState } from 'preact/hooks';
import type { Placement } from '../../../shared/model/registrations.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { ConsentStep } from './consent-step.tsx';
import { PersonStep, type CentreChoice } from './person-step.tsx';
import { RegistrationDone } from './registration-done.tsx';
import { EMPTY_PERSON, type PersonValues } from './registration-values.ts';

export type RegistrationOutcome =
  | { ok: true; placement: Placement; duplicate: boolean }
  | { ok: false; message: MessageKey; detail?: string };

interface Props {
  /** Writes the registration (locally or to the public endpoint). */
  onSubmit: (values: PersonValues, honeypot: string) => Promise<RegistrationOutcome>;
  /** Centres to choose from (public page, regional training); empty: not asked. */
  centres?: readonly CentreChoice[];
  /** Adds the hidden field robots fill in (public page). */
  honeypot?: boolean;
  /** Kiosk: back to an empty form by itself after this many seconds on the result. */
  resetAfterSeconds?: number;
  /** Called when the result screen is left (the next person may register). */
  onFinished?: () => void;
}

type Step =
  | { name: 'person' }
  | { name: 'consent' }
  | { name: 'done'; outcome: Extract<RegistrationOutcome, { ok: true }> };

/**
 * Two steps, then the result: the person's details, then the consent to personal-data
 * processing as a separate step with its full text. After the result the whole form is
 * remounted empty, so nothing of the previous person stays on screen or in memory.
 */
export function RegistrationForm(props: Props) {
  const [round, setRound] = useState(0);
  return (
    <RegistrationRound
      key={round}
      {...props}
      onFinished={() => {
        setRound(round + 1);
        props.onFinished?.();
      }}
    />
  );
}

function RegistrationRound({
  onSubmit,
  centres = [],
  honeypot,
  resetAfterSeconds,
  onFinished,
}: Props) {
  const [values, setValues] = useState<PersonValues>(EMPTY_PERSON);
  const [trap, setTrap] = useState('');
  const [step, setStep] = useState<Step>({ name: 'person' });

  if (step.name === 'done')
    return (
      <RegistrationDone
        outcome={step.outcome}
        resetAfterSeconds={resetAfterSeconds}
        onNext={() => onFinished?.()}
      />
    );
  if (step.name === 'consent')
    return (
      <ConsentStep
        ageGroup={values.ageGroup}
        onBack={() => setStep({ name: 'person' })}
        onAccept={async () => {
          const outcome = await onSubmit(values, trap);
          if (outcome.ok) setStep({ name: 'done', outcome });
          return outcome;
        }}
      />
    );
  return (
    <PersonStep
      values={values}
      centres={centres}
      honeypot={honeypot ? { value: trap, set: setTrap } : undefined}
      onChange={setValues}
      onNext={() => setStep({ name: 'consent' })}
    />
  );
}
