// Lint, including the boundary rule between the three worlds: shared/ (pure), electron/ (Node), renderer/ (DOM).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeModules = ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'buffer', 'events', 'http', 'https', 'net', 'zlib', 'worker_threads'];
const nodeImports = [...nodeModules, ...nodeModules.map((m) => `${m}/*`), 'node:*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/', 'out/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeImports], message: 'shared/ is pure: no Node modules.' },
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-react-hooks', '**/renderer/**', '**/electron/**'], message: 'shared/ knows nothing of the DOM, the renderer or Electron.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/renderer'], message: 'electron/ never imports from renderer/.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeImports], message: 'renderer/ is DOM only: no Node modules.' },
          { group: ['electron', 'electron/*', '**/electron/**'], message: 'renderer/ talks to the main process only through platform/ (window.api).' },
        ],
      }],
    },
  },
  {
    files: ['bench/in-page.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mjs}', '*.config.{ts,js}', '.ci/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
