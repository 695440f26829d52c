/**
 * One sync at a time. A request that arrives while one runs is not folded into it: the
 * running sync may have read the outbox before the change that asked, so one more runs right
 * after it (however many asked meanwhile), and their promises settle when that one ends.
 */
export function singleFlight(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const request = (): Promise<void> => {
    if (!running) {
      running = run().finally(() => (running = null));
      return running;
    }
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = null;
        return request();
      });
    return next;
  };
  return request;
}
