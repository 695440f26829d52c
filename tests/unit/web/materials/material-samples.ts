import type { Material } from '../../../../src/shared/model/materials.ts';

let next = 0;
/** A material as the regional centre would publish it; ids are stable per call order. */
export function sampleMaterial(fields: Partial<Material> & Pick<Material, 'title'>): Material {
  next++;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    centreId: null,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
    category: 'registration',
    summary: '',
    body: '',
    tags: [],
    attachments: [],
    published: true,
    ...fields,
  };
}

export const LIBRARY = {
  registration: sampleMaterial({
    title: 'Регистрация НКО в Минюсте',
    summary: 'Пакет документов и сроки.',
    body: 'Заявление по форме Р11001, устав в трёх экземплярах, протокол собрания.',
    tags: ['Минюст'],
  }),
  volunteers: sampleMaterial({
    title: 'Добровольцы и согласие на обработку персональных данных',
    category: 'volunteers',
    summary: 'Как оформить согласие по 152-ФЗ.',
    body: 'С 1 сентября 2025 года согласие оформляется отдельным документом. При регистрации добровольца на мероприятие попросите подписать согласие.',
    tags: ['152-ФЗ', 'добровольцы'],
  }),
  budget: sampleMaterial({
    title: 'Бюджет социального проекта',
    category: 'projects_and_grants',
    summary: 'Статьи расходов грантовой заявки.',
    body: 'Оплата труда, командировочные, мероприятия. Нельзя оплатить из гранта долги и штрафы.',
    tags: ['гранты', 'бюджет'],
  }),
  report: sampleMaterial({
    title: 'Ежегодный отчёт в Минюст',
    category: 'reporting',
    summary: 'Формы ОН0001 и ОН0002, срок — до 15 апреля.',
    body: 'Организация сообщает о продолжении деятельности. Ёлочные игрушки тут ни при чём.',
    tags: ['отчётность'],
  }),
};
