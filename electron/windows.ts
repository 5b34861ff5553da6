import { BrowserWindow, screen as electronScreen, type Display } from 'electron';
import type { ScreenName } from '../contract/screens';
import { windowOptions, type Bounds, type WindowKind } from './security';
import { displayOrder, screenUrl } from './screens';
import { INITIAL_RECOVERY, recoveryStep, type FailureCause, type RecoveryAction, type RecoveryEvent, type RecoveryState } from './recovery';
import { dataUrl, screenFailedPage } from './shell-pages';
import type { ShellEvents, ShellLog } from './shell-log';

export interface RelaunchRequest {
  screen: ScreenName;
  cause: FailureCause;
  failures: number;
}

export interface WindowSetOptions {
  preload: string;
  devTools: boolean;
  log: ShellLog;
  /** Late-bound: the core opens after the window set exists. */
  events(): ShellEvents;
  /**
   * A recreated window failed again: relaunch the app. Returns false when the
   * relaunch budget is spent (recovery.ts `relaunchDecision`); the screen then
   * shows the static "ask a volunteer" page instead.
   */
  relaunch(request: RelaunchRequest): boolean;
}

export interface WindowSet {
  /** Opens the screen on the display at `displayIndex` (primary first), or focuses it if it is open. */
  open(screen: ScreenName, displayIndex?: number): BrowserWindow;
  /** Closes the desk or the board (the kiosk closes only when staff quit). */
  close(screen: Exclude<ScreenName, 'kiosk'>): void;
  screenOf(webContentsId: number): ScreenName | undefined;
  kindOf(webContentsId: number): WindowKind | undefined;
  /** Records a window the shell made itself (a static page, the PIN prompt) under its kind. */
  register(win: BrowserWindow, kind: WindowKind): void;
  /** The bounds of the display at `index` (primary first). */
  displayBounds(index?: number): Bounds;
  /** From now on the kiosk window may close (staff quit, or the system ends the app). */
  allowQuit(): void;
}

/**
 * Creates and tracks the kiosk, desk and board windows, one per display where there
 * are several, and carries out the recovery policy (recovery.ts) when a page
 * crashes or hangs: reload with back-off, recreate, relaunch; each step logged and
 * recorded for staff.
 */
