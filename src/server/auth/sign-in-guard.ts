import type { SignInLimits } from '../config.ts';
import { AttemptWindow, type Taken } from './attempt-window.ts';

export type Admission = { ok: true; attempt: Taken } | { ok: false; waitMs: number };

/** One spelling per login, so « TIGIL » buys no guesses beyond «tigil». */
const loginKey = (login: string) => login.normalize('NFC').trim().toLowerCase();

/**
 * Who may have a password checked now. A device that signed in as the login before is counted
 * on its own; anyone else shares the login's budget (over every address) and the address's
 * budget (over every login). Over budget the answer is «wait», never a lock: the budget refills.
 */
export class SignInGuard {
  private readonly logins: AttemptWindow;
  private readonly addresses: AttemptWindow;
  private readonly devices: AttemptWindow;

  constructor(limits: SignInLimits, now: () => number = Date.now) {
    this.logins = new AttemptWindow(limits.perLogin, now);
    this.addresses = new AttemptWindow(limits.perAddress, now);
    this.devices = new AttemptWindow(limits.perDevice, now);
  }

  admit(login: string, address: string, knownDevice: string | undefined): Admission {
    if (knownDevice !== undefined) {
      const waitMs = this.devices.waitMs(knownDevice);
      return waitMs > 0
        ? { ok: false, waitMs }
        : { ok: true, attempt: this.devices.take(knownDevice) };
    }
    const key = loginKey(login);
    const waitMs = Math.max(this.logins.waitMs(key), this.addresses.waitMs(address));
    if (waitMs > 0) return { ok: false, waitMs };
    const taken = [this.logins.take(key), this.addresses.take(address)];
    return { ok: true, attempt: { giveBack: () => taken.forEach((t) => t.giveBack()) } };
  }
}
