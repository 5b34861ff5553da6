import { describe, expect, it } from 'vitest';
// Only modules that import electron as types: loading the real module would start a download.
import {
  ipcSenderScreen,
  kioskWebPreferences,
  LOCKED_PREFERENCES,
  navigationAllowed,
  permissionAllowed,
  PRINT_PARTITION,
  printWebPreferences,
  shellPageWebPreferences,
  windowOpenDecision,
  windowOptions,
  type WindowKind,
} from '../../electron/security';
import { displayOrder, isScreenUrl, isTrustedUrl } from '../../electron/screens';
import { SCREEN_NAMES } from '../../contract/screens';

const BOUNDS = { x: 0, y: 0, width: 1920, height: 1080 };

/** Every option Electron's checklist names, with the value every window must have. */
const CHECKLIST = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
  navigateOnDragDrop: false,
  spellcheck: false,
  zoomFactor: 1,
};

const EVERY_WINDOW = {
  'kiosk screen': windowOptions({ kind: 'screen', screen: 'kiosk', preload: '/app/preload.cjs', devTools: false, bounds: BOUNDS }),
  'desk screen': windowOptions({ kind: 'screen', screen: 'desk', preload: '/app/preload.cjs', devTools: false, bounds: BOUNDS }),
  'board screen': windowOptions({ kind: 'screen', screen: 'board', preload: '/app/preload.cjs', devTools: false, bounds: BOUNDS }),
  print: windowOptions({ kind: 'print' }),
  'staff-quit prompt': windowOptions({ kind: 'staff-quit' }),
  'start-up error': windowOptions({ kind: 'startup-error', bounds: BOUNDS, title: 'x' }),
  notice: windowOptions({ kind: 'notice', title: 'x' }),
};

describe('window options: the checklist on every window', () => {
  it.each(Object.entries(EVERY_WINDOW))('%s sets every checklist item explicitly', (_name, options) => {
    const prefs = options.webPreferences!;
    for (const [key, value] of Object.entries(CHECKLIST)) {
      // Explicitly present, not merely defaulted (Electronegativity reads the source the same way).
      expect(Object.hasOwn(prefs, key), key).toBe(true);
      expect(prefs[key as keyof typeof prefs], key).toBe(value);
    }
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(options.show).toBe(false);
  });

  it('the print window (R18): Auxclick off, no script, no preload, no devtools, its own session', () => {
    const prefs = printWebPreferences();
    expect(prefs).toMatchObject({ disableBlinkFeatures: 'Auxclick', javascript: false, devTools: false, partition: PRINT_PARTITION });
    expect(prefs.preload).toBeUndefined();
    expect(EVERY_WINDOW.print.webPreferences).toEqual(prefs);
    expect(EVERY_WINDOW.print.focusable).toBe(false);
  });

  it('the static pages run no script and have no preload or devtools', () => {
    for (const options of [EVERY_WINDOW['staff-quit prompt'], EVERY_WINDOW['start-up error'], EVERY_WINDOW.notice]) {
      expect(options.webPreferences).toEqual(shellPageWebPreferences());
      expect(options.webPreferences!.javascript).toBe(false);
      expect(options.webPreferences!.devTools).toBe(false);
      expect(options.webPreferences!.preload).toBeUndefined();
    }
  });

  it('screen windows get the preload and their screen name, and devtools only when asked (unpackaged builds)', () => {
    const prefs = kioskWebPreferences('/app/preload.cjs', 'desk', false);
    expect(prefs).toMatchObject({ ...LOCKED_PREFERENCES, preload: '/app/preload.cjs', javascript: true, devTools: false, additionalArguments: ['--dhp-screen=desk'] });
    expect(kioskWebPreferences('/p', 'kiosk', true).devTools).toBe(true);
  });

  it('the kiosk is a kiosk-mode window on its display; the board is full screen; the desk is an ordinary window', () => {
    expect(EVERY_WINDOW['kiosk screen']).toMatchObject({ ...BOUNDS, kiosk: true, fullscreen: true });
    expect(EVERY_WINDOW['board screen']).toMatchObject({ kiosk: false, fullscreen: true });
    expect(EVERY_WINDOW['desk screen']).toMatchObject({ kiosk: false, fullscreen: false });
  });

  it('the notice fills its display like the screen it replaces; the start-up error is an ordinary window at the display’s bounds', () => {
    expect(windowOptions({ kind: 'notice', bounds: BOUNDS, title: 'x', fullscreen: true })).toMatchObject({ ...BOUNDS, fullscreen: true, fullscreenable: true, resizable: false });
    expect(EVERY_WINDOW['start-up error']).toMatchObject({ ...BOUNDS, fullscreen: false, resizable: false });
  });

  it('the PIN prompt is a small modal window that stays on top', () => {
    expect(EVERY_WINDOW['staff-quit prompt']).toMatchObject({ modal: true, alwaysOnTop: true, resizable: false, fullscreenable: false });
  });
});

