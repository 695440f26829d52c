import { seedId } from './seed-ids.ts';

const TIGIL_DISTRICT = 'Тигильский муниципальный район';

const CENTRES = [
  {
    key: 'tigil',
    settlement: 'с. Тигиль',
    district: TIGIL_DISTRICT,
    place: 'Тигильская центральная районная библиотека',
  },
  {
    key: 'palana',
    settlement: 'пгт Палана',
    district: 'Городской округ «посёлок Палана»',
    place: 'Паланская центральная библиотека',
  },
  {
    key: 'ust-khairyuzovo',
    settlement: 'с. Усть-Хайрюзово',
    district: TIGIL_DISTRICT,
    place: 'сельская библиотека',
  },
  {
    key: 'kovran',
    settlement: 'с. Ковран',
    district: TIGIL_DISTRICT,
    place: 'сельская библиотека',
  },
  {
    key: 'sedanka',
    settlement: 'с. Седанка',
    district: TIGIL_DISTRICT,
    place: 'сельская библиотека',
  },
  {
    key: 'khairyuzovo',
    settlement: 'с. Хайрюзово',
    district: TIGIL_DISTRICT,
    place: 'сельская библиотека',
  },
  {
    key: 'voyampolka',
    settlement: 'с. Воямполка',
    district: TIGIL_DISTRICT,
    place: 'сельская библиотека',
  },
  {
    key: 'lesnaya',
    settlement: 'с. Лесная',
    district: TIGIL_DISTRICT,
    place: 'сельская библиотека',
  },
] as const;

export type CentreKey = (typeof CENTRES)[number]['key'];

export const centreId = (key: CentreKey): string => seedId('centre', key);

/** Consultation centres in village libraries: Тигиль and Палана first, then the district's villages. */
export function seedCentres(now: string) {
  return CENTRES.map((centre) => ({
    id: centreId(centre.key),
    centreId: null,
    createdAt: now,
    updatedAt: now,
    name: `Консультационный центр для НКО — ${centre.settlement} (${centre.place})`,
    settlement: centre.settlement,
    district: centre.district,
    active: true,
  }));
}
