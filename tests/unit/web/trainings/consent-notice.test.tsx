import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ConsentStep } from '../../../../src/web/features/trainings/consent-step.tsx';

describe('the consent step at the kiosk', () => {
  it('shows the current consent and, beside it, how her data are handled', () => {
    render(
      <ConsentStep
        ageGroup="adult"
        onBack={() => undefined}
        onAccept={() => Promise.resolve({ ok: true, placement: 'confirmed', duplicate: false })}
      />,
    );
    expect(screen.getByText('Редакция согласия: pd-2026-12')).toBeTruthy();
    const notice = screen.getByTestId('privacy-notice');
    expect(notice.querySelector('summary')?.textContent).toBe(
      'Как мы обращаемся с персональными данными',
    );
    expect(notice.textContent).toMatch(/в течение 24 часов .* Роскомнадзор/);
    expect(notice.textContent).toContain('72 часов');
  });
});
