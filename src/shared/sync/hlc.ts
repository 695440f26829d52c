/**
 * Hybrid logical clock as fixed-width text, so string order is clock order:
 * `${wallMs padded to 15}:${counter padded to 5}:${nodeId}`.
 */
export interface HlcState {
  wallMs: number;
  counter: number;
  nodeId: string;
}

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;
const NODE_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const HLC_PATTERN = /^\d{15}:\d{5}:[A-Za-z0-9_-]{1,64}$/;

export function formatHlc(state: HlcState): string {
  return `${String(state.wallMs).padStart(WALL_WIDTH, '0')}:${String(state.counter).padStart(COUNTER_WIDTH, '0')}:${state.nodeId}`;
}

export function parseHlc(text: string): HlcState {
  if (!HLC_PATTERN.test(text)) throw new Error(`Invalid HLC: ${text}`);
  const [wall, counter, nodeId] = text.split(':') as [string, string, string];
  return { wallMs: Number(wall), counter: Number(counter), nodeId };
}

export function initialHlc(nodeId: string): HlcState {
  if (!NODE_ID.test(nodeId)) throw new Error(`Invalid HLC node id: ${nodeId}`);
  return { wallMs: 0, counter: 0, nodeId };
}

function bump(state: HlcState, wallMs: number, counter: number): HlcState {
  // counter overflow: borrow a millisecond rather than break the fixed width
  if (counter > MAX_COUNTER) return { ...state, wallMs: wallMs + 1, counter: 0 };
  return { ...state, wallMs, counter };
}

/** A local event (a mutation) at wall time `now`. */
export function tickHlc(state: HlcState, now: number): HlcState {
  if (now > state.wallMs) return { ...state, wallMs: now, counter: 0 };
  return bump(state, state.wallMs, state.counter + 1);
}

/** Receiving a remote clock: the next local clock is after both. */
export function receiveHlc(state: HlcState, remote: string, now: number): HlcState {
  const other = parseHlc(remote);
  const wallMs = Math.max(state.wallMs, other.wallMs, now);
  if (wallMs === state.wallMs && wallMs === other.wallMs)
    return bump(state, wallMs, Math.max(state.counter, other.counter) + 1);
  if (wallMs === state.wallMs) return bump(state, wallMs, state.counter + 1);
  if (wallMs === other.wallMs) return bump(state, wallMs, other.counter + 1);
  return { ...state, wallMs, counter: 0 };
}

export function hlcWallMs(text: string): number {
  return parseHlc(text).wallMs;
}
