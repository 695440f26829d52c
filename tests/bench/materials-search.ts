/**
 * 2,000 generated Russian materials on one device: how long the offline search index takes to
 * build, and search latency per query (median, p95) over ~200 queries of word forms, typos,
 * prefixes and phrases. Budget in DESIGN.md: search < 30 ms per query.
 * Run: npm run bench:search   (npx tsx tests/bench/materials-search.ts)
 */
import { performance } from 'node:perf_hooks';
import { MATERIAL_CATEGORIES } from '../../src/shared/model/common.ts';
import type { Material } from '../../src/shared/model/materials.ts';
import {
  createMaterialIndex,
  putMaterial,
  searchMaterials,
} from '../../src/web/search/material-index.ts';

const MATERIALS = 2000;
const BUDGET_MS = 30;

// a fixed generator, so every run indexes the same library
let seed = 20260201;
/** mulberry32: a small PRNG with a full 2^32 period. */
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const SUBJECTS = [
  'Регистрация НКО',
  'Устав АНО',
  'Бюджет проекта',
  'Отчёт в Минюст',
  'Согласие добровольца',
  'Протокол собрания',
  'Грантовая заявка',
  'Бухгалтерия общины',
  'Краудфандинг для села',
  'Мониторинг результатов',
  'Учредительное собрание ТОС',
  'Персональные данные участников',
  'Социальная значимость',
  'Календарный план',
  'Софинансирование проекта',
  'Публикация в соцсетях',
];
const PLACES = [
  'в Тигиле',
  'в Палане',
  'в Ковране',
  'в Усть-Хайрюзово',
  'в Седанке',
  'в Лесной',
  'в Воямполке',
];
const SENTENCES = [
  'Организация подаёт заявление по форме Р11001 и устав в трёх экземплярах.',
  'Решение о регистрации принимает Управление Минюста по Камчатскому краю.',
  'Добровольцы подписывают отдельное согласие на обработку персональных данных.',
  'В бюджете проекта указываются оплата труда, командировочные расходы и мероприятия.',
  'Общественная организация имеет членов и избирает контрольно-ревизионный орган.',
  'Ежегодный отчёт сдаётся до 15 апреля, формы ОН0001 и ОН0002.',
  'Через Госуслуги государственная пошлина не взимается.',
  'Инициативная группа выбирает форму, собирает учредителей и готовит устав.',
  'Календарный план связывает задачи, мероприятия, сроки и результаты.',
  'Софинансирование не обязательно, но повышает оценку заявки.',
  'Община коренных малочисленных народов создаётся не менее чем тремя учредителями.',
  'Территориальное общественное самоуправление регистрирует устав в местной администрации.',
  'Фонд обязан иметь попечительский совет, членства в нём нет.',
  'Публиковать фотографии добровольцев можно только с их отдельного согласия.',
  'Количественные результаты проекта измеряются показателями и значениями.',
  'Расчётный счёт в банке нужен для получения гранта.',
  'Библиотека предоставляет помещение для консультаций и семинаров.',
  'Консультант регионального центра проверяет черновик заявки и оставляет комментарии.',
];

// names of people, villages, rivers and organizations: a real library's long tail of rare words
const SYLLABLES = [
  'ке',
  'чге',
  'лху',
  'ит',
  'ель',
  'мен',
  'кор',
  'як',
  'ти',
  'гиль',
  'хай',
  'рю',
  'зо',
  'ва',
  'пал',
  'ан',
  'ко',
  'вран',
  'сед',
  'ан',
  'ка',
  'лес',
  'ная',
  'вой',
  'ам',
  'пол',
  'ска',
  'ров',
  'ина',
  'ого',
];
const ENDINGS = ['', 'а', 'у', 'ом', 'ой', 'ами', 'ах', 'ов', 'ы', 'е'];
const rareWord = () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('') +
  pick(ENDINGS);

function material(n: number): Material {
  const subject = pick(SUBJECTS);
  const paragraphs = Array.from({ length: 6 + Math.floor(random() * 10) }, () =>
    Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(SENTENCES))
      .concat(`Участники: ${Array.from({ length: 4 }, rareWord).join(', ')}.`)
      .join(' '),
  );
  const stamp = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    centreId: null,
    createdAt: stamp,
    updatedAt: stamp,
    title: `${subject} ${pick(PLACES)} — выпуск ${n}`,
    category: pick(MATERIAL_CATEGORIES),
    summary: `${pick(SENTENCES)} ${pick(SENTENCES)}`,
    body: paragraphs.map((text, i) => `## Раздел ${i + 1}\n\n${text}`).join('\n\n'),
    tags: [pick(SUBJECTS).split(' ')[0] ?? 'НКО', pick(PLACES).slice(2)],
    attachments: [],
    published: true,
  };
}

const QUERIES = [
  'регистрации',
  'регистрация нко',
  'устава',
  'уставы',
  'бюджета проекта',
  'отчёт минюст',
  'отчет',
  'добровольцев',
  'согласия',
  'персональных данных',
  'гранта',
  'грантовой заявки',
  'общины',
  'учредителей',
  'регистрацыя',
  'дабровольцы',
  'бюджэт',
  'календарнй план',
  'софинансированее',
  'регист',
  'добров',
  'календ',
  'Палане',
  'Ковран',
  'попечительский совет',
  'государственная пошлина',
  'ОН0001',
  'Р11001',
  'библиотека помещение',
  'фотографии',
  'расчётный счёт',
  'самоуправление',
  'ТОС',
  'коренных народов',
  'показателями результаты',
  'черновик заявки',
  'командировочные',
  'мероприятия',
  'Госуслуги',
  'краудфандинг',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

const library = Array.from({ length: MATERIALS }, (_, i) => material(i + 1));
const bodyChars = library.reduce((sum, m) => sum + m.body.length, 0);

const buildStart = performance.now();
const index = createMaterialIndex();
for (const item of library) putMaterial(index, item);
const buildMs = performance.now() - buildStart;

// warm up the JIT as a person's first few searches would
for (const query of QUERIES.slice(0, 5)) searchMaterials(index, query);

const times: number[] = [];
let hits = 0;
for (let round = 0; round < 5; round++)
  for (const query of QUERIES) {
    const start = performance.now();
    hits += searchMaterials(index, query).length;
    times.push(performance.now() - start);
  }
times.sort((a, b) => a - b);

const updateStart = performance.now();
for (let i = 0; i < 50; i++) putMaterial(index, { ...library[i * 7]!, summary: `Обновлено ${i}` });
const updateMs = (performance.now() - updateStart) / 50;

const median = percentile(times, 0.5);
const p95 = percentile(times, 0.95);
console.log(
  `materials: ${MATERIALS}, body text ${(bodyChars / 1e6).toFixed(1)} M chars, terms in index: ${index.termCount}`,
);
console.log(`index build: ${ms(buildMs)} (${ms(buildMs / MATERIALS)} per material)`);
console.log(`re-index one changed material: ${ms(updateMs)}`);
console.log(
  `queries: ${times.length} (${QUERIES.length} distinct × 5), results per query: ${(hits / times.length).toFixed(0)} on average`,
);
console.log(`search latency: median ${ms(median)}, p95 ${ms(p95)}, max ${ms(times.at(-1) ?? NaN)}`);
console.log(
  `budget < ${BUDGET_MS} ms per query — ${p95 < BUDGET_MS ? 'within budget' : 'OVER BUDGET'}`,
);
