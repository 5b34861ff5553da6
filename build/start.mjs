// `npm start`: the Electron kiosk when an Electron binary is present, otherwise the
// browser shell. Never `require('electron')` here: on Electron ≥ 42 that tries a download.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);

function electronBinary() {
  const exe = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, exe);
    return fs.existsSync(candidate) ? candidate : null;
  }
  const pathTxt = path.join('node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathTxt)) return null;
  const candidate = path.join('node_modules', 'electron', 'dist', fs.readFileSync(pathTxt, 'utf8').trim());
  return fs.existsSync(candidate) ? candidate : null;
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const wantsHelp = args.includes('--help') || args.includes('-h');
const electron = wantsHelp ? null : electronBinary();
if (electron) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, ['.', ...args], env);
} else {
  if (!wantsHelp) console.log('No Electron binary here (set ELECTRON_OVERRIDE_DIST_PATH to use one): starting the browser shell.');
  run(process.execPath, ['dist/browser-shell/main.mjs', ...args]);
}
