import { t } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';

/** A section that is not built yet says so plainly: no sample data. */
export default function ComingSoonScreen({ title }: { title: MessageKey }) {
  return (
    <>
      <h1>{t(title)}</h1>
      <p>{t('comingSoon.text')}</p>
    </>
  );
}
