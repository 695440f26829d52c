// @vitest-environment node
/**
 * The library PCs run Chrome 109 and Firefox 115 (package.json `browserslist`). `npm test` lints
 * src/web and src/shared against them: these probes are code a developer might write on a new
 * browser, linted through the repository's own ESLint config with the web tsconfig's types.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const probePath = (name: string) => join(ROOT, `src/web/sync/${name}-probe.ts`);

const PROBES = {
  'can-parse': "export const looksLikeSite = (text: string) => URL.canParse('https://' + text);\n",
  'signal-any':
    'export const signal = (own: AbortSignal) => AbortSignal.any([own, AbortSignal.timeout(5_000)]);\n',
  segmenter:
    "export const words = (text: string) => [...new Intl.Segmenter('ru', { granularity: 'word' }).segment(text)];\n",
  popover:
    'export const openHint = (hint: HTMLElement) => hint.checkVisibility() || hint.showPopover();\n',
  'view-transition':
    'export const fade = () => document.hasFocus() && document.startViewTransition(() => {});\n',
  'in-targets': [
    "export const copy = structuredClone({ name: 'АНО «Северный ветер»' });",
    "export const locked = navigator.locks.request('sync', async () => 1);",
    'export const kept = navigator.storage.persist();',
    "export const gzip = new CompressionStream('gzip');",
    "export const last = ['a', 'b'].at(-1);",
    'export const stream: ReadableStream | undefined = new Blob([]).stream();',
  ].join('\n'),
};
type ProbeName = keyof typeof PROBES;

/** A program of the web tsconfig whose roots are the probes, held in memory, never on disk. */
function webProgramWith(files: Record<string, string>): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.web.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('tsconfig.web.json did not parse');
  const host = ts.createCompilerHost(config.options, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => files[file] ?? readFile(file);
  host.fileExists = (file) => file in files || fileExists(file);
  host.getSourceFile = (file, language, ...rest) => {
    const code = files[file];
    return code === undefined
      ? getSourceFile(file, language, ...rest)
      : ts.createSourceFile(file, code, language, true);
  };
  return ts.createProgram(Object.keys(files), config.options, host);
}

let eslint: ESLint;
beforeAll(() => {
  const files = Object.fromEntries(
    Object.entries(PROBES).map(([name, code]) => [probePath(name), code]),
  );
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: {
      files: ['src/web/**/*.ts'],
      languageOptions: { parserOptions: { project: null, programs: [webProgramWith(files)] } },
    },
  });
});

async function browserProblems(name: ProbeName): Promise<string[]> {
  const [result] = await eslint.lintText(PROBES[name], { filePath: probePath(name) });
  if (!result) throw new Error(`ESLint returned nothing for the ${name} probe`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(fatal.map((m) => m.message).join('\n'));
  return result.messages
    .filter((m) => m.ruleId === 'sopka/api-in-targets' || m.ruleId === 'compat/compat')
    .map((m) => m.message);
}

describe('the lint refuses what Chrome 109 or Firefox 115 lacks', () => {
  it('refuses a static method newer than Chrome 109', async () => {
    expect(await browserProblems('can-parse')).toEqual([
      expect.stringContaining('URL.canParse is not in Chrome 109'),
    ]);
  });

  it('refuses a timeout combined with AbortSignal.any (Chrome 116, Firefox 124)', async () => {
    expect(await browserProblems('signal-any')).toEqual([
      expect.stringMatching(/AbortSignal\.any is not in Chrome 109.*Firefox 115/),
    ]);
  });

  it('refuses Intl.Segmenter, which Firefox 115 lacks although TypeScript’s ES2022 lib has it', async () => {
    const problems = await browserProblems('segmenter');
    expect(problems.some((p) => p.includes('Intl.Segmenter is not in Firefox 115'))).toBe(true);
  });

  it('refuses a method of a typed parameter, which only the types tell is a DOM element', async () => {
    expect(await browserProblems('popover')).toEqual([
      expect.stringMatching(
        /HTMLElement\.showPopover is not in Chrome 109 \(from 114\), Firefox 115/,
      ),
    ]);
  });

  it('refuses a new document method, older ones pass', async () => {
    expect(await browserProblems('view-transition')).toEqual([
      expect.stringMatching(/Document\.startViewTransition is not in Chrome 109 \(from 111\)/),
    ]);
  });

  it('lets through what both browsers have: structuredClone, Web Locks, storage.persist, gzip', async () => {
    expect(await browserProblems('in-targets')).toEqual([]);
  });
});

describe('TypeScript refuses language built-ins newer than the targets', () => {
  const tooNew = {
    'toSorted (Chrome 110)': 'export const a = [3, 1].toSorted();',
    'Object.groupBy (Chrome 117)': 'export const b = Object.groupBy([1], (n: number) => n);',
    'Promise.withResolvers (Chrome 119)': 'export const c = Promise.withResolvers();',
    'Set union (Chrome 122)': 'export const d = new Set([1]).union(new Set([2]));',
    'Array.fromAsync (Chrome 121)': 'export const e = Array.fromAsync([]);',
    'String isWellFormed (Chrome 111)': "export const f = 'ё'.isWellFormed();",
  };

  it('does not typecheck any of them: the web lib is ES2022', () => {
    const lines = Object.values(tooNew);
    const path = probePath('too-new');
    const program = webProgramWith({ [path]: lines.join('\n') + '\n' });
    const refusedLines = new Set(
      ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file?.fileName === path && d.start !== undefined)
        .filter((d) => /does not exist/.test(ts.flattenDiagnosticMessageText(d.messageText, ' ')))
        .map((d) => d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line),
    );
    const accepted = Object.keys(tooNew).filter((_name, line) => !refusedLines.has(line));
    expect(accepted).toEqual([]);
  });
});
