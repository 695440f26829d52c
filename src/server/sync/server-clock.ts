import { randomBytes } from 'node:crypto';
import {
  formatHlc,
  initialHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../shared/sync/hlc.ts';
import type { Clocks } from '../../shared/sync/merge.ts';

/** The server's HLC: stamps values only the server writes (conflicts, placement, seed). */
export class ServerClock {
  private state: HlcState;

  // a node id per process, so two server processes never stamp the same clock
  constructor(nodeId = `srv${randomBytes(4).toString('hex')}`) {
    this.state = initialHlc(nodeId);
  }

  next(now = Date.now()): string {
    this.state = tickHlc(this.state, now);
    return formatHlc(this.state);
  }

  /** Moves past a client's clock, so a server write after a client's one wins over it. */
  observe(remote: string, now = Date.now()): void {
    this.state = receiveHlc(this.state, remote, now);
  }

  /**
   * A stamp newer than every clock of the record: a clock left behind by another process or
   * by this one before a restart must never outrank what the server writes now.
   */
  stampAfter(clocks: Clocks, now = Date.now()): string {
    let highest = '';
    for (const clock of Object.values(clocks)) if (clock > highest) highest = clock;
    if (highest) this.observe(highest, now);
    return this.next(now);
  }
}
