import { describe, expect, it } from 'vitest';
import {
  COLLECTION_NAMES,
  collectionSpec,
  collections,
  isCollectionName,
} from '../../../src/shared/model/registry.ts';
import { changedImmutableField, validatePatch } from '../../../src/shared/model/validate.ts';
import { beregTigilya, grantDraft, ids, volunteerRegistration } from './fixtures.ts';

describe('a patch from the organization form', () => {
  it('changing the phone and the contact person is accepted as written', () => {
    const patch = { phone: '+7 914 780-99-00', contactPerson: 'Эльвиль Ольга Андреевна' };
    expect(validatePatch('organizations', patch)).toEqual({ ok: true, value: patch });
  });

  it('a field the organization does not have is refused, so a typo cannot slip into storage', () => {
    const result = validatePatch('organizations', { phon: '+7 914 780-99-00' });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    expect(!result.ok && result.message).toContain('phon');
  });

  it('an unknown field is refused even when it only tries to clear something', () => {
    expect(validatePatch('organizations', { phon: null }).ok).toBe(false);
  });

  it('an unknown field is refused even when the patch also holds good fields', () => {
    const result = validatePatch('organizations', { phone: '+7 914 000-00-00', rating: 5 });
    expect(result.ok).toBe(false);
  });

  it('null clears an optional field and the clearing travels in the value', () => {
    expect(
      validatePatch('organizations', { email: null, notes: 'Почта больше не работает' }),
    ).toEqual({ ok: true, value: { email: null, notes: 'Почта больше не работает' } });
  });

  it('an unknown field is named, whether it carries a value or null', () => {
    for (const patch of [{ nickname: 'Берег' }, { nickname: null }])
      expect(validatePatch('organizations', patch)).toMatchObject({
        ok: false,
        field: 'nickname',
        message: expect.stringContaining('nickname'),
      });
  });

  it('centreId null is a value — a global material — not a clearing', () => {
    expect(validatePatch('materials', { centreId: null, title: 'Как выбрать форму НКО' })).toEqual({
      ok: true,
      value: { centreId: null, title: 'Как выбрать форму НКО' },
    });
  });

  it('a required field cannot be cleared: the name stays', () => {
    expect(validatePatch('organizations', { name: null })).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Это поле нельзя очистить',
      field: 'name',
    });
  });

  it('clearing a required field is refused even next to a valid change', () => {
    const result = validatePatch('initiatives', { summary: 'Новое описание', title: null });
    expect(result).toMatchObject({
      ok: false,
      field: 'title',
      message: 'Это поле нельзя очистить',
    });
  });

  it('a bad value is named with its field and the Russian message', () => {
    expect(validatePatch('organizations', { legalForm: 'llc' })).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Выберите форму организации',
      field: 'legalForm',
    });
  });

  it('a blank name typed into the patch is refused like in the whole record', () => {
    expect(validatePatch('organizations', { name: '  ' })).toMatchObject({
      ok: false,
      field: 'name',
      message: 'Укажите название организации или группы',
    });
  });

  it('a budget line in a patch is still checked line by line', () => {
    const budget = grantDraft().budget.map((line) => ({ ...line }));
    budget[0]!.total = 1;
    expect(validatePatch('initiatives', { budget })).toMatchObject({
      ok: false,
      field: 'budget.0.total',
    });
  });

  it('marking a record deleted is an ordinary patch', () => {
    expect(validatePatch('organizations', { deleted: true })).toEqual({
      ok: true,
      value: { deleted: true },
    });
  });
});

describe('immutable fields', () => {
  const existing = beregTigilya();

  it('moving an organization to another centre is flagged', () => {
    expect(changedImmutableField(existing, { centreId: ids.centrePalana })).toBe('centreId');
  });

  it('changing the id is flagged', () => {
    expect(changedImmutableField(existing, { id: ids.tosKovran })).toBe('id');
  });

  it('rewriting the creation time is flagged', () => {
    expect(changedImmutableField(existing, { createdAt: '2020-01-01T00:00:00.000Z' })).toBe(
      'createdAt',
    );
  });

  it('repeating the same id, centre and creation time (a full record re-sent) is fine', () => {
    const { id, centreId, createdAt } = existing;
    expect(changedImmutableField(existing, { id, centreId, createdAt, phone: '1' })).toBe(
      undefined,
    );
  });

  it('ordinary fields and updatedAt may change', () => {
    expect(
      changedImmutableField(existing, { name: 'АНО «Берег»', updatedAt: '2026-04-01T00:00:00Z' }),
    ).toBe(undefined);
  });

  it('a record that does not exist yet may set them all', () => {
    expect(changedImmutableField(undefined, { ...existing })).toBe(undefined);
  });

  it('clearing the centre of a centre-scoped record is a change too', () => {
    expect(changedImmutableField(existing, { centreId: null })).toBe('centreId');
  });
});

describe('the registry', () => {
  const designCollections = [
    'centres',
    'checklistTemplates',
    'materials',
    'trainings',
    'organizations',
    'checklists',
    'initiatives',
    'comments',
    'contests',
    'initiativeVersions',
    'registrations',
    'consultations',
    'conflicts',
  ];

  it('covers exactly the collections of DESIGN.md', () => {
    expect([...COLLECTION_NAMES].sort()).toEqual([...designCollections].sort());
  });

  it('knows its names and nothing inherited from Object', () => {
    for (const name of designCollections) expect(isCollectionName(name)).toBe(true);
    expect(isCollectionName('users')).toBe(false);
    expect(isCollectionName('toString')).toBe(false);
    expect(isCollectionName('__proto__')).toBe(false);
  });

  it.each(COLLECTION_NAMES)(
    '%s: every record carries id, centreId, createdAt, updatedAt',
    (name) => {
      const shape = collectionSpec(name).fields.shape;
      for (const field of ['id', 'centreId', 'createdAt', 'updatedAt', 'deleted'])
        expect(Object.keys(shape)).toContain(field);
    },
  );

  it.each(COLLECTION_NAMES)('%s: server-owned and client fields exist in the schema', (name) => {
    const spec = collectionSpec(name);
    const shape = Object.keys(spec.fields.shape);
    for (const field of [...spec.serverOwned, ...(spec.clientFields ?? [])])
      expect(shape).toContain(field);
  });

  it('a registration’s placement (confirmed or waitlist) is decided by the server only', () => {
    expect(collections.registrations.serverOwned).toEqual(['placement', 'queueHlc', 'duplicateOf']);
    expect(volunteerRegistration()).not.toHaveProperty('placement');
  });

  it('global collections — centres, templates, materials, contests — are written only by the regional centre', () => {
    const global = COLLECTION_NAMES.filter((name) => collectionSpec(name).scope === 'global');
    expect(global.sort()).toEqual(['centres', 'checklistTemplates', 'contests', 'materials']);
    for (const name of global) expect(collectionSpec(name).writers).toEqual(['regional']);
  });

  it('a centre’s own work — organizations, checklists, drafts, consultations — is written by staff', () => {
    for (const name of [
      'organizations',
      'checklists',
      'initiatives',
      'initiativeVersions',
      'consultations',
    ] as const) {
      expect(collectionSpec(name).scope).toBe('centre');
      expect(collectionSpec(name).writers).toContain('staff');
    }
  });

  it('trainings can be regional (global) or a centre’s own', () => {
    expect(collections.trainings.scope).toBe('either');
    expect([...collections.trainings.writers].sort()).toEqual(['regional', 'staff']);
  });

  it('a person may only resolve a conflict, not rewrite the lost value', () => {
    expect(collections.conflicts.clientFields).toEqual(['status', 'updatedAt']);
  });
});
