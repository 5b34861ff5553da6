import type { App, BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import type { ScreenName } from '../contract/screens';
import { isScreenUrl } from './screens';
import { shortcutDecision, type StaffCommand } from './shortcuts';

/*
 * The Electron security checklist as code. Everything decided here is a pure
 * function of its inputs (tested in Node: tests/unit/electron-security.test.ts);
 * `lockDownWebContents` and `lockDownSession` only wire those decisions to Electron's
 * events. This file imports Electron's types only, so tests can load it.
 */

/**
 * What a web contents is, by how the shell made it:
 *   - `screen`: the kiosk, desk or board, the renderer on app://kiosk/<screen>;
 *   - `print`: the hidden window a receipt is printed from (a data: document, no script);
 *   - `staff-quit`: the PIN prompt before staff quit (a data: page, no script);
 *   - `startup-error` / `notice`: the static bilingual pages (a data: page, no script).
 * A web contents the shell did not make (none should exist) has no kind and gets nothing.
 */
export type WindowKind = 'screen' | 'print' | 'staff-quit' | 'startup-error' | 'notice';

/** Set, explicitly, on every window of every kind (Electronegativity flags omitted keys even where the default is safe). */
export const LOCKED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  // A middle click must not open anything (Electron's checklist; R18 for the print window).
  disableBlinkFeatures: 'Auxclick',
  navigateOnDragDrop: false,
  enableWebSQL: false,
  plugins: false,
  safeDialogs: true,
  // Spelling dictionaries come from a Google CDN; the kiosk is offline and needs none.
  spellcheck: false,
  // The zoom never changes (the visitor's text size is the renderer's own setting).
  zoomFactor: 1,
} as const satisfies WebPreferences;

/** The print session: separate from the screens', so the print window can be refused every request. */
export const PRINT_PARTITION = 'dhp-print';

/** A screen window's web preferences: the checklist, the bundled preload, and which screen it is. */
export function kioskWebPreferences(preload: string, screen: ScreenName, devTools: boolean): WebPreferences {
  return {
    ...LOCKED_PREFERENCES,
    preload,
    javascript: true,
    devTools,
    // The idle warning is spoken without a tap, so speech must not wait for a gesture.
    autoplayPolicy: 'no-user-gesture-required',
    additionalArguments: [`--dhp-screen=${screen}`],
  };
}

/** The print window's: no script, no preload, no devtools, its own session (see printing.ts). */
export function printWebPreferences(): WebPreferences {
  return { ...LOCKED_PREFERENCES, javascript: false, devTools: false, disableDialogs: true, partition: PRINT_PARTITION };
}

