import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';
import { findTool } from '../../build/test-tools.mjs';

// The Linux kiosk units shipped in build/linux/: read as files and checked against the
// packaging config, then by `systemd-analyze verify` where it is installed.
const ROOT = path.resolve(__dirname, '..', '..');
const LINUX = path.join(ROOT, 'build', 'linux');
const ELECTRON_UNIT = 'digital-help-point-kiosk.service';
const BROWSER_UNIT = 'digital-help-point-browser-kiosk.service';
const config = createRequire(import.meta.url)(path.join(ROOT, 'electron-builder.config.cjs')) as Configuration;

type Unit = Record<string, Record<string, string[]>>;

/** A systemd unit file as section → key → values (a key may repeat). */
function parseUnit(file: string): Unit {
  const unit: Unit = {};
  let section = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1] as string;
      unit[section] ??= {};
      continue;
    }
    const eq = line.indexOf('=');
    expect(eq, `${path.basename(file)}: "${line}" is key=value`).toBeGreaterThan(0);
    const values = ((unit[section] ??= {})[line.slice(0, eq).trim()] ??= []);
    values.push(line.slice(eq + 1).trim());
  }
  return unit;
}

/** ExecStart= split into words the way systemd does for double quotes. */
function words(command: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of command.matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string));
  return out;
}

const one = (unit: Unit, section: string, key: string): string => {
  const v = unit[section]?.[key];
  expect(v, `[${section}] ${key}=`).toHaveLength(1);
  return (v as string[])[0] as string;
};
const all = (unit: Unit, section: string, key: string): string[] => (unit[section]?.[key] ?? []).flatMap((v) => v.split(/\s+/));

/** The kiosk-session settings both units share: an unprivileged user's PAM session on tty1, always restarted. */
function expectKioskSession(unit: Unit): void {
  expect(one(unit, 'Service', 'Restart')).toBe('always');
  expect(one(unit, 'Unit', 'StartLimitIntervalSec')).toBe('0');
  const user = one(unit, 'Service', 'User');
  expect(user).toBe('dhp-kiosk');
  expect(user).not.toBe('root');
  const pam = one(unit, 'Service', 'PAMName');
  const pamFile = path.join(LINUX, 'pam.d', pam);
  expect(fs.existsSync(pamFile), `the PAM service ${pam} is shipped`).toBe(true);
  expect(fs.readFileSync(pamFile, 'utf8')).toMatch(/^session\s+required\s+pam_systemd\.so$/m);
  expect(one(unit, 'Service', 'TTYPath')).toBe('/dev/tty1');
  expect(all(unit, 'Unit', 'Conflicts')).toContain('getty@tty1.service');
  expect(all(unit, 'Install', 'WantedBy')).toEqual(['graphical.target']);
}

describe('Linux kiosk units', () => {
  it('the Electron unit starts the packaged binary under cage, restarting always', () => {
    const unit = parseUnit(path.join(LINUX, ELECTRON_UNIT));
    const argv = words(one(unit, 'Service', 'ExecStart'));
    expect(argv.slice(0, 3)).toEqual(['/usr/bin/cage', '-d', '--']);
    // Where the .deb puts the executable: /opt/<productName>/<linux.executableName>.
    expect(argv[3]).toBe(`/opt/${config.productName}/${config.linux?.executableName}`);
    expectKioskSession(unit);
  });

  it('the browser-shell unit runs the built host with the pinned Node under cage', () => {
    const unit = parseUnit(path.join(LINUX, BROWSER_UNIT));
    const argv = words(one(unit, 'Service', 'ExecStart'));
    const dir = one(unit, 'Service', 'WorkingDirectory');
    expect(argv.slice(0, 3)).toEqual(['/usr/bin/cage', '-d', '--']);
    expect(argv.slice(3, 5)).toEqual([`${dir}/node_modules/.bin/node`, `${dir}/dist/browser-shell/main.mjs`]);
    // The same file build/bundle.mjs writes and `npm start` runs.
    expect(fs.readFileSync(path.join(ROOT, 'build', 'bundle.mjs'), 'utf8')).toContain("outfile: 'dist/browser-shell/main.mjs'");
    expect(all(unit, 'Unit', 'Conflicts')).toContain(ELECTRON_UNIT);
    expectKioskSession(unit);
  });

  it('the deployment guide names the shipped files', () => {
    const guide = fs.readFileSync(path.join(ROOT, 'docs', 'deployment.md'), 'utf8');
    for (const f of [`build/linux/${ELECTRON_UNIT}`, `build/linux/${BROWSER_UNIT}`, 'build/linux/pam.d/digital-help-point-kiosk']) expect(guide).toContain(f);
  });

  describe('systemd-analyze verify', () => {
    const analyze = findTool('systemd');
    const systemUnits = ['/usr/lib/systemd/system', '/lib/systemd/system'].find((d) => fs.existsSync(path.join(d, 'sysinit.target')));
    const skip = !analyze ? 'systemd-analyze is not installed (apt-get install systemd)' : !systemUnits ? 'no systemd unit tree to verify against' : null;
    if (skip) console.log(`systemd-unit.test: skipping systemd-analyze verify: ${skip}`);

    // A throw-away root holding the distribution's units, ours, and a stand-in /usr/bin/cage,
    // so the check does not depend on cage being installed on this machine.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dhp-units-'));
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it.skipIf(skip !== null).each([ELECTRON_UNIT, BROWSER_UNIT])('%s verifies with no warning', (name) => {
      fs.mkdirSync(path.join(root, 'usr', 'lib', 'systemd'), { recursive: true });
      if (!fs.existsSync(path.join(root, 'usr', 'lib', 'systemd', 'system'))) fs.cpSync(systemUnits as string, path.join(root, 'usr', 'lib', 'systemd', 'system'), { recursive: true, verbatimSymlinks: true });
      fs.mkdirSync(path.join(root, 'usr', 'bin'), { recursive: true });
      fs.writeFileSync(path.join(root, 'usr', 'bin', 'cage'), '#!/bin/sh\n', { mode: 0o755 });
      fs.mkdirSync(path.join(root, 'etc', 'systemd', 'system'), { recursive: true });
      for (const u of [ELECTRON_UNIT, BROWSER_UNIT]) fs.copyFileSync(path.join(LINUX, u), path.join(root, 'etc', 'systemd', 'system', u));
      const r = spawnSync(analyze as string, ['verify', '--man=no', `--root=${root}`, name], { encoding: 'utf8', timeout: 20_000 });
      // verify exits 0 on unknown keys and bad values but prints them: any output is a failure.
      expect(`${r.stdout}${r.stderr}`.trim()).toBe('');
      expect(r.status).toBe(0);
    });
  });
});
