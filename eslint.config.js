// Lint, including the layer rules that keep the architecture visible in the tree:
// contract ← core ← shells; the renderer sees the contract's types only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import { builtinModules } from 'node:module';
import path from 'node:path';

const layer = (files, patterns, message, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message, ...extra })) }],
  },
});

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os', 'crypto'];
const SYNC_IPC = { selector: "MemberExpression[object.name='ipcRenderer'][property.name='sendSync']", message: 'Synchronous IPC blocks the renderer.' };

/*
 * The renderer. It runs in any Chromium, reaches the core only through the platform
 * (renderer/platform/), and imports the contract's schemas as types only. Inside it,
 * folders are layers, bottom to top:
 *
 *   platform, state, i18n  →  components, speech, print  →  screens  →  app
 *
 * Each layer may import only the layers listed for it in RENDERER_LAYERS (and
 * itself); one screen never imports another; each layer names the npm packages it
 * may use; only platform/ reads window.helpPoint; and the files that claim to be
 * pure (RENDERER_PURE) use no DOM global and import only the contract and each
 * other. Every rule has a case in tests/unit/layers-renderer.test.ts.
 *
 * A flat config that sets a rule replaces that rule's options for its files, it
 * does not add to them: so each block below restates the renderer-wide patterns
 * (rendererBase, SYNC_IPC) with its own.
 */
const RENDERER_FOLDERS = ['platform', 'state', 'i18n', 'components', 'speech', 'print', 'screens', 'app'];
const RENDERER_LAYERS = {
  platform: { imports: [], packages: ['react'] },
  state: { imports: ['platform'], packages: ['zustand'] },
  i18n: { imports: ['platform', 'state'], packages: ['react'] },
  components: { imports: ['platform', 'state', 'i18n'], packages: ['react', 'qrcode'] },
  speech: { imports: ['platform', 'state', 'i18n'], packages: ['zustand', 'read-vietnamese-number'] },
  print: { imports: ['platform', 'state', 'i18n', 'components'], packages: [] },
  screens: { imports: ['platform', 'state', 'i18n', 'components', 'speech', 'print'], packages: ['react', 'zustand'] },
  app: { imports: ['platform', 'state', 'i18n', 'components', 'speech', 'print', 'screens'], packages: ['react'] },
  // renderer/main.tsx and renderer/*.d.ts: the entry, which wires everything.
  '': { imports: RENDERER_FOLDERS, packages: ['react', 'react-dom', '@fontsource'] },
};
const SCREENS = ['kiosk', 'desk', 'board', 'staff'];
/** Claim to be pure (no DOM, run in Node tests); lint checks the claim. */
const RENDERER_PURE = [
  'renderer/i18n/format.ts',
  'renderer/i18n/common-messages.ts',
  'renderer/i18n/errors.ts',
  'renderer/i18n/wait-text.ts',
  'renderer/components/qr-svg.ts',
  'renderer/speech/speech-port.ts',
  'renderer/speech/pronunciation.ts',
  'renderer/print/html.ts',
  'renderer/print/ticket-template.ts',
  'renderer/print/steps-summary-template.ts',
  'renderer/screens/kiosk/idle-watch.ts',
  'renderer/screens/kiosk/view-speech.ts',
  'renderer/screens/kiosk/kiosk-messages.ts',
  'renderer/screens/staff/admin-unit-model.ts',
];
/** Packages a pure file may use: they touch no DOM. */
const PURE_PACKAGES = ['qrcode', 'read-vietnamese-number'];
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'globalThis', 'self'];

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An import that climbs out of its folder into one of `folders` of the renderer. */
const intoFolders = (folders) => `^(\\.\\./)+(renderer/)?(${folders.map(escapeRe).join('|')})(/|$)`;

const rendererBase = [
  { regex: intoFolders(['core', 'electron', 'browser-shell']), message: 'The renderer talks to the core only through the platform (renderer/platform/).' },
  { group: ['**/contract/methods', '**/contract/methods/**', '**/contract/walkthrough'], allowTypeImports: true, message: 'The renderer imports the contract schemas as types only.' },
];

