// @ts-check
// `npm run package [-- electron-builder args]`: checks that the pinned Electron's zip can be
// had before anything is built, then builds (build/bundle.mjs) and runs electron-builder with
// electron-builder.config.cjs. Where the zip cannot be had it fails with ONE line that says
// how to provide it — never electron-builder's stack trace.
//
// Where the zip may come from, in the order electron-builder itself looks:
//   1. ELECTRON_BUILDER_ELECTRON_DIST: an unpacked Electron folder, a folder holding the zip,
//      or the zip itself (its SHA-256 is checked against the npm electron package here);
//   2. the Electron download cache (~/.cache/electron/<hash>/electron-v…-linux-x64.zip on
//      Linux), as @electron/get lays it out;
//   3. the download itself (ELECTRON_MIRROR honoured), probed here with one HEAD request.
// Never require('electron') here: on Electron ≥ 42 that starts a download.
/* global fetch, AbortSignal -- Node ≥ 18 globals */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_MIRROR = 'https://github.com/electron/electron/releases/download/';

/** @returns {{ version: string, checksums: Record<string, string> }} */
export function pinnedElectron() {
  const dir = path.dirname(require.resolve('electron/package.json', { paths: [ROOT] }));
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const checksums = JSON.parse(fs.readFileSync(path.join(dir, 'checksums.json'), 'utf8'));
  return { version, checksums };
}

/**
 * The platforms and architectures electron-builder will package for, from its own flags.
 * @param {string[]} args
 * @returns {{ platform: string, arch: string }[]}
 */
export function requestedTargets(args, hostPlatform = process.platform, hostArch = process.arch) {
  const platforms = new Set();
  const arches = new Set();
  for (const a of args) {
    if (a === '--linux' || a === '-l') platforms.add('linux');
    else if (a === '--win' || a === '-w' || a === '--windows') platforms.add('win32');
    else if (a === '--mac' || a === '-m' || a === '--macos' || a === '-o') platforms.add('darwin');
    else if (['--x64', '--arm64', '--ia32', '--armv7l'].includes(a)) arches.add(a.slice(2));
  }
  if (platforms.size === 0) platforms.add(hostPlatform);
  if (arches.size === 0) arches.add(hostArch === 'arm64' ? 'arm64' : 'x64');
  return [...platforms].flatMap((platform) => [...arches].map((arch) => ({ platform, arch })));
}

/** @electron/get's default cache root (env-paths('electron').cache), as electron-builder uses it. */
export function electronCacheRoot(env = process.env, platform = process.platform, home = os.homedir()) {
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'electron');
}

/**
 * The download URL @electron/get would use, with the mirror variables it honours.
 * @param {string} version @param {string} zipName @param {NodeJS.ProcessEnv} [env]
 */
export function electronZipUrl(version, zipName, env = process.env) {
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || DEFAULT_MIRROR;
  const customDir = (env.ELECTRON_CUSTOM_DIR || env.npm_config_electron_custom_dir || `v${version}`).replace(/\{\{\s*version\s*\}\}/g, version);
  return `${mirror.endsWith('/') ? mirror : `${mirror}/`}${customDir}/${zipName}`;
}

/**
 * Where @electron/get keeps a downloaded zip: <root>/<sha256 of the URL's folder>/<file>.
 * @param {string} url @param {string} zipName @param {string} root
 */
export function electronCachePath(url, zipName, root) {
  const u = new URL(url);
  const folderUrl = `${u.protocol}//${u.host}${path.posix.dirname(u.pathname)}`;
  return path.join(root, crypto.createHash('sha256').update(folderUrl).digest('hex'), zipName);
}

