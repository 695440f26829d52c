import { fuzzSuite } from './fuzz-suite.ts';

// the same seeded run against PostgreSQL at DATABASE_URL (skipped without it)
fuzzSuite('postgres');
