import { describe, expect, it } from 'vitest';
import {
  CONSENT_TEXTS,
  CONSENT_VERSION,
  isKnownConsentVersion,
} from '../../../src/shared/domain/consent-text.ts';
import { PRIVACY_NOTICE } from '../../../src/shared/domain/privacy-notice.ts';

const whole = (text: { paragraphs: readonly string[] } | undefined) =>
  (text?.paragraphs ?? []).join('\n');

describe('what a volunteer reads before giving her data (152-ФЗ)', () => {
  const consent = whole(CONSENT_TEXTS[CONSENT_VERSION]);
  const notice = whole(PRIVACY_NOTICE);

  it.each([
    ['the consent', consent],
    ['the privacy notice', notice],
  ])(
    '%s names the operator’s notice to Роскомнадзор and the 24 h / 72 h leak reports',
    (_, text) => {
      expect(text).toMatch(/уведом\p{L}* Роскомнадзор/u);
      expect(text).toMatch(/ст\. 22/);
      expect(text).toMatch(/24 час/);
      expect(text).toMatch(/72 час/);
    },
  );

  it('the privacy notice says where the data live and what she may ask, with the time limits', () => {
    expect(notice).toMatch(/в России/);
    expect(notice).toMatch(/иностранн/i);
    expect(notice).toMatch(/10 рабочих дней/);
    expect(notice).toMatch(/30 дней/);
  });

  it('registrations made under the earlier text keep showing what was agreed to', () => {
    expect(CONSENT_VERSION).not.toBe('pd-2025-09');
    expect(isKnownConsentVersion('pd-2025-09')).toBe(true);
    expect(whole(CONSENT_TEXTS['pd-2025-09'])).not.toMatch(/Роскомнадзор/);
  });
});
