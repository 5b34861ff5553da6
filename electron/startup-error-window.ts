import { app, BrowserWindow } from 'electron';
import { windowOptions } from './security';
import { dataUrl, shellAction, startupErrorPage } from './shell-pages';
import type { StartupFailure } from './startup-failure';
import type { Bounds } from './security';
import type { WindowSet } from './windows';

/**
 * The bilingual start-up error window (finding R3): a static page, no script, that
 * names the file and folder and says what to do. Closing it (its button, Esc, Enter,
 * Alt+F4 or the window's own close) ends the app with exit code 1, which releases the
 * single-instance lock, so starting the app again is a real new start.
 */
export function showStartupError(failure: StartupFailure, windows: Pick<WindowSet, 'register'>, bounds: Bounds): BrowserWindow {
  const win = new BrowserWindow(windowOptions({ kind: 'startup-error', bounds, title: 'Điểm Hỗ trợ Số — Lỗi khởi động · Start-up error' })); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set by windowOptions(), tested in tests/unit/electron-security.test.ts
  windows.register(win, 'startup-error');
  win.webContents.on('will-navigate', (event) => {
    event.preventDefault();
    if (event.isMainFrame && shellAction(event.url)?.action === 'close') win.close();
  });
  win.webContents.on('before-input-event', (event, input) => {
    if (input.type !== 'keyDown') return;
    if (input.key === 'Escape' || (input.alt && input.key === 'F4') || ((input.control || input.meta) && input.key.toLowerCase() === 'w')) {
      event.preventDefault();
      win.close();
    }
  });
  win.on('closed', () => {
    app.releaseSingleInstanceLock();
    app.exit(1);
  });
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });
  void win.loadURL(dataUrl(startupErrorPage(failure)));
  return win;
}