function layerImports(name) {
  const { imports, packages } = RENDERER_LAYERS[name];
  const where = name ? `renderer/${name}/` : 'renderer/';
  const patterns = [...rendererBase];
  const upward = RENDERER_FOLDERS.filter((f) => f !== name && !imports.includes(f));
  if (upward.length) {
    patterns.push({
      regex: intoFolders(upward),
      message: `Renderer layers: platform, state, i18n → components, speech, print → screens → app. ${where} may import ${imports.length ? imports.join(', ') : 'no other renderer folder'}.`,
    });
  }
  patterns.push({
    regex: `^(?!\\.{1,2}/)(?!(${packages.map(escapeRe).join('|') || '$^'})(/|$)).+`,
    message: `${where} may use only these packages: ${packages.join(', ') || 'none'}. A new one is added to RENDERER_LAYERS in eslint.config.js, on purpose.`,
  });
  return patterns;
}

/** The import specifier from file `from` to module `to` (both without extension, from the project root). */
const specifier = (from, to) => {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return rel.startsWith('.') ? rel : `./${rel}`;
};

/** A screen's imports: the screens layer's, and no other screen. */
function screenImports(screen) {
  const others = SCREENS.filter((s) => s !== screen);
  return [
    ...layerImports('screens'),
    { regex: `^(\\.\\./)+(screens/)?(${others.join('|')})(/|$)`, message: `renderer/screens/${screen}/ does not import another screen; move what they share down a layer.` },
  ];
}

/** A pure file's imports: its folder's rules, and then only the contract, the other pure files and PURE_PACKAGES (types from anywhere). */
function pureImports(file) {
  const [, layer, screen] = file.split('/');
  const self = file.replace(/\.tsx?$/, '');
  const allowed = [
    `${escapeRe(specifier(self, 'contract'))}/.+`,
    ...RENDERER_PURE.map((f) => f.replace(/\.tsx?$/, '')).filter((m) => m !== self).map((m) => escapeRe(specifier(self, m))),
    ...PURE_PACKAGES.map(escapeRe),
  ];
  return [
    ...(layer === 'screens' ? screenImports(screen) : layerImports(layer)),
    {
      regex: `^(?!(${allowed.join('|')})$).+`,
      allowTypeImports: true,
      message: `${file} claims to be pure (no DOM; it runs in Node tests): it may import only the contract, the other pure files (RENDERER_PURE in eslint.config.js) and ${PURE_PACKAGES.join(', ')}.`,
    },
  ];
}

function rendererConfigs() {
  const imports = (patterns) => ['error', { patterns }];
  const helpPoint = 'window.helpPoint is read only in renderer/platform/; use the Platform (usePlatform()).';
  return [
    ...Object.keys(RENDERER_LAYERS).map((name) => ({
      files: name ? [`renderer/${name}/**/*.{ts,tsx}`] : ['renderer/*.{ts,tsx}'],
      rules: { 'no-restricted-imports': imports(layerImports(name)) },
    })),
    // One screen never reaches into another: what two screens share moves down a layer.
    ...SCREENS.map((screen) => ({ files: [`renderer/screens/${screen}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': imports(screenImports(screen)) } })),
    // Only the platform knows which shell it is in.
    {
      files: ['renderer/**/*.{ts,tsx}'],
      ignores: ['renderer/platform/**'],
      rules: {
        'no-restricted-syntax': ['error', SYNC_IPC, { selector: "MemberExpression[property.name='helpPoint']", message: helpPoint }, { selector: "MemberExpression[property.value='helpPoint']", message: helpPoint }],
      },
    },
    // A comment that says "pure" is checked: no DOM global, no DOM-using import.
    ...RENDERER_PURE.map((file) => ({
      files: [file],
      rules: {
        'no-restricted-imports': imports(pureImports(file)),
        'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: `${file} claims to be pure: no ${name} here (it runs in Node tests).` }))],
      },
    })),
  ];
}

/** The Electron shell's modules that load electron at run time (tests/unit/electron-shell-config.test.ts keeps this list true). */
const ELECTRON_RUNTIME_MODULES = ['main', 'windows', 'ipc', 'protocol', 'preload', 'printing', 'export-dialog', 'staff-quit-window', 'startup-error-window', 'sync-bundle-dialog'];

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
      'no-restricted-syntax': ['error', SYNC_IPC],
    },
  },
  // Type-aware habits: a promise nobody awaits or catches, a switch that forgets a case of
  // a union, and a cast the types already make true are all mistakes the compiler can see.
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './tsconfig.e2e.json', './electron/tsconfig.json', './tsconfig.packaging.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
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

  // The renderer: layers, pure files and packages (below).
  ...rendererConfigs(),

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
        patterns: [{ group: ELECTRON_RUNTIME_MODULES.map((m) => `**/electron/${m}`), message: 'These modules load electron at run time.' }],
      }],
    },
  },
);
