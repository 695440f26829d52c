import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleClear } from '../../../../src/web/features/kiosk/idle-clear.tsx';
import { RegistrationForm } from '../../../../src/web/features/trainings/registration-form.tsx';

const IDLE_MS = 2 * 60_000;

function kioskForm() {
  render(
    <IdleClear>
      <RegistrationForm
        onSubmit={() => Promise.resolve({ ok: false, message: 'register.noCentre' })}
      />
    </IdleClear>,
  );
  const name = () => screen.getByLabelText<HTMLInputElement>('Фамилия, имя, отчество');
  const phone = () => screen.getByLabelText<HTMLInputElement>('Телефон');
  const typeIn = (input: HTMLInputElement, text: string) => {
    fireEvent.keyDown(input, { key: text.at(-1) });
    fireEvent.input(input, { target: { value: text } });
  };
  return { name, phone, typeIn };
}

const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('a kiosk form left half filled', () => {
  it('counts down after two minutes without input, then shows an empty form', async () => {
    const { name, phone, typeIn } = kioskForm();
    typeIn(name(), 'Ивтэкова Анна Николаевна');
    typeIn(phone(), '+7 914 780-12-34');

    await advance(IDLE_MS - 1_000);
    expect(screen.queryByText(/Форма очистится/)).toBeNull();
    await advance(1_000);
    expect(screen.getByText('Форма очистится через 10 секунд')).toBeTruthy();
    await advance(8_000);
    expect(screen.getByText('Форма очистится через 2 секунды')).toBeTruthy();
    await advance(1_000);
    expect(screen.getByText('Форма очистится через 1 секунду')).toBeTruthy();
    expect(name().value).toBe('Ивтэкова Анна Николаевна');

    await advance(1_000);
    expect(name().value).toBe('');
    expect(phone().value).toBe('');
    expect(screen.queryByText(/Форма очистится/)).toBeNull();
  });

  it('keeps the form when the person types during the countdown', async () => {
    const { name, phone, typeIn } = kioskForm();
    typeIn(name(), 'Ивтэкова Анна');
    await advance(IDLE_MS + 5_000);
    expect(screen.getByText('Форма очистится через 5 секунд')).toBeTruthy();

    typeIn(phone(), '+7 914 780');
    expect(screen.queryByText(/Форма очистится/)).toBeNull();
    await advance(IDLE_MS - 1_000);
    expect(name().value).toBe('Ивтэкова Анна');
    expect(phone().value).toBe('+7 914 780');
  });

  it('clears at once with «Очистить»', async () => {
    const { name, typeIn } = kioskForm();
    typeIn(name(), 'Ивтэкова Анна');
    fireEvent.click(screen.getByRole('button', { name: 'Очистить' }));
    await advance(0);
    expect(name().value).toBe('');
  });

  it('never counts down on a form nobody touched', async () => {
    kioskForm();
    await advance(10 * IDLE_MS);
    expect(screen.queryByText(/Форма очистится/)).toBeNull();
  });
});
