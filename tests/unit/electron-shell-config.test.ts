import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// Only modules that import electron as types: loading the real module would start a download.
import { kioskWebPreferences } from '../../electron/security';
import { isTrustedUrl, placeScreens } from '../../electron/screens';
import { SCREEN_ROLES } from '../../contract/screens';
import { PROJECT_ROOT } from '../support/temp-dirs';

const ELECTRON_DIR = path.join(PROJECT_ROOT, 'electron');

describe('Electron shell settings', () => {
  it('locks every window down', () => {
    const prefs = kioskWebPreferences('/app/preload.cjs', 'kiosk', false);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs.additionalArguments).toEqual(['--dhp-screen=kiosk']);
  });

  it('trusts only its own app:// origin, by parsed origin', () => {
    expect(isTrustedUrl('app://kiosk/desk')).toBe(true);
    expect(isTrustedUrl('app://kiosk.evil.example/desk')).toBe(false);
    expect(isTrustedUrl('https://kiosk/')).toBe(false);
    expect(isTrustedUrl('file:///app/kiosk')).toBe(false);
    expect(isTrustedUrl(null)).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
  });

  it('gives the visitor screens no more than the visitor role', () => {
    expect(SCREEN_ROLES).toEqual({ kiosk: 'visitor', board: 'visitor', desk: 'volunteer' });
  });

  it('puts each screen on its own display where there are several', () => {
    expect(placeScreens(1)).toEqual(['kiosk']);
    expect(placeScreens(2)).toEqual(['kiosk', 'desk']);
    expect(placeScreens(3)).toEqual(['kiosk', 'desk', 'board']);
    expect(placeScreens(5)).toEqual(['kiosk', 'desk', 'board']);
  });
});

describe('which shell modules tests may load', () => {
  /** electron/*.ts that import a value (not only types) from 'electron'. */
  function runtimeModules(): string[] {
    return fs
      .readdirSync(ELECTRON_DIR)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /^import\s+(?!type\b)[^;]*from\s+'electron';/m.test(fs.readFileSync(path.join(ELECTRON_DIR, f), 'utf8')))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
  }

  it('lint forbids tests every module that loads electron at run time, and only those', () => {
    const config = fs.readFileSync(path.join(PROJECT_ROOT, 'eslint.config.js'), 'utf8');
    const listed = JSON.parse(/const ELECTRON_RUNTIME_MODULES = (\[[^\]]*\]);/.exec(config)![1]!.replace(/'/g, '"')) as string[];
    expect([...listed].sort()).toEqual(runtimeModules());
  });

  it('the policy modules the unit tests use load no electron', () => {
    for (const pure of ['security', 'screens', 'shortcuts', 'recovery', 'shell-pages', 'startup-failure', 'staff-quit', 'shell-log']) expect(runtimeModules()).not.toContain(pure);
  });
});
