import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';
import { checkElectronDist, electronCachePath, electronSourceProblem, electronZipUrl, pinnedElectron, requestedTargets } from '../../build/package.mjs';

// The electron-builder config and the `npm run package` pre-check, read as files. Nothing
// here loads the electron module (that would start a download on Electron ≥ 42).
const ROOT = path.resolve(__dirname, '..', '..');
const CONFIG = path.join(ROOT, 'electron-builder.config.cjs');
const require = createRequire(import.meta.url);

/** Loads the config afresh, as electron-builder would with this environment. */
function loadConfig(env: Record<string, string | undefined> = {}): Configuration {
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    delete require.cache[require.resolve(CONFIG)];
    return require(CONFIG) as Configuration;
  } finally {
    process.env = saved;
  }
}

const fieldBuild = () => loadConfig({ DHP_E2E_BUILD: undefined, ELECTRON_BUILDER_ELECTRON_DIST: undefined });
const asList = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const targetNames = (t: unknown): string[] => asList(t as string | { target: string } | (string | { target: string })[]).map((x) => (typeof x === 'string' ? x : x.target));

const FIELD_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('electron-builder config', () => {
  it('writes out all eight fuses, locked down for field builds', () => {
    expect(fieldBuild().electronFuses).toStrictEqual(FIELD_FUSES);
    // DHP_E2E_BUILD=0 or anything but "1" is still a field build.
    expect(loadConfig({ DHP_E2E_BUILD: '0' }).electronFuses).toStrictEqual(FIELD_FUSES);
  });

  it('keeps the Node inspector only in the DHP_E2E_BUILD=1 test build, for Playwright', () => {
    expect(loadConfig({ DHP_E2E_BUILD: '1' }).electronFuses).toStrictEqual({ ...FIELD_FUSES, enableNodeCliInspectArguments: true });
  });

  it('builds a per-machine NSIS installer, an AppImage and a deb, without rebuilding native modules', () => {
    const c = fieldBuild();
    expect(targetNames(c.win?.target)).toEqual(['nsis']);
    expect(targetNames(c.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(c.nsis).toMatchObject({ perMachine: true, deleteAppDataOnUninstall: false });
    expect(c.npmRebuild).toBe(false);
    expect(c.nodeGypRebuild).toBe(false);
    expect(c.buildDependenciesFromSource).toBe(false);
    expect(c.asar).toBe(true);
    expect(c.publish).toBeNull();
    expect(c.appId).toBe('vn.binhdanhocvuso.digitalhelppoint');
    expect(c.productName).toBe('Digital Help Point');
  });

  it('unpacks every native module from the asar and ships each platform only its own SQLite binaries', () => {
    const c = fieldBuild();
    const unpack = asList(c.asarUnpack);
    const prebuilds = fs.readdirSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds')).filter((f) => f.endsWith('.node'));
    expect(prebuilds.length).toBeGreaterThan(0);
    for (const f of [...prebuilds.map((p) => `node_modules/better-sqlite3/prebuilds/${p}`), 'node_modules/some/deep/build/Release/x.node']) {
      expect(unpack.some((g) => path.matchesGlob(f, g)), `${f} is unpacked`).toBe(true);
    }
    const excluded = (files: unknown, file: string) => asList(files as string[]).some((g) => g.startsWith('!') && path.matchesGlob(file, g.slice(1)));
    const sqlite = (name: string) => `node_modules/better-sqlite3/prebuilds/${name}.node`;
    for (const [platform, keep, drop] of [
      [c.linux, ['linux-x64', 'linux-arm64'], ['win32-x64', 'darwin-arm64', 'linuxmusl-x64']],
      [c.win, ['win32-x64', 'win32-arm64'], ['linux-x64', 'darwin-x64']],
    ] as const) {
      // A platform's own list must carry the top-level one: a list starting with "!" would include everything.
      expect(asList(platform?.files as string[]).slice(0, asList(c.files as string[]).length)).toEqual(c.files);
      for (const k of keep) expect(excluded(platform?.files, sqlite(k)), `${k} is shipped`).toBe(false);
      for (const d of drop) expect(excluded(platform?.files, sqlite(d)), `${d} is left out`).toBe(true);
    }
  });

  it('packs the built app and ships the content outside the asar', () => {
    const c = fieldBuild();
    const includes = asList(c.files as string[]).filter((g) => !g.startsWith('!'));
    expect(includes).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(path.matchesGlob(pkg.main, 'dist/electron/**')).toBe(true);
    // build/bundle.mjs writes what the package's main and the windows' preload name.
    const bundle = fs.readFileSync(path.join(ROOT, 'build', 'bundle.mjs'), 'utf8');
    expect(bundle).toContain(`outfile: '${pkg.main}'`);
    expect(bundle).toContain("outfile: 'dist/electron/preload.cjs'");
    expect(c.extraResources).toEqual([{ from: 'assets', to: 'assets' }]);
  });

  it('names only paths that exist in the repository', () => {
    const c = fieldBuild();
    const named = [
      c.directories?.buildResources,
      ...asList(c.extraResources as { from: string }[]).map((r) => r.from),
      c.linux?.icon,
      c.win?.icon,
    ];
    for (const p of named) {
      expect(typeof p, 'a path').toBe('string');
      expect(fs.existsSync(path.join(ROOT, p as string)), `${p} exists`).toBe(true);
    }
    expect(c.directories?.buildResources).toBe('build');
  });

  it('has real icons: Linux PNGs of each size, 256 and 512 among them, and a Windows .ico with a 256 image', () => {
    const c = fieldBuild();
    const dir = path.join(ROOT, c.linux?.icon as string);
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pngs).toEqual(expect.arrayContaining(['256x256.png', '512x512.png']));
    for (const f of pngs) {
      const n = Number(/^(\d+)x\1\.png$/.exec(f)?.[1]);
      expect(pngSize(path.join(dir, f)), f).toEqual([n, n]);
    }
    const ico = fs.readFileSync(path.join(ROOT, c.win?.icon as string));
    expect(ico.readUInt16LE(2), 'ICO type').toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(fs.existsSync(path.join(ROOT, 'build', 'icon.svg')), 'the icon source is committed').toBe(true);
  });

  it('the Windows lock-down examples start the program where the per-machine installer puts it', () => {
    const c = fieldBuild();
    // NSIS per-machine: C:\Program Files\<productName>\<productName>.exe (no win.executableName set).
    expect(c.win?.executableName).toBeUndefined();
    const exe = `%ProgramFiles%\\${c.productName}\\${c.productName}.exe`;
    for (const f of ['shell-launcher.xml', 'assigned-access-restricted.xml']) {
      expect(fs.readFileSync(path.join(ROOT, 'build', 'windows', f), 'utf8'), f).toContain(exe);
    }
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'deployment.md'), 'utf8')).toContain(`C:\\Program Files\\${c.productName}\\${c.productName}.exe`);
  });

  it('verifies the Electron zip against the checksums of the pinned npm electron package', () => {
    const c = fieldBuild();
    const { version, checksums } = pinnedElectron();
    expect(version).toBe('45.4.1');
    expect((c.electronDownload as { checksums?: Record<string, string> }).checksums).toEqual(checksums);
    expect(checksums[`electron-v${version}-linux-x64.zip`]).toMatch(/^[0-9a-f]{64}$/);
    expect(checksums[`electron-v${version}-win32-x64.zip`]).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig({ ELECTRON_BUILDER_ELECTRON_DIST: '/opt/electron-45.4.1' }).electronDist).toBe('/opt/electron-45.4.1');
    expect(fieldBuild().electronDist).toBeUndefined();
  });
});

