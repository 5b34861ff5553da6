import { BrowserWindow, screen as electronScreen } from 'electron';
import type { ScreenName } from '../contract/screens';
import { kioskWebPreferences } from './security';
import { screenUrl } from './screens';

export interface WindowSet {
  open(screen: ScreenName, displayIndex?: number): BrowserWindow;
  screenOf(webContentsId: number): ScreenName | undefined;
  allowQuit(): void;
}

/** Creates and tracks the kiosk, desk and board windows, one per display where there are several. */
export function createWindowSet(preload: string, devTools: boolean): WindowSet {
  const byContents = new Map<number, ScreenName>();
  const byScreen = new Map<ScreenName, BrowserWindow>();
  let quitting = false;

  function open(screen: ScreenName, displayIndex = 0): BrowserWindow {
    const existing = byScreen.get(screen);
    if (existing && !existing.isDestroyed()) {
      existing.focus();
      return existing;
    }
    const displays = electronScreen.getAllDisplays();
    const display = displays[displayIndex] ?? electronScreen.getPrimaryDisplay();
    const win = new BrowserWindow({
      x: display.bounds.x,
      y: display.bounds.y,
      width: display.bounds.width,
      height: display.bounds.height,
      show: false,
      kiosk: screen === 'kiosk',
      fullscreen: screen !== 'desk',
      autoHideMenuBar: true,
      backgroundColor: '#ffffff',
      title: screen === 'kiosk' ? 'Điểm Hỗ trợ Số' : screen === 'desk' ? 'Bàn hỗ trợ — Service desk' : 'Bảng gọi số — Queue board',
      webPreferences: kioskWebPreferences(preload, screen, devTools),
    });
    const id = win.webContents.id;
    byContents.set(id, screen);
    byScreen.set(screen, win);
    // Alt+F4 on the visitor's screen must not close the kiosk; staff quit through the app.
    win.on('close', (event) => {
      if (screen === 'kiosk' && !quitting) event.preventDefault();
    });
    win.on('closed', () => {
      byContents.delete(id);
      byScreen.delete(screen);
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      console.error(`${screen} window renderer gone: ${details.reason}`);
      if (details.reason !== 'clean-exit' && !win.isDestroyed()) win.reload();
    });
    win.once('ready-to-show', () => win.show());
    void win.loadURL(screenUrl(screen));
    return win;
  }

  return {
    open,
    screenOf: (id) => byContents.get(id),
    allowQuit: () => {
      quitting = true;
    },
  };
}
