import { language, locale, t } from './language.ts';

/** «1,5 МБ»: storage figures for the settings screen. */
export function formatBytes(bytes: number): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locale(language.value), { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return t('unit.bytes', { value: number(bytes) });
  if (bytes < 1024 ** 2) return t('unit.kilobytes', { value: number(bytes / 1024) });
  if (bytes < 1024 ** 3) return t('unit.megabytes', { value: number(bytes / 1024 ** 2) });
  return t('unit.gigabytes', { value: number(bytes / 1024 ** 3) });
}
