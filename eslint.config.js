// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import compat from 'eslint-plugin-compat';
import apiSupport from './scripts/browser-support/eslint-api-in-targets.js';

/** The three rooms: shared ← web, shared ← server. */
const roomRules = {
  shared: {
    patterns: [
      {
        group: ['**/web/**', '**/server/**'],
        message: 'src/shared imports neither web nor server.',
      },
      { regex: '^(?!zod($|/))[^.]', message: 'src/shared imports nothing but zod.' },
    ],
  },
  web: {
    patterns: [{ group: ['**/server/**'], message: 'src/web never imports src/server.' }],
  },
  server: {
    patterns: [{ group: ['**/web/**'], message: 'src/server never imports src/web.' }],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'build', 'data', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.web.json', './tsconfig.server.json', './tsconfig.tests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-console': 'error' } },
  {
    // what runs in the browser: package.json `browserslist` (Chrome 109, Firefox 115)
    files: ['src/web/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    plugins: { compat, sopka: apiSupport },
    settings: { lintAllEsApis: true },
    rules: { 'compat/compat': 'error', 'sopka/api-in-targets': 'error' },
  },
  { files: ['src/shared/**'], rules: { 'no-restricted-imports': ['error', roomRules.shared] } },
  { files: ['src/web/**'], rules: { 'no-restricted-imports': ['error', roomRules.web] } },
  { files: ['src/server/**'], rules: { 'no-restricted-imports': ['error', roomRules.server] } },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setInterval: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
