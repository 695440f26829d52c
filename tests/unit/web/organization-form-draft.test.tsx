import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organization } from '../../../src/shared/model/organizations.ts';
import { OrganizationForm } from '../../../src/web/features/organizations/organization-form.tsx';
import { session } from '../../../src/web/session/session-state.ts';
import { db } from '../../../src/web/store/db.ts';
import { mutate } from '../../../src/web/store/mutate.ts';
import { beregTigilya, ids } from '../shared/fixtures.ts';

const LIBRARIAN = '1d2c3b4a-5f6e-4a7b-8c9d-0e1f2a3b4c5d';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await db.open();
  localStorage.clear();
  session.value = {
    key: 'current',
    userId: LIBRARIAN,
    login: 'tigil',
    role: 'staff',
    centreId: ids.centreTigil,
    token: 'device-token',
  };
  const { id: _id, ...fields } = beregTigilya();
  const saved = await mutate('organizations', ids.beregTigilya, fields);
  if (!saved.ok) throw new Error(saved.message);
  await db.outbox.clear();
});
afterEach(() => {
  cleanup();
  session.value = undefined;
});

const stored = async () =>
  (await db.records('organizations').get(ids.beregTigilya)) as Organization;

describe('editing an organization with a draft kept while typing', () => {
  it('«Отменить правку» means it: the typed phone does not come back next time', async () => {
    const { unmount } = render(<OrganizationForm editing={await stored()} onDone={() => {}} />);
    fireEvent.input(screen.getByLabelText('Телефон'), { target: { value: '+7 900 000-00-00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Отменить правку' }));
    unmount();

    render(<OrganizationForm editing={await stored()} onDone={() => {}} />);
    expect(screen.getByLabelText('Телефон')).toHaveProperty('value', '+7 914 780-12-34');
  });

  it('saves only what the person changed: a colleague’s note that synced in meanwhile stays', async () => {
    const { rerender } = render(<OrganizationForm editing={await stored()} onDone={() => {}} />);
    // while the form is open, a sync brings a colleague's note on the same organization
    const colleague = await mutate('organizations', ids.beregTigilya, {
      notes: 'Устав сдан в Минюст 20 ноября.',
    });
    if (!colleague.ok) throw new Error(colleague.message);
    await db.outbox.clear();
    // the organizations screen hands the form the record as it now is
    rerender(<OrganizationForm editing={await stored()} onDone={() => {}} />);

    fireEvent.input(screen.getByLabelText('Телефон'), { target: { value: '+7 914 555-66-77' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Сохранить' }));
    });

    await expect.poll(async () => (await stored()).phone).toBe('+7 914 555-66-77');
    expect((await stored()).notes).toBe('Устав сдан в Минюст 20 ноября.');
    const [sent] = await db.outbox.toArray();
    expect(sent?.patch).not.toHaveProperty('notes');
  });
});
