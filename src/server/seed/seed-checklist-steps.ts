import type { LegalForm } from '../../shared/model/common.ts';
import type { TemplateStep } from '../../shared/model/checklist-templates.ts';
import { materialId } from './seed-materials.ts';

const step = (
  s: Omit<TemplateStep, 'documents' | 'materialIds'> & Partial<TemplateStep>,
): TemplateStep => ({
  documents: [],
  materialIds: [],
  ...s,
});

const FOUNDERS: Record<Exclude<LegalForm, 'tos' | 'informal'>, string> = {
  public: 'Не менее трёх физических лиц (82-ФЗ, ст. 18). У организации будут члены.',
  ano: 'Один или несколько граждан и (или) юридических лиц. Членства в АНО нет.',
  fund: 'Один или несколько учредителей. Членства нет; устав предусматривает попечительский совет.',
  community:
    'Не менее трёх лиц из числа коренных малочисленных народов старше 18 лет (104-ФЗ, ст. 8); членами могут быть с 16 лет.',
};

function charterNote(form: Exclude<LegalForm, 'tos' | 'informal'>): { description?: string } {
  if (form === 'fund') return { description: 'Устав фонда предусматривает попечительский совет.' };
  if (form === 'public')
    return {
      description:
        'Устав определяет руководящий и контрольно-ревизионный органы и порядок членства.',
    };
  return {};
}

/** Choosing the form through the founding meeting: the same for every form that registers. */
function preparation(form: Exclude<LegalForm, 'tos' | 'informal'>): TemplateStep[] {
  return [
    step({
      key: 'choose_form',
      title: 'Выбрать организационно-правовую форму',
      materialIds: [materialId('choose-form')],
    }),
    step({ key: 'founders', title: 'Собрать учредителей', description: FOUNDERS[form] }),
    step({
      key: 'name',
      title: 'Выбрать наименование',
      description: 'Название должно указывать на форму и характер деятельности (7-ФЗ, ст. 4).',
    }),
    step({
      key: 'address',
      title: 'Определить адрес постоянно действующего органа',
      documents: [
        'Гарантийное письмо собственника помещения',
        'Документ о праве собственности на помещение',
      ],
      verify: true,
    }),
    step({ key: 'charter', title: 'Подготовить устав', ...charterNote(form) }),
    step({
      key: 'founding_meeting',
      title: 'Провести учредительное собрание и оформить протокол',
      description:
        'Решение о создании, утверждение устава, избрание органов. С даты решения идут 3 месяца на подачу документов.',
      documents: ['Протокол (решение) о создании'],
    }),
    step({
      key: 'gosuslugi',
      title: 'Подтвердить учётную запись на Госуслугах',
      description: 'Через Госуслуги подача бесплатна и без нотариуса.',
    }),
  ];
}

