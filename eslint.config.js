// Lint, including the layer rules that keep the architecture visible in the tree:
// contract ← core ← shells; the renderer sees the contract's types only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import { builtinModules } from 'node:module';

const layer = (files, patterns, message, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message, ...extra })) }],
  },
});

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os', 'crypto'];

const CORE_FORBIDDEN = ['electron', 'react', 'react-dom', 'zustand', 'http', 'https', 'node:http', 'node:https', 'node:net', '**/renderer/**', '**/electron/**', '**/browser-shell/**'];
const CORE_MESSAGE = 'The core knows nothing of Electron, HTTP or the screens.';

// Pure core: the queue rules, "today at the point" and the export's cell, CSV and totals
// code. The property and golden tests rely on these running anywhere, on their inputs alone.
const PURE_CORE = [
  'core/clock.ts',
  'core/calendar.ts',
  'core/ascii-slug.ts',
  'core/queue/next-ticket.ts',
  'core/queue/wait-estimate.ts',
  'core/export/columns.ts',
  'core/export/csv.ts',
  'core/export/totals.ts',
  'core/export/file-names.ts',
];
const PURE_MESSAGE = 'Pure code: no Node modules, no SQLite, no packages; only the contract and other pure files.';
const PURE_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process'];

// The packages each layer may use; anything new must be added here on purpose (Node's own modules are always allowed).
const CORE_PACKAGES = ['better-sqlite3', 'exceljs', 'fflate'];
const ELECTRON_PACKAGES = ['electron'];
const BROWSER_SHELL_PACKAGES = [];
/** A micromatch pattern for "any package but these". */
const onlyPackages = (list) => (list.length === 0 ? '*' : list.length === 1 ? `!${list[0]}` : `!{${list.join(',')}}`);

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
  layer(['core/**'], CORE_FORBIDDEN, CORE_MESSAGE),

  // Pure core files (PURE_CORE): the core's fence plus no Node module, no storage driver and no browser global.
  {
    files: PURE_CORE,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...builtinModules, 'better-sqlite3', 'exceljs', 'fflate'].map((name) => ({ name, message: PURE_MESSAGE })),
        patterns: [{ group: CORE_FORBIDDEN, message: CORE_MESSAGE }, { group: ['node:*', '**/storage/**'], message: PURE_MESSAGE }],
      }],
      'no-restricted-globals': ['error', ...PURE_GLOBALS.map((name) => ({ name, message: PURE_MESSAGE }))],
    },
  },

  // Per-layer package allow-lists for the core and the shells, and what pure core files may
  // import at run time (types may come from anywhere): eslint-plugin-boundaries.
  {
    files: ['core/**/*.ts', 'electron/**/*.ts', 'browser-shell/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': [
        { type: 'core', pattern: 'core' },
        { type: 'contract', pattern: 'contract' },
        { type: 'electron', pattern: 'electron' },
        { type: 'browser-shell', pattern: 'browser-shell' },
      ],
      'boundaries/files': [{ category: 'pure', pattern: PURE_CORE }],
    },
    rules: {
      // Later policies win over earlier ones.
      'boundaries/dependencies': ['error', {
        default: 'allow',
        checkAllOrigins: true,
        checkInternals: true,
        policies: [
          { from: { element: { type: 'core' } }, disallow: { to: { module: { origin: 'external', source: onlyPackages(CORE_PACKAGES) } } }, message: `The core may use only these packages: ${CORE_PACKAGES.join(', ')} (eslint.config.js).` },
          { from: { element: { type: 'electron' } }, disallow: { to: { module: { origin: 'external', source: onlyPackages(ELECTRON_PACKAGES) } } }, message: `The Electron shell may use only these packages: ${ELECTRON_PACKAGES.join(', ')} (eslint.config.js).` },
          { from: { element: { type: 'browser-shell' } }, disallow: { to: { module: { origin: 'external', source: onlyPackages(BROWSER_SHELL_PACKAGES) } } }, message: 'The browser shell uses Node alone, no package (eslint.config.js).' },
          { from: { file: { categories: 'pure' } }, disallow: { to: { module: { origin: ['external', 'core'] } } }, message: PURE_MESSAGE },
          { from: { file: { categories: 'pure' } }, disallow: { to: { element: { type: 'core' } }, dependency: { kind: 'value' } }, message: PURE_MESSAGE },
          { from: { file: { categories: 'pure' } }, allow: { to: { file: { categories: 'pure' } } } },
        ],
      }],
    },
  },

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
