// electron-builder configuration. Packaging downloads Electron and its toolsets, so it
// runs on a release machine (see README "Packaging"), never in CI.
/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'vn.binhdanhocvuso.digitalhelppoint',
  productName: 'Digital Help Point',
  directories: { output: 'release', buildResources: 'build/resources' },
  files: [
    'dist/electron/**',
    'dist/renderer/**',
    'package.json',
    '!**/*.map',
    '!node_modules/better-sqlite3/prebuilds/darwin-*',
    '!node_modules/better-sqlite3/prebuilds/linuxmusl-*',
    '!node_modules/better-sqlite3/{src,deps,docs}/**',
  ],
  // Walkthrough content stays outside the asar so a content pack can replace it.
  extraResources: [{ from: 'assets', to: 'assets' }],
  asar: true,
  asarUnpack: ['**/*.node'],
  // better-sqlite3 13 ships Node-API prebuilds: nothing to rebuild, and a rebuild would
  // try to download Electron headers.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // Offline release machines: point ELECTRON_BUILDER_ELECTRON_DIST at an unpacked Electron.
  ...(process.env.ELECTRON_BUILDER_ELECTRON_DIST ? { electronDist: process.env.ELECTRON_BUILDER_ELECTRON_DIST } : {}),
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    // Playwright needs the inspector; field builds turn it off (DHP_E2E_BUILD=1 keeps it).
    enableNodeCliInspectArguments: process.env.DHP_E2E_BUILD === '1',
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    executableArgs: ['--enable-speech-dispatcher'],
  },
  deb: { depends: ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'speech-dispatcher', 'espeak-ng'] },
  win: { target: 'nsis' },
  nsis: { oneClick: true, perMachine: true, runAfterFinish: true, deleteAppDataOnUninstall: false },
};

module.exports = config;