describe('navigation, redirects and subframes', () => {
  const hostile = [
    'https://example.com/',
    'http://127.0.0.1:4780/kiosk',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file:///app/dist/renderer/index.html',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://kiosk/0b1c',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'app://other/kiosk',
    'app://kiosk.evil.example/kiosk',
    'app://evil.example/kiosk#app://kiosk/kiosk',
    'app://kiosk:8080/kiosk',
    'app://user:pw@kiosk/kiosk',
    'app://user@kiosk/kiosk',
    'app://kiosk/',
    'app://kiosk/index.html',
    'app://kiosk/content/walkthroughs/vneid/pictures/step1.svg',
    'app://kiosk/assets/index-abc.js',
    'app://kiosk/kiosk/../desk/x',
    'app://kiosk/%6Biosk',
    'app://kiosk/staff',
    'app://kiosk/.shell/close',
    'app://kiosk/.shell/staff-quit?pin=123456&do=quit',
    '',
    'not a url',
  ];

  it.each(hostile)('refuses %s in a screen window', (url) => {
    expect(navigationAllowed({ url, kind: 'screen', isMainFrame: true })).toBe(false);
  });

  it.each(SCREEN_NAMES)('lets a screen window reach the %s page only, in its main frame', (screen) => {
    for (const url of [`app://kiosk/${screen}`, `app://kiosk/${screen}/`, `app://kiosk/${screen}#key=x`, `app://kiosk/${screen}?lang=en`]) {
      expect(navigationAllowed({ url, kind: 'screen', isMainFrame: true }), url).toBe(true);
      // Subframes: none, ever (will-frame-navigate), even to our own pages.
      expect(navigationAllowed({ url, kind: 'screen', isMainFrame: false }), url).toBe(false);
    }
  });

  const otherKinds: (WindowKind | undefined)[] = ['print', 'staff-quit', 'startup-error', 'notice', undefined];
  it.each(otherKinds.map((k) => [String(k)] as const))('a %s web contents navigates nowhere, our pages included', (kind) => {
    const k = kind === 'undefined' ? undefined : (kind as WindowKind);
    for (const url of ['app://kiosk/kiosk', 'app://kiosk/.shell/close', ...hostile]) {
      expect(navigationAllowed({ url, kind: k, isMainFrame: true }), url).toBe(false);
    }
  });

  it('opens no new window, from any page, to any place', () => {
    for (const url of ['https://example.com/', 'app://kiosk/kiosk', 'javascript:x', '', undefined]) expect(windowOpenDecision({ url })).toEqual({ action: 'deny' });
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const PERMISSIONS = [
    'media',
    'display-capture',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'window-management',
    'local-fonts',
    'storage-access',
    'top-level-storage-access',
    'screen-wake-lock',
    'speaker-selection',
    'keyboardLock',
    'persistent-storage',
    'unknown',
    'something-new',
  ];
  it.each(PERMISSIONS)('refuses %s, to our own origin and any other', (permission) => {
    for (const origin of ['app://kiosk', 'app://kiosk/kiosk', 'https://example.com', 'null', '', null, undefined]) expect(permissionAllowed(permission, origin)).toBe(false);
  });
});

describe('IPC sender check', () => {
  const main = (url: string) => ({ url, isMainFrame: true });

  it('accepts a screen window calling from its own page, main frame', () => {
    for (const screen of SCREEN_NAMES) expect(ipcSenderScreen({ windowScreen: screen, frame: main(`app://kiosk/${screen}`) })).toBe(screen);
    expect(ipcSenderScreen({ windowScreen: 'kiosk', frame: main('app://kiosk/kiosk#key=abc') })).toBe('kiosk');
  });

  it('refuses a window the shell did not open as a screen (PIN prompt, print, devtools, …)', () => {
    expect(ipcSenderScreen({ windowScreen: undefined, frame: main('app://kiosk/desk') })).toBeNull();
  });

  it('refuses a gone frame (senderFrame null after navigation)', () => {
    expect(ipcSenderScreen({ windowScreen: 'desk', frame: null })).toBeNull();
  });

  it('refuses a subframe, even one on our own origin and page', () => {
    expect(ipcSenderScreen({ windowScreen: 'desk', frame: { url: 'app://kiosk/desk', isMainFrame: false } })).toBeNull();
  });

  it('refuses another screen’s page in this window: the kiosk window cannot act as the desk by loading /desk', () => {
    expect(ipcSenderScreen({ windowScreen: 'kiosk', frame: main('app://kiosk/desk') })).toBeNull();
    expect(ipcSenderScreen({ windowScreen: 'board', frame: main('app://kiosk/desk') })).toBeNull();
  });

  it.each([
    'https://example.com/desk',
    'file:///app/dist/renderer/index.html',
    'data:text/html,x',
    'about:blank',
    'app://other/desk',
    'app://kiosk.evil/desk',
    'app://kiosk:1/desk',
    'app://kiosk/content/x.svg',
    'app://kiosk/',
    '',
    'javascript:1',
  ])('refuses a desk window whose frame shows %s', (url) => {
    expect(ipcSenderScreen({ windowScreen: 'desk', frame: main(url) })).toBeNull();
  });
});

describe('our origin and the screen pages', () => {
  it('trusts only app://kiosk, by parsed origin', () => {
    expect(isTrustedUrl('app://kiosk/desk')).toBe(true);
    expect(isTrustedUrl('app://kiosk.evil.example/desk')).toBe(false);
    expect(isTrustedUrl('https://kiosk/')).toBe(false);
    expect(isTrustedUrl('file:///app/kiosk')).toBe(false);
    expect(isTrustedUrl('app://kiosk@evil/desk')).toBe(false);
    expect(isTrustedUrl(null)).toBe(false);
    expect(isTrustedUrl(undefined)).toBe(false);
    expect(isTrustedUrl('not a url')).toBe(false);
  });

  it('a screen page is exactly /<screen>', () => {
    expect(isScreenUrl('app://kiosk/kiosk')).toBe(true);
    expect(isScreenUrl('app://kiosk/kiosk', 'desk')).toBe(false);
    expect(isScreenUrl('app://kiosk/kiosk/extra')).toBe(false);
    expect(isScreenUrl('app://kiosk/KIOSK')).toBe(false);
  });
});

describe('display order', () => {
  it('puts the primary display first, the others in the system’s order', () => {
    const displays = [{ id: 7 }, { id: 3 }, { id: 9 }];
    expect(displayOrder(displays, 3).map((d) => d.id)).toEqual([3, 7, 9]);
    expect(displayOrder(displays, 7).map((d) => d.id)).toEqual([7, 3, 9]);
    expect(displayOrder(displays, 42).map((d) => d.id)).toEqual([7, 3, 9]);
    expect(displayOrder([], 1)).toEqual([]);
  });
});
