import { describe, expect, it } from 'vitest';
import { singleFlight } from '../../../src/web/sync/single-flight.ts';

/** A sync whose end the test decides; it records which outbox it saw when it started. */
function controlledSync(outbox: string[]) {
  const runs: { saw: string[]; finish: (error?: Error) => void }[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ saw: [...outbox], finish: (error) => (error ? reject(error) : resolve()) });
    });
  return { runs, run };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a sync asked for while one is running', () => {
  it('runs once more after it, so a change saved during the first is sent', async () => {
    const outbox = ['организация «ТОС Хайрюзово»'];
    const { runs, run } = controlledSync(outbox);
    const sync = singleFlight(run);

    void sync();
    outbox.push('шаг чек-листа отмечен');
    let secondDone = false;
    void sync().then(() => (secondDone = true));
    expect(runs).toHaveLength(1);

    runs[0]!.finish();
    await settled();
    expect(runs).toHaveLength(2);
    expect(runs[1]!.saw).toContain('шаг чек-листа отмечен');
    expect(secondDone).toBe(false);
    runs[1]!.finish();
    await settled();
    expect(secondDone).toBe(true);
  });

  it('folds any number of requests during one sync into a single next sync', async () => {
    const { runs, run } = controlledSync([]);
    const sync = singleFlight(run);
    void sync();
    const waiting = [sync(), sync(), sync()];
    runs[0]!.finish();
    await settled();
    runs[1]!.finish();
    await Promise.all(waiting);
    await settled();
    expect(runs).toHaveLength(2);
  });

  it('still runs the next sync when the running one fails', async () => {
    const { runs, run } = controlledSync([]);
    const sync = singleFlight(run);
    const first = sync();
    const second = sync();
    runs[0]!.finish(new Error('link dropped'));
    await expect(first).rejects.toThrow('link dropped');
    await settled();
    expect(runs).toHaveLength(2);
    runs[1]!.finish();
    await expect(second).resolves.toBeUndefined();
  });

  it('runs exactly once when nobody asks meanwhile', async () => {
    const { runs, run } = controlledSync([]);
    const sync = singleFlight(run);
    const only = sync();
    runs[0]!.finish();
    await only;
    await settled();
    expect(runs).toHaveLength(1);
  });
});
