import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HLC_PATTERN,
  formatHlc,
  hlcWallMs,
  initialHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
  type HlcState,
} from '../../../src/shared/sync/hlc.ts';

const RUNS = { numRuns: 200 };
const MAX_COUNTER = 99_999;
/** 16 March 2026, 10:00 in Tigil. */
const MORNING = Date.parse('2026-03-16T10:00:00+12:00');

const nodeId = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);
/** Up to the year 33658 (one millisecond spare for a counter overflow). */
const hlcState = fc.record({
  wallMs: fc.integer({ min: 0, max: 10 ** 15 - 2 }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
  nodeId,
});
/** Clocks that often share a wall time or a counter, where ordering is subtle. */
const closeHlcState = fc.record({
  wallMs: fc.integer({ min: MORNING, max: MORNING + 3 }),
  counter: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(MAX_COUNTER)),
  nodeId: fc.constantFrom('tigil-pc', 'palana-pc', 'regional', 'a', 'ab', 'B', '_'),
});

function compareTuples(a: HlcState, b: HlcState): number {
  if (a.wallMs !== b.wallMs) return Math.sign(a.wallMs - b.wallMs);
  if (a.counter !== b.counter) return Math.sign(a.counter - b.counter);
  return a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0;
}
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('HLC text', () => {
  it('string order is clock order (wall time, then counter, then node)', () => {
    fc.assert(
      fc.property(fc.oneof(hlcState, closeHlcState), fc.oneof(hlcState, closeHlcState), (a, b) => {
        expect(compareText(formatHlc(a), formatHlc(b))).toBe(compareTuples(a, b));
      }),
      RUNS,
    );
  });

  it('a later millisecond sorts after, even against a huge counter and a "larger" node name', () => {
    const early = formatHlc({ wallMs: 999, counter: MAX_COUNTER, nodeId: 'zzz' });
    const late = formatHlc({ wallMs: 1000, counter: 0, nodeId: 'AAA' });
    expect(early < late).toBe(true);
  });

  it('parse(format(x)) gives x back', () => {
    fc.assert(
      fc.property(hlcState, (state) => {
        expect(parseHlc(formatHlc(state))).toEqual(state);
      }),
      RUNS,
    );
  });

  it('every formatted clock has the fixed width and matches the wire pattern', () => {
    fc.assert(
      fc.property(hlcState, (state) => {
        const text = formatHlc(state);
        expect(text).toMatch(HLC_PATTERN);
        expect(text.length).toBe(15 + 1 + 5 + 1 + state.nodeId.length);
      }),
      RUNS,
    );
  });

  it('reads the wall time of a real clock', () => {
    expect(hlcWallMs(formatHlc({ wallMs: MORNING, counter: 7, nodeId: 'tigil-pc' }))).toBe(MORNING);
    expect(formatHlc({ wallMs: MORNING, counter: 7, nodeId: 'tigil-pc' })).toBe(
      `00${MORNING}:00007:tigil-pc`,
    );
  });

  it.each([
    '',
    '1773600000000:0:tigil-pc',
    '001773600000000:00000',
    '001773600000000:00000:',
    '001773600000000:00000:тигиль',
    '001773600000000:00000:tigil pc',
    '00177360000000a:00000:tigil-pc',
    '001773600000000:00000:tigil-pc:extra',
  ])('refuses the malformed clock «%s»', (text) => {
    expect(() => parseHlc(text)).toThrow(/Invalid HLC/);
  });

  it('refuses a node id that would break the text format', () => {
    expect(() => initialHlc('tigil:pc')).toThrow();
    expect(() => initialHlc('')).toThrow();
    expect(initialHlc('tigil-pc')).toEqual({ wallMs: 0, counter: 0, nodeId: 'tigil-pc' });
  });
});

