// Lint, including the layer rules that keep the architecture visible in the tree:
// contract ← core ← shells; the renderer sees the contract's types only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const layer = (files, patterns, message, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message, ...extra })) }],
  },
});

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os', 'crypto'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='ipcRenderer'][property.name='sendSync']", message: 'Synchronous IPC blocks the renderer.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['build/**/*.mjs', '*.config.*', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'writable', require: 'readonly' } },
  },

  // The contract: plain data and schemas, importable from anywhere.
  layer(['contract/**'], ['electron', 'react', 'react-dom', 'zustand', 'better-sqlite3', ...NODE_BUILTINS, '**/core/**', '**/renderer/**', '**/electron/**', '**/browser-shell/**'],
    'The contract depends on nothing but zod.'),

  // The core: services and storage; no Electron, no DOM, no HTTP, no UI.
  layer(['core/**'], ['electron', 'react', 'react-dom', 'zustand', 'http', 'https', 'node:http', 'node:https', 'node:net', '**/renderer/**', '**/electron/**', '**/browser-shell/**'],
    'The core knows nothing of Electron, HTTP or the screens.'),

  // The renderer: runs in any Chromium; reaches the core only through the client, and the schemas only as types.
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'better-sqlite3', ...NODE_BUILTINS, '**/core/**', '**/electron/**', '**/browser-shell/**'], message: 'The renderer talks to the core only through HelpPointClient.' },
          { group: ['**/contract/methods', '**/contract/methods/**', '**/contract/walkthrough'], allowTypeImports: true, message: 'The renderer imports the contract schemas as types only.' },
        ],
      }],
    },
  },

  // The Electron shell: thin; never imports the renderer or the browser shell.
  layer(['electron/**'], ['react', 'react-dom', 'zustand', '**/renderer/**', '**/browser-shell/**'], 'The Electron shell bridges to the core; it does not import screens or the other shell.'),
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', 'node:*', 'better-sqlite3'], message: 'The sandboxed preload may only use electron and the contract.' }] }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.property.name='exposeInMainWorld'] Identifier[name='ipcRenderer']:not(MemberExpression > Identifier)", message: 'Never hand ipcRenderer to the page; expose named functions.' },
        { selector: "Property > Identifier.value[name='ipcRenderer']", message: 'Never hand ipcRenderer to the page; expose named functions.' },
      ],
    },
  },

  // The browser shell: the loopback host; never imports Electron or the screens.
  layer(['browser-shell/**'], ['electron', 'react', 'react-dom', 'zustand', '**/renderer/**', '**/electron/**'], 'The browser shell serves the built renderer; it does not import Electron or screens.'),

  // The province server (issue 14): its own service on node and pg; shares only the contract with the points.
  layer(['province/server/**'], ['electron', 'react', 'react-dom', 'zustand', 'better-sqlite3', '**/core/**', '**/renderer/**', '**/electron/**', '**/browser-shell/**', '**/dashboard/**'],
    'The province server shares only the contract with the point; it never imports the core, the shells or the screens.'),
  // The province dashboard: a browser page; talks to its server over HTTP only.
  layer(['province/dashboard/**'], ['electron', 'better-sqlite3', 'pg', 'exceljs', ...NODE_BUILTINS, '**/core/**', '**/renderer/**', '**/electron/**', '**/browser-shell/**', '**/server/**'],
    'The province dashboard reaches its server only through the admin API, and the contract for shapes.'),
  {
    files: ['province/dashboard/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },

  // Tests never load the electron module: on Electron ≥ 42 that starts a download.
  {
    files: ['tests/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Tests must not load electron: on Electron ≥ 42 that starts a download.' }],
        patterns: [{ group: ['**/electron/main', '**/electron/windows', '**/electron/ipc', '**/electron/protocol', '**/electron/preload'], message: 'These modules load electron at run time.' }],
      }],
    },
  },
);
