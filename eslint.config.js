// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'events',
  'worker_threads',
];

/** Layering (architecture.md): who may import whom. */
const layerRules = [
  {
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**', '**/test/**'],
              message: 'shared/ is pure: it imports nothing from electron/, renderer/ or test/.',
            },
            {
              group: [
                'electron',
                'electron/*',
                'react',
                'react-dom',
                'react/*',
                'react-dom/*',
                ...nodeBuiltins,
              ],
              message: 'shared/ runs on both sides: no Node, Electron or React imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/test/**'],
              message: 'renderer/ may import only from shared/ (and its own files).',
            },
            {
              group: ['electron', 'electron/*', ...nodeBuiltins],
              message:
                'The renderer is a web page: no Node or Electron imports; use the host API through bridge.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/serve/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'electron-store'],
              message: 'Host services and the browser shell are plain Node: never import electron.',
            },
            {
              group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'Host code may import only shared/ and other host code.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '**/*.schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layerRules,
  {
    // Renderer tests run a real host in-process (no mocks), so they may reach test helpers.
    files: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
