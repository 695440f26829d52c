import { describe, expect, it } from 'vitest';
import { anonymizationPatch } from '../../../src/shared/domain/anonymize.ts';
import { normalizePhone } from '../../../src/shared/domain/phone.ts';
import {
  findDuplicates,
  placeRegistrations,
  type QueuedRegistration,
} from '../../../src/shared/domain/waitlist.ts';
import { validateRecord } from '../../../src/shared/model/validate.ts';
import { applyPatch } from '../../../src/shared/sync/merge.ts';
import { volunteerRegistration } from './fixtures.ts';

/** The n-th minute of the morning as a device's HLC. */
const at = (minute: number, node: string) =>
  `${String(1_773_446_400_000 + minute * 60_000).padStart(15, '0')}:00000:${node}`;

const TIGIL = '6b0c2a1e-4d7f-4c3e-9a51-0f2d8e7b1c01';
const PALANA = '6b0c2a1e-4d7f-4c3e-9a51-0f2d8e7b1c02';

const person = (id: string, minute: number, node = 'tigil-kiosk'): QueuedRegistration => ({
  id,
  centreId: TIGIL,
  queueHlc: at(minute, node),
  status: 'active',
  phone: `+7 914 100-00-${String(minute).padStart(2, '0')}`,
});

const placed = (capacity: number | undefined, people: QueuedRegistration[]) => {
  const plan = placeRegistrations(capacity, people);
  return Object.fromEntries([...plan.decisions].map(([id, d]) => [id, d.placement]));
};

describe('the waitlist', () => {
  it('seats people in order of registration time, not in the order they reached the server', () => {
    const arrived = [person('anna', 5), person('irina', 9), person('olga', 1, 'palana-kiosk')];
    expect(placed(2, arrived)).toEqual({ olga: 'confirmed', anna: 'confirmed', irina: 'waitlist' });
  });

  it('breaks a tie of equal clocks by id, the same way on every replica', () => {
    const twins = [
      { ...person('b-second', 3), queueHlc: at(3, 'x') },
      { ...person('a-first', 3), queueHlc: at(3, 'x') },
    ];
    expect(placed(1, twins)).toEqual({ 'a-first': 'confirmed', 'b-second': 'waitlist' });
  });

  it('a cancellation frees the seat for the first on the waitlist', () => {
    const people = [person('anna', 1), person('irina', 2), person('vasily', 3), person('maria', 4)];
    expect(placed(2, people)).toMatchObject({ vasily: 'waitlist', maria: 'waitlist' });
    const anna = people[0];
    if (anna) anna.status = 'cancelled';
    const after = placeRegistrations(2, people, new Map([['anna', 'confirmed']]));
    expect(after.decisions.get('vasily')?.placement).toBe('confirmed');
    expect(after.decisions.get('maria')?.placement).toBe('waitlist');
    expect(after).toMatchObject({ confirmed: 2, waitlist: 1 });
  });

  it('those who attended keep their seat; a deleted registration holds none', () => {
    const people = [
      { ...person('late-but-came', 9), status: 'attended' as const },
      person('anna', 1),
      { ...person('removed', 0), deleted: true },
      person('irina', 2),
    ];
    expect(placed(2, people)).toMatchObject({
      'late-but-came': 'confirmed',
      anna: 'confirmed',
      irina: 'waitlist',
    });
  });

  it('everyone is pending while the training is not known', () => {
    expect(placed(undefined, [person('anna', 1)])).toEqual({ anna: 'pending' });
  });
});

describe('duplicate registrations', () => {
  it('the same phone written differently is flagged on the later registration', () => {
    const first = { ...person('anna', 1), phone: '8 (914) 021-45-67' };
    const again = { ...person('anna-again', 2), phone: '+7 914 021 45 67' };
    const other = person('irina', 3);
    expect(findDuplicates([again, other, first])).toEqual(new Map([['anna-again', 'anna']]));
    // flagged, not merged: both still take part in placement
    expect(placed(5, [again, first])).toEqual({ anna: 'confirmed', 'anna-again': 'confirmed' });
  });

  it('the same phone in another centre is not flagged: one centre learns nothing of another’s people', () => {
    const inPalana = { ...person('palana-volunteer', 1), centreId: PALANA, phone: '89146221840' };
    const inTigil = { ...person('tigil-probe', 2), phone: '+7 914 622-18-40' };
    const tigilAgain = { ...person('tigil-again', 3), phone: '8 914 622 18 40' };
    expect(findDuplicates([inPalana, inTigil, tigilAgain])).toEqual(
      new Map([['tigil-again', 'tigil-probe']]),
    );
  });

  it('an older record’s contact counts when it is a phone; an e-mail or a cancelled one does not', () => {
    const legacy = { ...person('old', 1), phone: undefined, contact: '+7 914 021-45-67' } as const;
    const { phone: _p, ...withoutPhone } = legacy;
    const cancelled = { ...person('gone', 0), phone: '89140214567', status: 'cancelled' as const };
    const mail = { ...person('mail', 4), phone: undefined, contact: 'anna@mail.ru' };
    const { phone: _q, ...mailOnly } = mail;
    expect(findDuplicates([withoutPhone, cancelled, mailOnly, person('new', 5)])).toEqual(
      new Map(),
    );
    expect(normalizePhone('9140214567')).toBe('79140214567');
    expect(normalizePhone('12-34')).toBeUndefined();
  });
});

describe('deleting a person’s data on request', () => {
  it('leaves a valid anonymous record with the consent proof but no name, phone or parent', () => {
    const registration = {
      ...volunteerRegistration(),
      organization: 'АНО «Берег Тигиля»',
      consent: { ...volunteerRegistration().consent, parentName: 'Ильина С. Н.' },
    };
    const state = { data: registration, clocks: { fullName: at(0, 'a'), phone: at(0, 'a') } };
    const { state: after } = applyPatch(state, {
      patch: anonymizationPatch(registration),
      hlc: at(1, 'a'),
      base: state.clocks,
    });
    expect(validateRecord('registrations', after.data)).toMatchObject({ ok: true });
    expect(after.data).not.toHaveProperty('fullName');
    expect(after.data).not.toHaveProperty('phone');
    expect(after.data).not.toHaveProperty('organization');
    expect(after.data).toMatchObject({ anonymized: true, trainingId: registration.trainingId });
    expect(after.data.consent).not.toHaveProperty('parentName');
  });
});
