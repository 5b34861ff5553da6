// @ts-check
// electron-builder configuration. Run it through `npm run package` (build/package.mjs), which
// first checks that the Electron 45.4.1 zip can be had — from ELECTRON_BUILDER_ELECTRON_DIST,
// a seeded cache or the network — and says in one line what to do when it cannot.
// Asserted by tests/unit/packaging-config.test.ts; type-checked by `npm run typecheck:packaging`.
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads this CommonJS file */
const fs = require('node:fs');
const path = require('node:path');

/** @typedef {import('electron-builder').Configuration} Configuration */
/**
 * Every Electron fuse, written out: leaving one out is a type error, so a new fuse in a later
 * Electron cannot silently keep its default. (`resetAdHocDarwinSignature` is a macOS signing
 * switch, not a fuse.)
 * @typedef {Required<Omit<NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>>} AllFuses
 */

/** The Playwright test build keeps the Node inspector fuse on; field builds never do. */
const e2eBuild = process.env.DHP_E2E_BUILD === '1';

/** @type {AllFuses} */
const electronFuses = {
  // ELECTRON_RUN_AS_NODE would turn the kiosk binary into a plain Node.
  runAsNode: false,
  enableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS from the environment are ignored.
  enableNodeOptionsEnvironmentVariable: false,
  // Playwright's _electron.launch() passes --inspect=0, so only the test build keeps it.
  enableNodeCliInspectArguments: e2eBuild,
  // Checked on Windows (and macOS); Linux has no asar integrity check yet.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  // The screens are served from app://, never file://.
  grantFileProtocolExtraPrivileges: false,
};

// The zip's SHA-256 comes from the npm electron package (pinned and integrity-checked by the
// lockfile), so a seeded cache is verified offline instead of fetching SHASUMS256.txt.
// Read as a file: require('electron') would start a download on Electron ≥ 42.
const electronChecksums = /** @type {Record<string, string>} */ (
  JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('electron/package.json')), 'checksums.json'), 'utf8'))
);

/** What goes into app.asar, for every platform. */
const appFiles = [
  'dist/electron/**',
  'dist/renderer/**',
  'package.json',
  '!**/*.map',
  // Only what the main process loads: the renderer's libraries (and its fonts, from
  // @fontsource) are already bundled into dist/renderer.
  '!node_modules/{react,react-dom,scheduler,zustand,@fontsource}/**',
  // better-sqlite3 13 ships Node-API prebuilds; its sources and build leftovers are not needed.
  '!node_modules/better-sqlite3/{src,deps,docs,build}/**',
  '!node_modules/better-sqlite3/prebuilds/{darwin,linuxmusl}-*',
  '!**/node_modules/@types/**',
];

/** @type {Configuration} */
const config = {
  appId: 'vn.binhdanhocvuso.digitalhelppoint',
  productName: 'Digital Help Point',
  copyright: 'Digital Help Point contributors (MIT)',
  directories: { output: 'release', buildResources: 'build' },
  files: appFiles,
  // Walkthrough content stays outside the asar so a content pack can replace it. The schema
  // migrations are compiled into dist/electron/main.cjs (core/storage/migrations.ts), so they
  // need no resource folder; the Be Vietnam Pro fonts are inside dist/renderer/assets.
  extraResources: [{ from: 'assets', to: 'assets' }],
  asar: true,
  asarUnpack: ['**/*.node'],
  // better-sqlite3 13 ships Node-API prebuilds: nothing to rebuild, and a rebuild would
  // try to download Electron headers.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // The screens speak Vietnamese and English; Chromium's other 50-odd locales are dropped.
  electronLanguages: ['vi', 'en-US'],
  // An unpacked Electron 45.4.1 folder, a folder holding its zip, or the zip itself.
  ...(process.env.ELECTRON_BUILDER_ELECTRON_DIST ? { electronDist: process.env.ELECTRON_BUILDER_ELECTRON_DIST } : {}),
  electronDownload: { checksums: electronChecksums },
  electronFuses,
  // Releases are copied to the points by hand (docs/deployment.md); never publish.
  publish: null,
  // A .deb needs a homepage (package.json has none); `.invalid` (RFC 2606) marks the
  // placeholder until the release owner sets DHP_HOMEPAGE.
  extraMetadata: { homepage: process.env.DHP_HOMEPAGE || 'https://digital-help-point.invalid/' },
  linux: {
    target: ['AppImage', 'deb'],
    // Each package carries only its own platform's better-sqlite3 binaries (x64 and arm64).
    // A platform list is merged with the top-level one, and a list that starts with a "!"
    // would first include everything, so each repeats the whole list.
    files: [...appFiles, '!node_modules/better-sqlite3/prebuilds/win32-*'],
    executableName: 'digital-help-point',
    icon: 'build/icons',
    category: 'Education',
    synopsis: 'Điểm Hỗ trợ Số — touchscreen kiosk for digital-literacy points',
    executableArgs: ['--enable-speech-dispatcher'],
    // A .deb needs a maintainer address; `.invalid` (RFC 2606) marks it as a placeholder until
    // the release owner sets DHP_DEB_MAINTAINER, e.g. "Name <name@example.org>".
    maintainer: process.env.DHP_DEB_MAINTAINER || 'Digital Help Point maintainers <maintainers@digital-help-point.invalid>',
  },
  deb: {
    // electron-builder's own defaults (a list here replaces them), then what the kiosk needs:
    // ALSA and GBM for sound and drawing under a Wayland compositor, the reading voices.
    depends: [
      'libgtk-3-0', 'libnotify4', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0',
      'libasound2', 'libgbm1', 'speech-dispatcher', 'espeak-ng',
    ],
    // The kiosk compositor of build/linux/digital-help-point-kiosk.service (Debian's cage does
    // not start without Xwayland, which it does not depend on), and the emoji font the tile
    // pictures fall back to.
    recommends: ['cage', 'xwayland', 'fonts-noto-color-emoji'],
  },
  win: {
    target: 'nsis',
    files: [...appFiles, '!node_modules/better-sqlite3/prebuilds/linux-*'],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: true,
    perMachine: true,
    runAfterFinish: true,
    // The data file lives in the user's %APPDATA%; an uninstall or an update never touches it.
    deleteAppDataOnUninstall: false,
  },
};

module.exports = config;