const sha256 = (/** @type {string} */ file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Checks one ELECTRON_BUILDER_ELECTRON_DIST value; null when usable, else the reason.
 * @param {string} dist @param {string} version @param {string} zipName
 * @param {Record<string, string>} checksums @param {string} platform
 * @returns {string | null}
 */
export function checkElectronDist(dist, version, zipName, checksums, platform) {
  if (!fs.existsSync(dist)) return `ELECTRON_BUILDER_ELECTRON_DIST=${dist} does not exist`;
  const zipOk = (/** @type {string} */ zip) => (sha256(zip) === checksums[zipName] ? null : `${zip} is not ${zipName} (its SHA-256 differs from the npm electron package's)`);
  if (fs.statSync(dist).isFile()) return dist.endsWith('.zip') ? zipOk(dist) : `ELECTRON_BUILDER_ELECTRON_DIST=${dist} is neither a folder nor a .zip`;
  if (fs.existsSync(path.join(dist, zipName))) return zipOk(path.join(dist, zipName));
  const exe = platform === 'win32' ? 'electron.exe' : platform === 'darwin' ? 'Electron.app' : 'electron';
  if (!fs.existsSync(path.join(dist, exe))) return `ELECTRON_BUILDER_ELECTRON_DIST=${dist} holds neither ${zipName} nor an unpacked Electron (no ${exe})`;
  const versionFile = path.join(dist, 'version');
  const found = fs.existsSync(versionFile) ? fs.readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') : null;
  if (found !== version) return `ELECTRON_BUILDER_ELECTRON_DIST=${dist} is Electron ${found ?? '(no version file)'}, not ${version}`;
  return null;
}

/** @param {string} url @returns {Promise<string | null>} null when the URL answers, else the error. */
async function probe(url) {
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(8000) });
    return res.ok ? null : `HTTP ${res.status}`;
  } catch (err) {
    const e = /** @type {Error & { cause?: { code?: string, message?: string } }} */ (err);
    return e.cause?.code ?? e.cause?.message ?? e.message;
  }
}

/**
 * Null when electron-builder will find the zip for every target, else the one line to print.
 * @param {string[]} args
 */
export async function electronSourceProblem(args, env = process.env) {
  const { version, checksums } = pinnedElectron();
  const targets = requestedTargets(args);
  const dist = env.ELECTRON_BUILDER_ELECTRON_DIST;
  const hint = (/** @type {string} */ zipName, /** @type {string} */ cacheFile) =>
    `set ELECTRON_BUILDER_ELECTRON_DIST to an unpacked Electron ${version} folder or to ${zipName}, or put that zip at ${cacheFile} (docs/deployment.md, "Building the installers")`;
  if (dist && targets.length > 1) return `package: ELECTRON_BUILDER_ELECTRON_DIST serves one platform and architecture; package ${targets.map((t) => `${t.platform}-${t.arch}`).join(' and ')} one at a time`;
  for (const { platform, arch } of targets) {
    const zipName = `electron-v${version}-${platform}-${arch}.zip`;
    const url = electronZipUrl(version, zipName, env);
    const cacheFile = electronCachePath(url, zipName, electronCacheRoot(env));
    if (dist) {
      const problem = checkElectronDist(path.resolve(dist), version, zipName, checksums, platform);
      if (problem) return `package: ${problem}; ${hint(zipName, cacheFile)}`;
      continue;
    }
    if (fs.existsSync(cacheFile)) {
      if (sha256(cacheFile) === checksums[zipName]) continue;
      return `package: ${cacheFile} is damaged (SHA-256 differs from the npm electron package's); delete it, then ${hint(zipName, cacheFile)}`;
    }
    const failure = await probe(url);
    if (failure) return `package: cannot download Electron ${version} for ${platform}-${arch} (${failure}); ${hint(zipName, cacheFile)}`;
  }
  return null;
}

/** @param {string} cmd @param {string[]} args */
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

async function main() {
  const args = process.argv.slice(2);
  const problem = await electronSourceProblem(args);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  if (run(process.execPath, ['build/bundle.mjs']) !== 0) process.exit(1);
  const cli = require.resolve('electron-builder/cli.js', { paths: [ROOT] });
  const status = run(process.execPath, [cli, '--config', 'electron-builder.config.cjs', ...args]);
  if (status !== 0) {
    console.error(
      `package: electron-builder failed (exit ${status}). If it could not download a toolset (AppImage runtime, fpm, NSIS), seed ${process.env.ELECTRON_BUILDER_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'electron-builder')} or set ELECTRON_BUILDER_BINARIES_MIRROR (docs/deployment.md, "Building the installers").`,
    );
    process.exit(status);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
