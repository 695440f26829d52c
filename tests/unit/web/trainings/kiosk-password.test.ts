import { describe, expect, it } from 'vitest';
import {
  kioskLock,
  lockKiosk,
  unlockKiosk,
} from '../../../../src/web/features/kiosk/kiosk-lock.ts';
import { hashPassword, verifyPassword } from '../../../../src/web/features/kiosk/password-hash.ts';

describe('the kiosk password', () => {
  it('is kept only as a salted hash and checked offline', async () => {
    const stored = await hashPassword('Нымылан-2026', 1_000);
    expect(JSON.stringify(stored)).not.toContain('Нымылан');
    expect(await verifyPassword('Нымылан-2026', stored)).toBe(true);
    expect(await verifyPassword('нымылан-2026', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    const again = await hashPassword('Нымылан-2026', 1_000);
    expect(again.salt).not.toBe(stored.salt);
    expect(again.hash).not.toBe(stored.hash);
  });

  it('survives a reload: the lock lives in localStorage until the password unlocks it', async () => {
    lockKiosk({ trainingId: null, ...(await hashPassword('пароль', 1_000)) });
    expect(JSON.parse(localStorage.getItem('sopka.kiosk') ?? '{}')).toMatchObject({
      trainingId: null,
    });
    expect(kioskLock.value).not.toBeNull();
    unlockKiosk();
    expect(localStorage.getItem('sopka.kiosk')).toBeNull();
    expect(kioskLock.value).toBeNull();
  });
});
