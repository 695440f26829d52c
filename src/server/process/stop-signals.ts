/** How long in-flight syncs get to finish after a stop signal before the process exits anyway. */
export const DRAIN_MS = 25_000;

export interface StopLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * Stops once on SIGINT or SIGTERM, or when the supervising parent (`npm start`) goes
 * away without a word: its IPC channel closes. Later signals are ignored rather than fatal —
 * Ctrl+C reaches both the parent and this process, and a second one must not cut the drain.
 */
export function stopOnSignals(
  stop: (reason: string) => Promise<void>,
  log: StopLog,
  drainMs = DRAIN_MS,
): void {
  let stopping = false;
  const begin = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'Сопка: остановка');
    setTimeout(() => {
      log.error({ drainMs }, 'Сопка: запросы не завершились вовремя, выход без ожидания');
      process.exit(1);
    }, drainMs).unref();
    stop(reason).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'Сопка: ошибка при остановке');
        process.exit(1);
      },
    );
  };
  // SIGHUP keeps its default: `nohup npm start` relies on it being ignored
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => begin(signal));
  if (process.channel) {
    process.channel.unref();
    process.on('disconnect', () => begin('parent-gone'));
  }
}
