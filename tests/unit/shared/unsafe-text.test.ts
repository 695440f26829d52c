import { describe, expect, it } from 'vitest';
import { validatePatch, validateRecord } from '../../../src/shared/model/validate.ts';
import { beregTigilya, charterMaterial, grantDraft } from './fixtures.ts';

// a NUL is what a copy from a PDF form often drags along; a lone surrogate is half an emoji
const NUL = '\u0000';
const HALF_EMOJI = '\uD83C';
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

describe('text PostgreSQL cannot keep is refused before it is saved', () => {
  it('a NUL pasted into the notes is refused with advice, naming the field', () => {
    const result = validatePatch('organizations', {
      notes: `Устав скопирован из PDF:${NUL} раздел 3`,
    });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: expect.stringMatching(/NUL.*PDF.*удалите/),
      field: 'notes',
    });
  });

  it('half an emoji in the name is refused, with the emoji named', () => {
    const result = validatePatch('organizations', { name: `АНО «Берег Тигиля» ${HALF_EMOJI}` });
    expect(result).toMatchObject({ ok: false, code: 'invalid', field: 'name' });
    expect(!result.ok && result.message).toMatch(/половина эмодзи/);
  });

  it('the second half of an emoji alone is refused too', () => {
    expect(validatePatch('organizations', { notes: 'встреча \uDF0A в среду' })).toMatchObject({
      ok: false,
      field: 'notes',
    });
  });

  it('a bad character deep in the budget names the budget, the top-level field', () => {
    const budget = grantDraft().budget.map((line) => ({ ...line }));
    budget[2]!.item = `Проезд консультанта${NUL} Петропавловск — Тигиль`;
    expect(validatePatch('initiatives', { budget })).toMatchObject({
      ok: false,
      code: 'invalid',
      field: 'budget',
    });
  });

  it('a bad character in a list of tags is refused', () => {
    expect(validatePatch('materials', { tags: ['устав', `АНО${NUL}`] })).toMatchObject({
      ok: false,
      field: 'tags',
    });
  });

  it('a bad character in an object key deep in the patch is refused', () => {
    const steps = { [`decision${NUL}`]: { state: 'done', scans: [] } };
    expect(validatePatch('checklists', { steps })).toMatchObject({
      ok: false,
      code: 'invalid',
      field: 'steps',
    });
  });

  it('a bad character in a top-level field name is refused, not just reported as unknown', () => {
    const result = validatePatch('organizations', { [`notes${NUL}`]: 'текст' });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(!result.ok && result.message).toMatch(/NUL/);
  });

  it('a right-to-left override that would disguise a name is refused in any text', () => {
    for (const control of [RIGHT_TO_LEFT_OVERRIDE, '\u202A', '\u2066', '\u2069'])
      expect(
        validatePatch('organizations', { contactPerson: `Анна ${control}Ивановна` }),
      ).toMatchObject({
        ok: false,
        field: 'contactPerson',
        message: expect.stringMatching(/направлени/),
      });
  });

  it('the whole-record check refuses a bad character as well', () => {
    expect(validateRecord('organizations', { ...beregTigilya(), notes: NUL })).toMatchObject({
      ok: false,
      field: 'notes',
    });
  });
});

describe('ordinary Russian text stays welcome', () => {
  it('Cyrillic with «ё», emoji, tabs and newlines in a long text pass as written', () => {
    const patch = {
      name: 'ТОС «Ёлочка» 🌲',
      notes: 'Встреча жителей 🎉 в пятницу.\n\tПовестка:\n\t1. Устав\r\n\t2. Смета — 45 000 ₽',
    };
    expect(validatePatch('organizations', patch)).toEqual({ ok: true, value: patch });
  });

  it('a material body in Markdown with emoji flags and a joiner sequence passes', () => {
    const { body } = charterMaterial();
    const patch = { body: `${body}\n\n👩‍👩‍👧 семьи, 🇷🇺 флаг` };
    expect(validatePatch('materials', patch)).toEqual({ ok: true, value: patch });
  });
});

describe('a name must show at least one letter', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['a zero-width joiner and non-joiner', '\u200C\u200D'],
    ['a word joiner and a byte-order mark', '\u2060\uFEFF'],
    ['invisible characters between spaces', ' \u200B \u00A0 \u200D '],
  ])('a name of %s is refused', (_what, name) => {
    const result = validatePatch('organizations', { name });
    expect(result).toMatchObject({ ok: false, code: 'invalid', field: 'name' });
    expect(!result.ok && result.message).toMatch(/невидимых символов|Укажите название/);
  });

  it('a name of only zero-width characters says why it is refused', () => {
    expect(validatePatch('organizations', { name: '\u200B\u2060' })).toMatchObject({
      ok: false,
      message: 'Поле не может состоять только из невидимых символов',
    });
  });

  it('a real name with a zero-width joiner inside an emoji is kept', () => {
    const patch = { name: 'Семейный клуб 👨‍👩‍👧 «Родник»' };
    expect(validatePatch('organizations', patch)).toEqual({ ok: true, value: patch });
  });
});
