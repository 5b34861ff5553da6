import { app, Menu, powerSaveBlocker, screen as electronScreen, session } from 'electron';
import { isScreenName, SCREEN_NAMES } from '../contract/screens';
import path from 'node:path';
import { openHelpPoint, type HelpPoint } from '../core/help-point';
import { defaultSpeechEngine, speechEngineSwitchedOff } from '../core/speech/speech-engine';
import { registerAppScheme, serveAppScheme } from './protocol';
import { denyAllPermissions, lockDownWebContents } from './security';
import { bridgeIpc } from './ipc';
import { createWindowSet } from './windows';
import { placeScreens } from './screens';

/*
 * The Electron shell: thin on purpose. It opens the data file through the core,
 * serves the renderer on app://, bridges IPC to the dispatcher and places the
 * windows. Everything the screens do lives in the core and the renderer.
 */

/** Reads `--name=value` or `--name value` from the command line. */
function argValue(name: string): string | undefined {
  const argv = process.argv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
    if (a === `--${name}`) return argv[i + 1];
  }
  return undefined;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Linux voices come through speech-dispatcher, which Chromium leaves off unless asked.
  if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
  registerAppScheme();
  lockDownWebContents(app);
  Menu.setApplicationMenu(null);

  let helpPoint: HelpPoint | null = null;
  const appRoot = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : appRoot;
  const rendererDir = path.join(appRoot, 'dist', 'renderer');
  const assetsDir = path.join(resources, 'assets');
  const windows = createWindowSet(path.join(appRoot, 'dist', 'electron', 'preload.cjs'), !app.isPackaged);

  app.on('second-instance', () => windows.open('kiosk'));

  void app.whenReady().then(() => {
    const dataDir = argValue('data-dir') ?? process.env.DHP_DATA_DIR ?? app.getPath('userData');
    const speechOff = speechEngineSwitchedOff(process.argv.includes('--no-speech-engine'), process.env.DHP_SPEECH_ENGINE);
    helpPoint = openHelpPoint({ dataDir, assetsDir, version: app.getVersion(), speechEngine: speechOff ? null : defaultSpeechEngine() });
    denyAllPermissions(session.defaultSession);
    const point = helpPoint;
    serveAppScheme(rendererDir, assetsDir, () => point.contentFolder());
    bridgeIpc(helpPoint, windows.screenOf);
    powerSaveBlocker.start('prevent-display-sleep');

    const only = argValue('screen');
    // A --screen value that names no screen is ignored: the displays decide, as with no flag at all.
    if (only !== undefined && !isScreenName(only)) console.error(`--screen must be ${SCREEN_NAMES.join(', ')}; "${only}" is ignored`);
    const screens = isScreenName(only) ? [only] : placeScreens(electronScreen.getAllDisplays().length);
    screens.forEach((s, i) => {
      const win = windows.open(s, i);
      if (s === 'kiosk') {
        // On one display, staff open the desk and board with keys the touchscreen cannot send.
        win.webContents.on('before-input-event', (event, input) => {
          if (input.type !== 'keyDown' || !input.control || !input.alt) return;
          const key = input.key.toLowerCase();
          if (key === 'd') windows.open('desk');
          else if (key === 'b') windows.open('board');
          else if (key === 'q') {
            windows.allowQuit();
            app.quit();
          } else return;
          event.preventDefault();
        });
      }
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => helpPoint?.close());
}
