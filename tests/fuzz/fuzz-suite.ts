import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATABASE_URL } from '../server/helpers/test-store.ts';
import { runFuzz } from './fuzz-run.ts';

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
// 2,000 a store: ~30 s each on a loaded 2-core machine; FUZZ_RUNS=10000 for a longer run
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

const KINDS: [RegExp, string][] = [
  [/then GET (\/api\/\S+): HTTP (\d+)/s, 'GET $1 answered $2 after a write'],
  [/^#\d+ (?:batch\(\w+\)|replay): HTTP (5\d\d)/s, 'POST /api/sync answered $1'],
  [/^#\d+ [^:]*: valid .* refused: (\w+)/s, 'a valid mutation refused ($1)'],
  [/^#\d+ [^:]*: invalid .* acked/s, 'a bad mutation acked'],
  [/^#\d+ login .*HTTP (\d+)/s, 'POST /api/auth/login answered $1'],
  [/^#\d+ cursor .*HTTP (\d+)/s, 'a sync cursor answered $1'],
  [/^#\d+ public-registration .*HTTP (\d+)/s, 'POST /api/public/registrations answered $1'],
  [/^#\d+ public-registration .*: accepted$/s, 'a bad public registration accepted'],
  [/^#\d+ public-registration .*: refused with (\d+)/s, 'a good public registration refused ($1)'],
  [/^a conflict about a conflict/s, 'a conflict about a conflict'],
  [/^conflict .* not kept/s, 'a lost value not kept as a conflict'],
  [/^conflict .* yet nothing was lost/s, 'a conflict where nothing was lost'],
  [/^registration .*: placement/s, 'a placement off the queue order'],
  [/^training .*: shows/s, 'seat counts off'],
  [/^(\w+)\/[0-9a-f-]+\.(\w+): (stored|clock)/s, '$1.$2 $3 differs'],
];

/** Problems counted by what went wrong, so one bug does not hide behind another. */
export function byKind(problems: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const problem of problems) {
    const rule = KINDS.find(([pattern]) => pattern.test(problem));
    const kind = rule
      ? (problem.match(rule[0])?.[0] ?? '').replace(rule[0], rule[1])
      : problem.slice(0, 60);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/**
 * Seeded random requests against the real server: odd text, far-out dates and numbers in
 * every collection, logins, public registrations and cursors. Replay with FUZZ_SEED.
 */
export function fuzzSuite(kind: 'pglite' | 'postgres'): void {
  describe.skipIf(kind === 'postgres' && !DATABASE_URL)(
    `bad input never hurts (${kind}, seed ${FUZZ_SEED}, ${FUZZ_RUNS} requests)`,
    () => {
      it('answers every request as a correct server would, and stores what the oracle predicts', async () => {
        const { figures, problems, storeProblems } = await runFuzz(kind, FUZZ_SEED, FUZZ_RUNS);
        const lines = [
          `fuzz ${kind} seed ${figures.seed} (replay: FUZZ_SEED=${figures.seed} FUZZ_RUNS=${figures.requests}): ${figures.requests} requests ${JSON.stringify(figures.counts)}`,
          `  statuses ${JSON.stringify(figures.statuses)}; mutations ${figures.acked} acked, ${figures.refused} refused; policy values ${figures.eitherAccepted} kept, ${figures.eitherRefused} refused`,
          `  stored ${JSON.stringify(figures.records)}; ${figures.publicRegistrations} public registrations`,
          `  ${problems.length} wrong answers ${JSON.stringify(byKind(problems))}`,
          `  ${storeProblems.length} store differences ${JSON.stringify(byKind(storeProblems))}`,
          ...problems.slice(0, 12).map((p) => `  ✗ ${p}`),
          ...storeProblems.slice(0, 12).map((p) => `  ✗ store: ${p}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
        if (process.env.FUZZ_LOG)
          writeFileSync(
            `${process.env.FUZZ_LOG}.${kind}`,
            [...lines, ...problems, ...storeProblems.map((p) => `store: ${p}`)].join('\n'),
          );
        expect.soft(problems.slice(0, 20), `${problems.length} wrong answers`).toEqual([]);
        expect
          .soft(storeProblems.slice(0, 20), `${storeProblems.length} store differences`)
          .toEqual([]);
      }, 600_000);
    },
  );
}
