import type {
  BudgetCategory,
  InitiativeSection,
  InitiativeStatus,
} from '../../../shared/model/initiatives.ts';
import { language, locale } from '../../i18n/language.ts';
import type { MessageKey } from '../../i18n/ru.ts';

export const sectionLabel = (section: InitiativeSection): MessageKey =>
  `initiatives.section.${section}`;

export const statusLabel = (status: InitiativeStatus): MessageKey => `initiatives.status.${status}`;

export const categoryLabel = (category: BudgetCategory): MessageKey =>
  `initiatives.category.${category}`;

/** «12 345,50» for kopecks: the budget is kept in kopecks and shown in roubles. */
export function formatRoubles(kopecks: number): string {
  return new Intl.NumberFormat(locale(language.value), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(kopecks / 100);
}

/** «15,8 %» for a share between 0 and 1. */
export function formatShare(share: number): string {
  return new Intl.NumberFormat(locale(language.value), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}
