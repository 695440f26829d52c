import { fuzzSuite } from './fuzz-suite.ts';

// PGlite here, PostgreSQL in sync-fuzz-postgres.test.ts: two files, so they run side by side
fuzzSuite('pglite');
