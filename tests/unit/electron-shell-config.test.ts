import { describe, expect, it } from 'vitest';
// Only modules that import electron as types: loading the real module would start a download.
import { kioskWebPreferences } from '../../electron/security';
import { isTrustedUrl, placeScreens } from '../../electron/screens';
import { SCREEN_ROLES } from '../../contract/screens';

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