describe('a device ticking its clock for each edit', () => {
  it('follows the wall clock when it moves forward', () => {
    const clock = tickHlc(initialHlc('tigil-pc'), MORNING);
    expect(clock).toEqual({ wallMs: MORNING, counter: 0, nodeId: 'tigil-pc' });
  });

  it('never goes backwards, whatever the library PC’s clock does', () => {
    const wallTimes = fc.array(
      fc.oneof(
        fc.integer({ min: MORNING - 86_400_000, max: MORNING + 86_400_000 }),
        fc.constant(MORNING),
      ),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(wallTimes, (times) => {
        let clock = initialHlc('tigil-pc');
        let previous = formatHlc(clock);
        for (const now of times) {
          clock = tickHlc(clock, now);
          const next = formatHlc(clock);
          expect(next > previous).toBe(true);
          expect(next).toMatch(HLC_PATTERN);
          previous = next;
        }
      }),
      RUNS,
    );
  });

  it('a PC whose clock was set back an hour still orders its edits after the earlier ones', () => {
    const beforeReset = tickHlc(initialHlc('palana-pc'), MORNING);
    const afterReset = tickHlc(beforeReset, MORNING - 3_600_000);
    expect(formatHlc(afterReset) > formatHlc(beforeReset)).toBe(true);
    expect(afterReset.wallMs).toBe(MORNING);
  });

  it('when the counter is full it borrows a millisecond: width and order survive', () => {
    const full: HlcState = { wallMs: MORNING, counter: MAX_COUNTER, nodeId: 'tigil-pc' };
    const next = tickHlc(full, MORNING);
    expect(formatHlc(next)).toMatch(HLC_PATTERN);
    expect(formatHlc(next).length).toBe(formatHlc(full).length);
    expect(formatHlc(next) > formatHlc(full)).toBe(true);
    const afterThat = tickHlc(next, MORNING);
    expect(formatHlc(afterThat) > formatHlc(next)).toBe(true);
  });

  it('100 001 edits within one frozen millisecond stay strictly ordered', () => {
    let clock = tickHlc(initialHlc('kiosk'), MORNING);
    let previous = formatHlc(clock);
    for (let i = 0; i < 100_001; i++) {
      clock = tickHlc(clock, MORNING);
      const next = formatHlc(clock);
      if (!(next > previous)) throw new Error(`clock went backwards: ${previous} → ${next}`);
      previous = next;
    }
    expect(previous).toMatch(HLC_PATTERN);
  });
});

describe('receiving a clock from another replica', () => {
  it('the next local clock is after both the local and the remote one', () => {
    fc.assert(
      fc.property(
        fc.oneof(closeHlcState, hlcState),
        fc.oneof(closeHlcState, hlcState),
        fc.integer({ min: 0, max: 10 ** 15 - 2 }),
        (local, remote, now) => {
          const remoteText = formatHlc(remote);
          const next = formatHlc(receiveHlc(local, remoteText, now));
          expect(next).toMatch(HLC_PATTERN);
          expect(next > formatHlc(local)).toBe(true);
          expect(next > remoteText).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('a server stamp from a faster clock pulls a slow village PC forward', () => {
    const village: HlcState = { wallMs: MORNING, counter: 2, nodeId: 'tigil-pc' };
    const server = formatHlc({ wallMs: MORNING + 90_000, counter: 5, nodeId: 'regional' });
    const next = receiveHlc(village, server, MORNING + 1);
    expect(next).toEqual({ wallMs: MORNING + 90_000, counter: 6, nodeId: 'tigil-pc' });
    expect(formatHlc(tickHlc(next, MORNING + 2)) > server).toBe(true);
  });

  it('keeps its own node id', () => {
    const next = receiveHlc(initialHlc('palana-pc'), '001773600000000:00000:regional', 0);
    expect(next.nodeId).toBe('palana-pc');
  });

  it('refuses a malformed remote clock', () => {
    expect(() => receiveHlc(initialHlc('palana-pc'), 'вчера', MORNING)).toThrow();
  });
});
