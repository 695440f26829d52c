import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SectionNotes } from '../../../src/web/features/initiatives/section-notes.tsx';
import { StatusActions } from '../../../src/web/features/initiatives/status-actions.tsx';
import { session } from '../../../src/web/session/session-state.ts';
import { db } from '../../../src/web/store/db.ts';
import { consultantComment, grantDraft, ids } from '../shared/fixtures.ts';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
  session.value = {
    key: 'current',
    userId: ids.consultantUser,
    login: 'regional',
    displayName: 'Ольга Смирнова',
    role: 'regional',
    centreId: null,
    token: 'device-token',
  };
});
afterEach(() => {
  session.value = undefined;
});

describe('who wrote a comment is for the server to say', () => {
  it('the consultant’s comment leaves the PC with no author in it', async () => {
    render(
      <SectionNotes
        initiative={grantDraft()}
        section="budget"
        notes={{ comments: [], conflicts: [] }}
      />,
    );
    fireEvent.input(screen.getByLabelText('Замечание к разделу «Бюджет и софинансирование»'), {
      target: { value: 'Проезд консультанта перенесите в софинансирование.' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Оставить замечание' }));
    });

    const [sent] = await db.outbox.where('collection').equals('comments').toArray();
    expect(sent?.patch).toMatchObject({
      body: 'Проезд консультанта перенесите в софинансирование.',
    });
    expect(sent?.patch).not.toHaveProperty('authorName');
    expect(sent?.patch).not.toHaveProperty('authorId');
  });

  it('shows a synced comment by its author’s name and an unsent one as pending', () => {
    const unsent = { ...consultantComment(), id: crypto.randomUUID() };
    delete unsent.authorId;
    delete unsent.authorName;
    render(
      <SectionNotes
        initiative={grantDraft()}
        section="budget"
        notes={{ comments: [consultantComment(), unsent], conflicts: [] }}
      />,
    );
    const [synced, pending] = screen.getAllByTestId('section-comment');
    expect(synced?.textContent).toContain('Ольга Сергеевна, консультант краевого центра');
    expect(pending?.textContent).toContain('автор будет указан после синхронизации');
  });

  it('the status line names who moved it last', () => {
    render(
      <StatusActions
        initiative={{
          ...grantDraft(),
          status: 'submitted',
          statusChangedById: ids.consultantUser,
          statusChangedByName: 'Ирина Петрова',
        }}
      />,
    );
    expect(screen.getByTestId('initiative-status-by').textContent).toBe(
      'Статус изменил(а): Ирина Петрова',
    );
  });
});