describe('npm run package: the Electron zip check', () => {
  const temps: string[] = [];
  const temp = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dhp-package-'));
    temps.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  // A closed loopback port stands for "no network": the check never leaves this machine.
  let closedPort = 0;
  beforeAll(async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closedPort = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
  });
  const offline = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: temp(), XDG_CACHE_HOME: temp(), ELECTRON_MIRROR: `http://127.0.0.1:${closedPort}/`, ...extra });
  const { version, checksums } = pinnedElectron();
  const zipName = `electron-v${version}-linux-x64.zip`;

  it('reads the platforms and architectures from electron-builder flags', () => {
    expect(requestedTargets([], 'linux', 'x64')).toEqual([{ platform: 'linux', arch: 'x64' }]);
    expect(requestedTargets(['--win'], 'linux', 'x64')).toEqual([{ platform: 'win32', arch: 'x64' }]);
    expect(requestedTargets(['-l', '--arm64'], 'win32', 'x64')).toEqual([{ platform: 'linux', arch: 'arm64' }]);
    expect(requestedTargets(['--linux', '--win', 'dir'], 'linux', 'arm64')).toHaveLength(2);
  });

  it('looks for a seeded zip exactly where @electron/get keeps it', () => {
    const getDir = path.dirname(require.resolve('@electron/get/package.json', { paths: [path.dirname(require.resolve('app-builder-lib/package.json'))] }));
    const { Cache } = require(path.join(getDir, 'dist', 'cjs', 'Cache.js')) as { Cache: new (root: string) => { getCachePath(url: string, file: string): string } };
    for (const env of [{}, { ELECTRON_MIRROR: 'https://mirror.example/electron/' }, { ELECTRON_CUSTOM_DIR: '{{ version }}' }]) {
      const url = electronZipUrl(version, zipName, env);
      expect(url.endsWith(`/${zipName}`)).toBe(true);
      expect(electronCachePath(url, zipName, '/cache')).toBe(new Cache('/cache').getCachePath(url, zipName));
    }
  });

  it('accepts an unpacked Electron of the pinned version and refuses others, by reason', () => {
    const dist = temp();
    fs.writeFileSync(path.join(dist, 'electron'), '');
    fs.writeFileSync(path.join(dist, 'version'), version);
    expect(checkElectronDist(dist, version, zipName, checksums, 'linux')).toBeNull();
    fs.writeFileSync(path.join(dist, 'version'), '44.0.0');
    expect(checkElectronDist(dist, version, zipName, checksums, 'linux')).toMatch(/is Electron 44\.0\.0, not 45\.4\.1/);
    expect(checkElectronDist(dist, version, zipName, checksums, 'win32')).toMatch(/no electron\.exe/);
    expect(checkElectronDist(path.join(dist, 'nope'), version, zipName, checksums, 'linux')).toMatch(/does not exist/);
    const zip = path.join(dist, zipName);
    fs.writeFileSync(zip, 'not the real zip');
    expect(checkElectronDist(zip, version, zipName, checksums, 'linux')).toMatch(/SHA-256 differs/);
    expect(checkElectronDist(dist, version, zipName, checksums, 'linux'), 'a folder holding the zip').toMatch(/SHA-256 differs/);
  });

  it('offline, passes with an unpacked Electron in ELECTRON_BUILDER_ELECTRON_DIST, one platform at a time', async () => {
    const dist = temp();
    fs.writeFileSync(path.join(dist, 'electron'), '');
    fs.writeFileSync(path.join(dist, 'version'), `v${version}`);
    expect(await electronSourceProblem(['--linux', '--x64'], offline({ ELECTRON_BUILDER_ELECTRON_DIST: dist }))).toBeNull();
    expect(await electronSourceProblem(['--linux', '--win'], offline({ ELECTRON_BUILDER_ELECTRON_DIST: dist }))).toMatch(/one at a time/);
  });

  it('names a damaged zip in the download cache instead of letting electron-builder fail on it', async () => {
    const env = offline();
    const url = electronZipUrl(version, zipName, env);
    const cached = electronCachePath(url, zipName, path.join(env.XDG_CACHE_HOME as string, 'electron'));
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(cached, 'damaged');
    expect(await electronSourceProblem(['--linux', '--x64'], env)).toMatch(/is damaged/);
  });

  it('offline with no zip anywhere: one line saying how to provide it', async () => {
    const problem = await electronSourceProblem(['--linux', '--x64'], offline());
    expect(problem).toMatch(/^package: cannot download Electron 45\.4\.1 for linux-x64 \(ECONNREFUSED\); set ELECTRON_BUILDER_ELECTRON_DIST to an unpacked Electron 45\.4\.1 folder or to electron-v45\.4\.1-linux-x64\.zip, or put that zip at \/.+\/electron-v45\.4\.1-linux-x64\.zip/);
    expect(problem).not.toContain('\n');
  });

  it('`npm run package` itself prints that one line and no stack trace, and builds nothing', () => {
    const node = path.join(ROOT, 'node_modules', '.bin', 'node');
    const r = spawnSync(fs.existsSync(node) ? node : process.execPath, [path.join(ROOT, 'build', 'package.mjs'), '--linux'], { cwd: ROOT, env: offline(), encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    const lines = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^package: cannot download Electron 45\.4\.1 .*ELECTRON_BUILDER_ELECTRON_DIST/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });
});