/** The static pages' (start-up error, notice, PIN prompt): no script, no preload, no devtools. */
export function shellPageWebPreferences(): WebPreferences {
  return { ...LOCKED_PREFERENCES, javascript: false, devTools: false, disableDialogs: true };
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SCREEN_TITLES: Record<ScreenName, string> = {
  kiosk: 'Điểm Hỗ trợ Số',
  desk: 'Bàn hỗ trợ — Service desk',
  board: 'Bảng gọi số — Queue board',
};

/**
 * The options of every window the shell opens. The visitor's kiosk is a kiosk-mode
 * window that cannot be closed (windows.ts); the board is full screen; the desk is
 * an ordinary window a volunteer may move. The static pages fill their display and
 * cannot be resized; the PIN prompt is small, modal over the window it was asked from.
 */
export function windowOptions(
  spec:
    | { kind: 'screen'; screen: ScreenName; preload: string; devTools: boolean; bounds: Bounds }
    | { kind: 'print' }
    | { kind: 'staff-quit' }
    | { kind: 'startup-error' | 'notice'; bounds?: Bounds; title: string; fullscreen?: boolean },
): BrowserWindowConstructorOptions {
  const common = { show: false, autoHideMenuBar: true, backgroundColor: '#ffffff' } as const;
  switch (spec.kind) {
    case 'screen':
      return {
        ...common,
        ...spec.bounds,
        kiosk: spec.screen === 'kiosk',
        fullscreen: spec.screen !== 'desk',
        title: SCREEN_TITLES[spec.screen],
        webPreferences: kioskWebPreferences(spec.preload, spec.screen, spec.devTools),
      };
    case 'print':
      return { ...common, width: 302, height: 600, focusable: false, skipTaskbar: true, webPreferences: printWebPreferences() }; // 302 px: 80 mm at 96 dpi
    case 'staff-quit':
      return {
        ...common,
        width: 560,
        height: 440,
        modal: true,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        alwaysOnTop: true,
        skipTaskbar: true,
        title: 'Nhân viên thoát — Staff quit',
        webPreferences: shellPageWebPreferences(),
      };
    case 'startup-error':
    case 'notice':
      return {
        ...common,
        ...(spec.bounds ?? { width: 1024, height: 720 }),
        resizable: false,
        // The notice stands in for a screen, so it fills its display as the screen did.
        fullscreen: spec.fullscreen ?? false,
        fullscreenable: spec.fullscreen ?? false,
        title: spec.title,
        webPreferences: shellPageWebPreferences(),
      };
  }
}

/**
 * May this web contents go to `url`? Only a screen's main frame, and only to one of
 * the three screen pages on app://kiosk (parsed, never compared as a string). No
 * subframe anywhere (the renderer has none), and no static page, ever.
 */
export function navigationAllowed(request: { url: string; kind: WindowKind | undefined; isMainFrame: boolean }): boolean {
  if (request.kind !== 'screen' || !request.isMainFrame) return false;
  return isScreenUrl(request.url);
}

/** New windows: none, from any page, to anywhere (window.open, target=_blank, middle click). */
export function windowOpenDecision(_details?: { url?: string }): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Permissions: the kiosk asks for nothing, so everything is refused, for every
 * origin, our own included (camera, microphone, notifications, geolocation,
 * clipboard, HID/USB/serial, full screen, wake lock, …). Without a handler Electron
 * grants everything.
 */
export function permissionAllowed(_permission: string, _origin?: string | null): boolean {
  return false;
}

/**
 * The screen an IPC message may act for: the screen its window was opened as, and
 * only from that window's main frame showing that screen's own page on app://kiosk.
 * Null (refused) for a window the shell does not know, a subframe, a frame that has
 * gone (`senderFrame` null after a navigation), another origin, or another screen's page.
 */
export function ipcSenderScreen(sender: { windowScreen: ScreenName | undefined; frame: { url: string; isMainFrame: boolean } | null }): ScreenName | null {
  const { windowScreen, frame } = sender;
  if (!windowScreen || !frame || !frame.isMainFrame) return null;
  return isScreenUrl(frame.url, windowScreen) ? windowScreen : null;
}

export interface LockDownHooks {
  /** What the shell made this web contents as (undefined: not ours). */
  kindOf(webContentsId: number): WindowKind | undefined;
  /** A staff key was pressed in this web contents. */
  onStaffCommand(command: StaffCommand, contents: WebContents): void;
}

/** Keeps the page at 100 %: Ctrl+wheel is the `zoom-changed` event, not a key; pinch is the visual zoom. */
function holdZoom(contents: WebContents): void {
  if (contents.isDestroyed()) return;
  contents.setZoomFactor(1);
  contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
}

/**
 * For every web contents ever created: navigation, redirects, subframe navigation,
 * new windows, webviews, the context menu, zoom and the blocked shortcuts, by the
 * decisions above. Registered before any window exists.
 */
export function lockDownWebContents(app: App, hooks: LockDownHooks): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const kind = () => hooks.kindOf(contents.id);
    contents.on('will-navigate', (event) => {
      if (!navigationAllowed({ url: event.url, kind: kind(), isMainFrame: event.isMainFrame })) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!navigationAllowed({ url: event.url, kind: kind(), isMainFrame: event.isMainFrame })) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!navigationAllowed({ url: event.url, kind: kind(), isMainFrame: event.isMainFrame })) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler((details) => windowOpenDecision(details));
    contents.on('context-menu', (event) => event.preventDefault());
    contents.on('select-bluetooth-device', (event, _devices, callback) => {
      event.preventDefault();
      callback('');
    });
    contents.on('before-input-event', (event, input) => {
      const decision = shortcutDecision(input);
      if (decision.action === 'pass') return;
      event.preventDefault();
      if (decision.action === 'staff') hooks.onStaffCommand(decision.command, contents);
    });
    contents.on('zoom-changed', () => holdZoom(contents));
    contents.on('did-finish-load', () => holdZoom(contents));
  });
}

/** Every permission, device, screen capture and download refused on one session. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((wc, permission, callback) => callback(permissionAllowed(permission, wc?.getURL())));
  session.setPermissionCheckHandler((_wc, permission, origin) => permissionAllowed(permission, origin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _wc, callback) => {
    event.preventDefault();
    callback('');
  });
  // Staff exports are written by the main process (export-dialog.ts); a page never downloads.
  session.on('will-download', (event) => event.preventDefault());
}
