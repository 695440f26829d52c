import { useState } from 'preact/hooks';
import type { Training } from '../../../shared/model/trainings.ts';
import { locale, t } from '../../i18n/language.ts';
import { kamchatkaDay } from './kamchatka-time.ts';
import { correctedIso } from '../../store/corrected-now.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The weeks (Monday first) of a month as YYYY-MM-DD, null outside the month. */
function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month, 1));
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (string | null)[] = Array<null>((first.getUTCDay() + 6) % 7).fill(null);
  for (let d = 1; d <= days; d++) cells.push(`${year}-${pad(month + 1)}-${pad(d)}`);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** A month of trainings by Kamchatka day, with previous and next month. */
export function TrainingCalendar({ trainings }: { trainings: readonly Training[] }) {
  const today = kamchatkaDay(correctedIso());
  const [shown, setShown] = useState({
    year: Number(today.slice(0, 4)),
    month: Number(today.slice(5, 7)) - 1,
  });
  const move = (by: number) => {
    const m = shown.month + by;
    setShown({ year: shown.year + Math.floor(m / 12), month: ((m % 12) + 12) % 12 });
  };
  const byDay = new Map<string, Training[]>();
  for (const training of trainings) {
    const day = kamchatkaDay(training.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), training]);
  }
  const title = new Intl.DateTimeFormat(locale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(shown.year, shown.month, 1)));
  const weekday = new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday
  const weekdays = Array.from({ length: 7 }, (_, d) =>
    weekday.format(new Date(Date.UTC(2024, 0, 1 + d))),
  );
  return (
    <div class="training-calendar">
      <div class="actions">
        <button type="button" class="secondary" onClick={() => move(-1)}>
          {t('calendar.previous')}
        </button>
        <button type="button" class="secondary" onClick={() => move(1)}>
          {t('calendar.next')}
        </button>
      </div>
      <table class="data-table calendar-table">
        <caption aria-live="polite">{title}</caption>
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(shown.year, shown.month).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => (
                <td key={d} class={day === today ? 'today' : undefined}>
                  {day && <span class="day-number">{Number(day.slice(8))}</span>}
                  {day &&
                    byDay.get(day)?.map((training) => (
                      <a
                        key={training.id}
                        href={`/trainings/${training.id}`}
                        class="calendar-event"
                      >
                        {training.title}
                      </a>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
