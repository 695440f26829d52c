// @vitest-environment node
/**
 * The three rooms of DESIGN.md: web → shared ← server. Nothing in shared imports web or server;
 * web never imports server. Checked twice: the lint config refuses such imports, and a scan of
 * the source finds none that slipped past it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Type-aware rules need a tsconfig project; these probes are not files on disk, so lint them
// with type information off and look only at the import rule.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function importProblems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  if (!result) throw new Error(`ESLint returned nothing for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join('\n'));
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint config keeps the rooms apart', () => {
  it('refuses src/shared reaching into the browser database', async () => {
    const problems = await importProblems(
      "import { db } from '../../web/store/db.ts';\nexport const x = db;\n",
      'src/shared/model/probe.ts',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/shared imports neither web nor server.');
  });

  it('refuses src/shared reaching into the server', async () => {
    const problems = await importProblems(
      "import { store } from '../../server/store/pglite.ts';\nexport const x = store;\n",
      'src/shared/sync/probe.ts',
    );
    expect(problems).toHaveLength(1);
  });

  it('refuses Dexie in src/shared: the sync core must run in Node too', async () => {
    const problems = await importProblems(
      "import Dexie from 'dexie';\nexport const x = Dexie;\n",
      'src/shared/model/probe.ts',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/shared imports nothing but zod.');
  });

  it('refuses Node built-ins in src/shared', async () => {
    const problems = await importProblems(
      "import { createHash } from 'node:crypto';\nexport const x = createHash;\n",
      'src/shared/sync/probe.ts',
    );
    expect(problems).toHaveLength(1);
  });

  it('refuses src/web importing the server app', async () => {
    const problems = await importProblems(
      "import { buildApp } from '../server/app.ts';\nexport const x = buildApp;\n",
      'src/web/probe.ts',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/web never imports src/server.');
  });

  it('refuses src/server importing the PWA', async () => {
    const problems = await importProblems(
      "import { mutate } from '../web/store/mutate.ts';\nexport const x = mutate;\n",
      'src/server/probe.ts',
    );
    expect(problems).toHaveLength(1);
  });

  it('accepts zod in src/shared', async () => {
    const code = "import { z } from 'zod';\nexport const x = z.string();\n";
    expect(await importProblems(code, 'src/shared/model/probe.ts')).toEqual([]);
  });

  it('accepts relative imports inside src/shared', async () => {
    const code = "import { formatHlc } from '../sync/hlc.ts';\nexport const x = formatHlc;\n";
    expect(await importProblems(code, 'src/shared/model/probe.ts')).toEqual([]);
  });

  it('accepts src/web importing the shared registry', async () => {
    const code =
      "import { collections } from '../shared/model/registry.ts';\nexport const x = collections;\n";
    expect(await importProblems(code, 'src/web/probe.ts')).toEqual([]);
  });

  it('accepts src/server importing the shared protocol', async () => {
    const code =
      "import { syncRequestSchema } from '../shared/sync/protocol.ts';\nexport const x = syncRequestSchema;\n";
    expect(await importProblems(code, 'src/server/probe.ts')).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // a room that does not exist yet imports nothing
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier: static imports and re-exports, side-effect imports, import(). */
function importSpecifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!));
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

describe('the source obeys the rooms', () => {
  const shared = join(ROOT, 'src/shared');
  const web = join(ROOT, 'src/web');
  const server = join(ROOT, 'src/server');

  it('finds the shared sources it scans', () => {
    const files = sourceFiles(shared).map((f) => relative(ROOT, f).split(sep).join('/'));
    expect(files).toContain('src/shared/sync/merge.ts');
    expect(files).toContain('src/shared/model/registry.ts');
  });

  it('reads imports the way the scan below relies on', () => {
    const sample = [
      "import { z } from 'zod';",
      "import type { Role } from './common.ts';",
      "export { formatHlc } from '../sync/hlc.ts';",
      "import './side-effect.ts';",
      "const lazy = () => import('../server/app.ts');",
      'import {\n  a,\n  b,\n} from "../web/x.ts";',
    ].join('\n');
    expect(importSpecifiers(sample).sort()).toEqual(
      [
        'zod',
        './common.ts',
        '../sync/hlc.ts',
        './side-effect.ts',
        '../server/app.ts',
        '../web/x.ts',
      ].sort(),
    );
  });

  it('src/shared imports only zod and files inside src/shared', () => {
    const offences = sourceFiles(shared).flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .filter((spec) =>
          spec.startsWith('.')
            ? !isInside(resolve(dirname(file), spec), shared)
            : !/^zod($|\/)/.test(spec),
        )
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('src/web never reaches into src/server', () => {
    const offences = sourceFiles(web).flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .filter((spec) =>
          spec.startsWith('.')
            ? isInside(resolve(dirname(file), spec), server)
            : /(^|\/)src\/server(\/|$)/.test(spec),
        )
        .map((spec) => `${relative(ROOT, file)} → ${spec}`),
    );
    expect(offences).toEqual([]);
  });
});
