/**
 * Each library PC has a clock of its own, days off for some. The PCs share this one Node
 * process, and the app reads time with Date.now(): while a PC acts or syncs, Date.now() runs
 * at that PC's offset. The server, a child process, keeps the real time.
 */
const realNow = Date.now.bind(Date);
let skewMs = 0;
let installed = false;

export function installPcClocks(): () => void {
  if (!installed) Date.now = () => realNow() + skewMs;
  installed = true;
  return () => {
    Date.now = realNow;
    installed = false;
    skewMs = 0;
  };
}

/** Runs `act` with Date.now() `skew` ms off the real time (one PC at a time). */
export async function onPcClock<T>(skew: number, act: () => Promise<T>): Promise<T> {
  const before = skewMs;
  skewMs = skew;
  try {
    return await act();
  } finally {
    skewMs = before;
  }
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Clock errors seen on library PCs: a dead CMOS battery, a wrong time zone, a fast clock. */
export const PC_SKEWS = [0, 40 * MINUTE, 3 * DAY, -2 * DAY, -50 * MINUTE, 0] as const;

export function describeSkew(ms: number): string {
  if (ms === 0) return 'on time';
  const sign = ms > 0 ? '+' : '-';
  const abs = Math.abs(ms);
  return abs >= DAY ? `${sign}${abs / DAY} d` : `${sign}${abs / MINUTE} min`;
}
