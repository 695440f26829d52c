import { describe, expect, it } from 'vitest';
import {
  createMaterialIndex,
  putMaterial,
  searchMaterials,
} from '../../../../src/web/search/material-index.ts';
import { LiveMaterialIndex } from '../../../../src/web/search/live-material-index.ts';
import { russianTerm } from '../../../../src/web/search/russian-terms.ts';
import { LIBRARY, sampleMaterial } from './material-samples.ts';

function libraryIndex() {
  const index = createMaterialIndex();
  for (const material of Object.values(LIBRARY)) putMaterial(index, material);
  return index;
}
const titlesFound = (query: string) =>
  searchMaterials(libraryIndex(), query).map(
    (hit) => Object.values(LIBRARY).find((material) => material.id === hit.id)?.title,
  );

describe('Russian search terms', () => {
  it('reduce word forms to one stem, read ё as е and drop stop words', () => {
    expect(russianTerm('регистрации')).toBe(russianTerm('регистрация'));
    expect(russianTerm('Добровольцев')).toBe(russianTerm('добровольцы'));
    expect(russianTerm('отчёта')).toBe(russianTerm('отчет'));
    expect(russianTerm('для')).toBeNull();
  });
});

describe('searching the library', () => {
  it('finds «регистрация» when asked for «регистрации», the title match first', () => {
    const found = titlesFound('регистрации');
    expect(found[0]).toBe('Регистрация НКО в Минюсте');
    // the body of the volunteers guide says «при регистрации добровольца»
    expect(found).toContain('Добровольцы и согласие на обработку персональных данных');
  });

  it('forgives one wrong letter', () => {
    expect(titlesFound('регистрацыя')[0]).toBe('Регистрация НКО в Минюсте');
    expect(titlesFound('дабровольцы')[0]).toBe(
      'Добровольцы и согласие на обработку персональных данных',
    );
    expect(titlesFound('бюджит')[0]).toBe('Бюджет социального проекта');
  });

  it('finds a word by its beginning while it is being typed', () => {
    expect(titlesFound('командиро')).toEqual(['Бюджет социального проекта']);
  });

  it('wants every word of the query, and falls back to any word when none has them all', () => {
    expect(titlesFound('отчёт минюст')).toEqual(['Ежегодный отчёт в Минюст']);
    expect(titlesFound('штрафы согласие')).toHaveLength(2);
  });

  it('ranks a title match over a body match', () => {
    const found = titlesFound('согласие');
    expect(found[0]).toBe('Добровольцы и согласие на обработку персональных данных');
  });

  it('finds «ёлочные» typed with е, and nothing for an empty query or an unknown word', () => {
    expect(titlesFound('елочные')).toEqual(['Ежегодный отчёт в Минюст']);
    expect(titlesFound('  ')).toEqual([]);
    expect(titlesFound('вертолёт')).toEqual([]);
  });
});

describe('the live index follows the materials table', () => {
  it('adds, replaces and discards by id and says when it changed', () => {
    const live = new LiveMaterialIndex();
    const guide = sampleMaterial({ title: 'Устав АНО', body: 'Образец устава.' });
    live.update([guide, LIBRARY.budget]);
    const first = live.version.value;
    live.update([guide, LIBRARY.budget]);
    expect(live.version.value).toBe(first);

    live.update([
      { ...guide, title: 'Устав общины КМНС', updatedAt: '2026-03-01T00:00:00.000Z' },
      LIBRARY.budget,
    ]);
    expect(live.search('общины').map((hit) => hit.id)).toEqual([guide.id]);
    expect(live.search('АНО')).toEqual([]);

    live.update([{ ...LIBRARY.budget, deleted: true, updatedAt: '2026-03-02T00:00:00.000Z' }]);
    expect(live.size).toBe(0);
    expect(live.search('бюджет')).toEqual([]);
    expect(live.version.value).toBe(first + 2);
  });

  it('indexes a large library in slices and finds its last material', async () => {
    const live = new LiveMaterialIndex();
    const library = Array.from({ length: 130 }, (_, i) =>
      sampleMaterial({ title: `Семинар для добровольцев № ${i + 1}` }),
    );
    const last = sampleMaterial({ title: 'Устав территориального общественного самоуправления' });

    const building = live.catchUp([...library, last]);
    expect(live.indexing.value).toBe(true);
    await building;

    expect(live.indexing.value).toBe(false);
    expect(live.size).toBe(131);
    expect(live.search('самоуправлению').map((hit) => hit.id)).toEqual([last.id]);
  });
});
