import { language, locale, t } from './language.ts';

type Counted = 'changes' | 'files';

/** «2 изменения», «5 файлов»: a number with its noun in the right plural form. */
export function formatCount(count: number, what: Counted): string {
  const form = new Intl.PluralRules(locale(language.value)).select(count);
  const plural = form === 'one' ? 'one' : form === 'few' ? 'few' : 'many';
  return t(`count.${what}.${plural}`, { count });
}

/** «Ждут отправки: 2 изменения, 1 файл» (just the number while no file waits). */
export function outboxText(changes: number, files: number): string {
  if (files === 0) return t('status.outbox', { count: changes });
  return t('status.outboxWithFiles', {
    changes: formatCount(changes, 'changes'),
    files: formatCount(files, 'files'),
  });
}
