import { useState } from 'preact/hooks';
import {
  adviseLegalForm,
  type FormAdvice,
  type FormQuestions,
} from '../../../shared/domain/legal-form-advice.ts';
import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';
import { legalFormLabel } from './organization-labels.ts';
import './organizations.css';

type YesNo = Exclude<keyof FormQuestions, 'founders'>;
const QUESTIONS: { key: YesNo; label: MessageKey }[] = [
  { key: 'wantsMembers', label: 'helper.members' },
  { key: 'indigenous', label: 'helper.indigenous' },
  { key: 'territorial', label: 'helper.territorial' },
  { key: 'raisesFunds', label: 'helper.raisesFunds' },
];

/** The "which form to choose" helper: a few questions, a suggested form and the reason from the law. */
export default function FormHelperScreen() {
  const [answers, setAnswers] = useState<FormQuestions>({
    wantsMembers: false,
    indigenous: false,
    territorial: false,
    raisesFunds: false,
    founders: 1,
  });
  const [advice, setAdvice] = useState<FormAdvice | null>(null);
  return (
    <>
      <p>
        <a href="/organizations">{t('org.back')}</a>
      </p>
      <h1>{t('helper.title')}</h1>
      <p>{t('helper.intro')}</p>
      <form
        class="card helper-form"
        onSubmit={(event) => {
          event.preventDefault();
          setAdvice(adviseLegalForm(answers));
        }}
      >
        <div>
          {QUESTIONS.map(({ key, label }) => (
            <label key={key} class="check">
              <input
                type="checkbox"
                checked={answers[key]}
                onChange={(e) =>
                  setAnswers({ ...answers, [key]: (e.currentTarget as HTMLInputElement).checked })
                }
              />
              {t(label)}
            </label>
          ))}
        </div>
        <label for="helper-founders">{t('helper.founders')}</label>
        <input
          id="helper-founders"
          type="number"
          min={1}
          value={answers.founders}
          onInput={(e) =>
            setAnswers({
              ...answers,
              founders: Number((e.currentTarget as HTMLInputElement).value) || 0,
            })
          }
        />
        <button type="submit">{t('helper.suggest')}</button>
      </form>
      <div role="status" class={advice ? 'helper-result' : undefined}>
        {advice && (
          <>
            <h2>{t('helper.result', { form: t(legalFormLabel[advice.form]) })}</h2>
            <p>{t(`helper.reason.${advice.reason}`)}</p>
          </>
        )}
      </div>
    </>
  );
}
