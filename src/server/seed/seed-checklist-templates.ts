import { LEGAL_FORMS, type LegalForm } from '../../shared/model/common.ts';
import { templateSteps } from './seed-checklist-steps.ts';
import { seedId } from './seed-ids.ts';

const TITLES: Record<LegalForm, string> = {
  ano: 'Регистрация автономной некоммерческой организации (АНО)',
  public: 'Регистрация общественной организации',
  fund: 'Регистрация фонда',
  community: 'Регистрация общины коренных малочисленных народов',
  tos: 'Создание территориального общественного самоуправления (ТОС)',
  informal: 'Подготовка инициативной группы к регистрации',
};

export function seedChecklistTemplates(now: string) {
  return LEGAL_FORMS.map((form) => ({
    id: seedId('checklist-template', form),
    centreId: null,
    createdAt: now,
    updatedAt: now,
    legalForm: form,
    title: TITLES[form],
    version: 1,
    steps: templateSteps(form),
    published: true,
  }));
}
