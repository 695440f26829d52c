import { describe, expect, it } from 'vitest';
import { contentOf, restorePatch } from '../../../src/shared/domain/initiative-restore.ts';
import { initiativeVersionSchema } from '../../../src/shared/model/initiative-versions.ts';
import { grantDraft } from './fixtures.ts';

describe('restoring an earlier version of the Ковран draft', () => {
  it('a version snapshot keeps the sections and is a valid record', () => {
    const content = contentOf(grantDraft());
    expect(content).not.toHaveProperty('status');
    expect(content).not.toHaveProperty('id');
    const version = {
      id: '0b7a3c8e-8f0e-4c57-9a55-3f1f2c0b9d11',
      centreId: grantDraft().centreId,
      createdAt: '2026-11-27T09:00:00.000Z',
      updatedAt: '2026-11-27T09:00:00.000Z',
      initiativeId: grantDraft().id,
      reason: 'submit',
      authorId: '5d1c2a7b-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
      authorName: 'kovran-librarian',
      content,
    };
    expect(initiativeVersionSchema.safeParse(version).success).toBe(true);
  });

  it('patches only the sections that changed since, as a new edit', () => {
    const sent = contentOf(grantDraft());
    const now = {
      ...grantDraft(),
      status: 'needs_changes' as const,
      goal: 'Другая цель',
      tasks: [...grantDraft().tasks, 'Провести праздник'],
      partners: 'Администрация села',
    };
    expect(restorePatch(now, sent)).toEqual({
      goal: sent.goal,
      tasks: sent.tasks,
      partners: null,
    });
  });

  it('restoring the version the draft already matches changes nothing', () => {
    expect(restorePatch(grantDraft(), contentOf(grantDraft()))).toEqual({});
  });
});