function filing(form: Exclude<LegalForm, 'tos' | 'informal'>): TemplateStep[] {
  const decision =
    form === 'public'
      ? step({
          key: 'decision',
          title: 'Дождаться решения Минюста',
          description: 'Для общественных организаций — 33 календарных дня.',
          deadlineDays: 33,
          deadlineFrom: 'file',
          verify: true,
        })
      : step({
          key: 'decision',
          title: 'Дождаться решения Минюста',
          description: 'Для АНО, фондов и общин — 17 рабочих дней (по прежним правилам — 14).',
          verify: true,
        });
  return [
    step({
      key: 'package',
      title: 'Собрать основной пакет документов',
      documents: [
        'Заявление по форме Р11001',
        'Устав — 3 экз.',
        'Решение (протокол) о создании — 2 экз.',
        'Сведения об учредителях — 2 экз.',
        'Квитанция об уплате госпошлины 4 000 ₽ (только на бумаге)',
        'Документы об адресе',
        'Разрешение на использование имени или символики (если нужно)',
      ],
      materialIds: [materialId('registration-package')],
      verify: true,
    }),
    step({
      key: 'file',
      title: 'Подать документы в Управление Минюста России по Камчатскому краю',
      description:
        'На бумаге (лично или почтой) или через Госуслуги. На бумаге подпись на Р11001 заверяет нотариус.',
      deadlineDays: 90,
      deadlineFrom: 'founding_meeting',
      verify: true,
    }),
    decision,
    step({
      key: 'egrul',
      title: 'Получить запись ЕГРЮЛ, ОГРН и ИНН',
      description: 'Вносит налоговая по решению Минюста.',
    }),
    step({
      key: 'usn',
      title: 'Подать уведомление о переходе на УСН',
      description:
        'Вместе с документами на регистрацию или в течение 30 календарных дней после неё; иначе до конца года — общий режим.',
      documents: ['Уведомление по форме 26.2-1'],
      deadlineDays: 30,
      deadlineFrom: 'egrul',
    }),
    step({ key: 'stat_codes', title: 'Получить коды статистики (Росстат)', verify: true }),
    step({
      key: 'bank',
      title: 'Открыть расчётный счёт',
      description: 'Закон не требует, но без счёта не получить грант.',
    }),
    step({ key: 'signature', title: 'Получить электронную подпись руководителя в ФНС' }),
    step({
      key: 'reports',
      title: 'Запланировать ежегодную отчётность',
      description:
        'Отчёт в Минюст — до 15 апреля; бухгалтерская отчётность в ФНС — до 31 марта.' +
        (form === 'public'
          ? ' Общественные объединения ежегодно сообщают о продолжении деятельности.'
          : ''),
      verify: true,
    }),
  ];
}

const TOS_STEPS: TemplateStep[] = [
  step({
    key: 'initiative_group',
    title: 'Собрать инициативную группу жителей',
    description: 'Участвовать могут жители территории старше 16 лет.',
  }),
  step({
    key: 'boundaries',
    title: 'Добиться решения об установлении границ ТОС',
    description:
      'Границы устанавливает представительный орган муниципального образования по предложению жителей.',
  }),
  step({ key: 'charter', title: 'Подготовить устав ТОС' }),
  step({
    key: 'founding_meeting',
    title: 'Провести учредительное собрание (конференцию) жителей',
    documents: ['Протокол собрания', 'Лист регистрации участников'],
  }),
  step({
    key: 'charter_registration',
    title: 'Зарегистрировать устав в местной администрации',
    description: 'С этого дня ТОС считается учреждённым.',
  }),
  step({
    key: 'legal_entity',
    title: 'По желанию — зарегистрировать ТОС как юридическое лицо в Минюсте',
    description: 'С основным пакетом документов, как для других НКО.',
    materialIds: [materialId('registration-package')],
  }),
];

const INFORMAL_STEPS: TemplateStep[] = [
  step({
    key: 'choose_form',
    title: 'Выбрать форму будущей организации',
    materialIds: [materialId('choose-form')],
  }),
  step({ key: 'founders', title: 'Собрать учредителей' }),
  step({
    key: 'name',
    title: 'Придумать наименование',
    description: 'Название указывает на форму и характер деятельности (7-ФЗ, ст. 4).',
  }),
  step({ key: 'address', title: 'Найти адрес для организации', verify: true }),
  step({ key: 'charter', title: 'Подготовить проект устава' }),
  step({ key: 'founding_meeting', title: 'Провести учредительное собрание и оформить протокол' }),
  step({ key: 'gosuslugi', title: 'Подтвердить учётную запись на Госуслугах' }),
  step({
    key: 'partner',
    title: 'До регистрации — договориться с партнёрской НКО',
    description:
      'Неформальная группа не может открыть счёт и участвовать в большинстве грантовых конкурсов.',
    materialIds: [materialId('social-project')],
  }),
];

export function templateSteps(form: LegalForm): TemplateStep[] {
  if (form === 'tos') return TOS_STEPS;
  if (form === 'informal') return INFORMAL_STEPS;
  return [...preparation(form), ...filing(form)];
}