export function createWindowSet(options: WindowSetOptions): WindowSet {
  const kinds = new Map<number, WindowKind>();
  const screens = new Map<number, ScreenName>();
  const byScreen = new Map<ScreenName, BrowserWindow>();
  const displayIndexOf = new Map<ScreenName, number>();
  const recovery = new Map<ScreenName, RecoveryState>();
  let quitting = false;
  const { log } = options;

  function displays(): Display[] {
    return displayOrder(electronScreen.getAllDisplays(), electronScreen.getPrimaryDisplay().id);
  }

  function displayBounds(index = 0): Bounds {
    const list = displays();
    const display = list[index] ?? list[0] ?? electronScreen.getPrimaryDisplay();
    return { ...display.bounds };
  }

  function register(win: BrowserWindow, kind: WindowKind): void {
    const id = win.webContents.id;
    kinds.set(id, kind);
    win.on('closed', () => kinds.delete(id));
  }

  function record(action: `shell.${string}`, detail: Record<string, unknown>): void {
    options.events().record(action, detail);
  }

  function step(screen: ScreenName, event: RecoveryEvent): void {
    const { state, action } = recoveryStep(recovery.get(screen) ?? INITIAL_RECOVERY, event);
    recovery.set(screen, state);
    carryOut(screen, event, action);
  }

  function carryOut(screen: ScreenName, event: RecoveryEvent, action: RecoveryAction): void {
    const win = byScreen.get(screen);
    switch (action.type) {
      case 'none':
        if (action.note === 'answered-again' && event.kind === 'responsive') log.write('info', 'window.responsive', { screen });
        if (action.note === 'clean-exit') log.write('info', 'window.renderer-exited', { screen });
        return;
      case 'wait':
        log.write('warn', 'window.unresponsive', { screen, graceMs: action.ms });
        setTimeout(() => step(screen, { kind: 'hang-timeout', at: Date.now(), since: action.since }), action.ms).unref?.();
        return;
      case 'reload': {
        const detail = { screen, cause: action.cause, failures: action.failures, delayMs: action.delayMs };
        log.write('warn', 'window.reload', detail);
        record('shell.window.reload', detail);
        if (action.killFirst && win && !win.isDestroyed()) win.webContents.forcefullyCrashRenderer();
        setTimeout(() => {
          const current = byScreen.get(screen);
          if (current && !current.isDestroyed()) current.webContents.reload();
        }, action.delayMs);
        return;
      }
      case 'recreate': {
        const detail = { screen, cause: action.cause, failures: action.failures };
        log.write('warn', 'window.recreate', detail);
        record('shell.window.recreate', detail);
        replace(screen, () => create(screen, displayIndexOf.get(screen) ?? 0));
        return;
      }
      case 'relaunch': {
        const detail = { screen, cause: action.cause, failures: action.failures };
        log.write('error', 'app.relaunch', detail);
        record('shell.app.relaunch', detail);
        if (options.relaunch(detail)) return;
        log.write('error', 'window.given-up', detail);
        record('shell.window.given-up', detail);
        replace(screen, () => notice(displayIndexOf.get(screen) ?? 0));
        return;
      }
    }
  }

  /** Puts a new window in the screen's place before the old one goes, so the app never has no window. */
  function replace(screen: ScreenName, make: () => BrowserWindow): void {
    const old = byScreen.get(screen);
    byScreen.delete(screen);
    make();
    if (old && !old.isDestroyed()) old.destroy();
  }

  /** The static "this screen has a problem" page, where a screen kept failing. */
  function notice(displayIndex: number): BrowserWindow {
    const win = new BrowserWindow(windowOptions({ kind: 'notice', bounds: displayBounds(displayIndex), title: 'Điểm Hỗ trợ Số — Sự cố · A problem', fullscreen: true })); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set by windowOptions(), tested in tests/unit/electron-security.test.ts
    register(win, 'notice');
    win.once('ready-to-show', () => win.show());
    void win.loadURL(dataUrl(screenFailedPage()));
    return win;
  }

  function create(screen: ScreenName, displayIndex: number): BrowserWindow {
    const win = new BrowserWindow(windowOptions({ kind: 'screen', screen, preload: options.preload, devTools: options.devTools, bounds: displayBounds(displayIndex) })); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK PRELOAD_JS_CHECK: set by windowOptions(), tested in tests/unit/electron-security.test.ts; the preload exposes named functions only
    const id = win.webContents.id;
    register(win, 'screen');
    screens.set(id, screen);
    byScreen.set(screen, win);
    displayIndexOf.set(screen, displayIndex);
    // Alt+F4, a window manager's close button or Ctrl+W on the visitor's screen must not close the kiosk; only staff quit does.
    win.on('close', (event) => {
      if (screen === 'kiosk' && !quitting) {
        event.preventDefault();
        log.write('info', 'window.close-refused', { screen });
      }
    });
    win.on('closed', () => {
      screens.delete(id);
      if (byScreen.get(screen) === win) byScreen.delete(screen);
    });
    const contents = win.webContents;
    contents.on('render-process-gone', (_event, details) => {
      log.write(details.reason === 'clean-exit' ? 'info' : 'error', 'window.renderer-gone', { screen, reason: details.reason, exitCode: details.exitCode });
      if (byScreen.get(screen) === win) step(screen, { kind: 'gone', reason: details.reason, at: Date.now() });
    });
    contents.on('unresponsive', () => {
      if (byScreen.get(screen) === win) step(screen, { kind: 'unresponsive', at: Date.now() });
    });
    contents.on('responsive', () => {
      if (byScreen.get(screen) === win) step(screen, { kind: 'responsive', at: Date.now() });
    });
    contents.on('did-finish-load', () => {
      if (byScreen.get(screen) === win) step(screen, { kind: 'loaded', at: Date.now() });
    });
    win.once('ready-to-show', () => win.show());
    void win.loadURL(screenUrl(screen));
    return win;
  }

  function open(screen: ScreenName, displayIndex = 0): BrowserWindow {
    const existing = byScreen.get(screen);
    if (existing && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return existing;
    }
    return create(screen, displayIndex);
  }

  return {
    open,
    close(screen) {
      const win = byScreen.get(screen);
      if (win && !win.isDestroyed()) win.close();
    },
    screenOf: (id) => screens.get(id),
    kindOf: (id) => kinds.get(id),
    register,
    displayBounds,
    allowQuit: () => {
      quitting = true;
    },
  };
}
