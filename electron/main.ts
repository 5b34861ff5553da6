import { app, BrowserWindow, Menu, powerSaveBlocker, screen as electronScreen, session, type WebContents } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { isScreenName, SCREEN_NAMES } from '../contract/screens';
import { DATA_FILE_NAME, openHelpPoint, type HelpPoint } from '../core/help-point';
import { defaultSpeechEngine, speechEngineSwitchedOff } from '../core/speech/speech-engine';
import { registerAppScheme, serveAppScheme } from './protocol';
import { lockDownSession, lockDownWebContents } from './security';
import { bridgeIpc } from './ipc';
import { createWindowSet, type RelaunchRequest } from './windows';
import { placeScreens } from './screens';
import { formatRelaunchLedger, parseRelaunchLedger, relaunchDecision } from './recovery';
import { consoleShellLog, logOnlyEvents, safeEvents, safeLog, type ShellEvents } from './shell-log';
import { describeStartupFailure, startupFailureLine, type StartupFailure } from './startup-failure';
import { showStartupError } from './startup-error-window';
import { createStaffQuit } from './staff-quit-window';
import type { StaffCommand } from './shortcuts';

/*
 * The Electron shell: thin on purpose. It opens the data file through the core,
 * serves the renderer on app://, bridges IPC to the dispatcher, places the windows
 * and keeps them alive. Everything the screens do lives in the core and the
 * renderer; every security and kiosk decision is a pure function in security.ts,
 * shortcuts.ts and recovery.ts.
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

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Linux voices come through speech-dispatcher, which Chromium leaves off unless asked.
  if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');
  registerAppScheme();
  // No menu: no accelerators for reload, devtools or zoom (the key filter blocks them as well).
  Menu.setApplicationMenu(null);

  // The technical log. The core's logger binds here once the storage/logs work is on main.
  const log = safeLog(consoleShellLog);
  let helpPoint: HelpPoint | null = null;
  // Until the core is open, shell events go to the log only; then to the audit log staff read.
  let shellEvents: ShellEvents = logOnlyEvents(log);
  let phase: 'starting' | 'running' | 'failed' = 'starting';
  let errorWindow: BrowserWindow | null = null;

  const appRoot = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : appRoot;
  const rendererDir = path.join(appRoot, 'dist', 'renderer');
  const assetsDir = path.join(resources, 'assets');
  const dataDir = path.resolve(argValue('data-dir') ?? process.env.DHP_DATA_DIR ?? app.getPath('userData'));
  // Relaunches are counted across runs beside the data (recovery.ts relaunchDecision).
  const ledgerFile = path.join(dataDir, 'shell-recovery.json');

  const relaunch = (request: RelaunchRequest): boolean => {
    const decision = relaunchDecision(parseRelaunchLedger(readText(ledgerFile)), Date.now());
    try {
      fs.writeFileSync(ledgerFile, formatRelaunchLedger(decision.history));
    } catch (err) {
      log.write('warn', 'relaunch-ledger.not-written', { file: ledgerFile, error: (err as Error).message });
    }
    if (!decision.relaunch) return false;
    log.write('error', 'app.relaunching', { ...request, relaunchesRecently: decision.history.length });
    windows.allowQuit();
    helpPoint?.close();
    helpPoint = null;
    app.relaunch();
    app.exit(0);
    return true;
  };

  const windows = createWindowSet({
    preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    devTools: !app.isPackaged,
    log,
    events: () => shellEvents,
    relaunch,
  });

  const staffQuit = createStaffQuit({
    helpPoint: () => helpPoint,
    windows,
    log,
    events: () => shellEvents,
    quit: () => {
      windows.allowQuit();
      app.quit();
    },
  });

  // Staff keys, from any window the shell made: Ctrl+Alt+D / B open (or, pressed on
  // that screen with one display, close) the desk / board; Ctrl+Alt+Q asks for the PIN.
  const onStaffCommand = (command: StaffCommand, contents: WebContents): void => {
    if (phase !== 'running') return;
    if (command === 'quit') {
      staffQuit.open(BrowserWindow.fromWebContents(contents));
      return;
    }
    const from = windows.screenOf(contents.id);
    if (from === command && electronScreen.getAllDisplays().length === 1) windows.close(command);
    else windows.open(command);
  };

  lockDownWebContents(app, { kindOf: windows.kindOf, onStaffCommand });

  const fail = (failure: StartupFailure): void => {
    phase = 'failed';
    log.write('error', 'startup.failed', { title: failure.title.en, file: failure.file, folder: failure.folder, detail: failure.detail });
    process.stderr.write(`${startupFailureLine(failure)}\n`);
    errorWindow = showStartupError(failure, windows, windows.displayBounds(0));
  };

  const start = (): void => {
    // Before anything can load: even the start-up error window runs on a locked session.
    lockDownSession(session.defaultSession);
    const speechOff = speechEngineSwitchedOff(process.argv.includes('--no-speech-engine'), process.env.DHP_SPEECH_ENGINE);
    let point: HelpPoint;
    try {
      point = openHelpPoint({ dataDir, assetsDir, version: app.getVersion(), speechEngine: speechOff ? null : defaultSpeechEngine() });
    } catch (err) {
      fail(describeStartupFailure(err, path.join(dataDir, DATA_FILE_NAME)));
      return;
    }
    helpPoint = point;
    shellEvents = safeEvents({ record: (action, detail) => point.recordShellEvent(action, detail) }, log);
    serveAppScheme(rendererDir, assetsDir, () => point.contentFolder());
    bridgeIpc(point, windows.screenOf);
    powerSaveBlocker.start('prevent-display-sleep');
    phase = 'running';

    const only = argValue('screen');
    // A --screen value that names no screen is ignored: the displays decide, as with no flag at all.
    if (only !== undefined && !isScreenName(only)) log.write('warn', 'argument.ignored', { screen: only, expected: SCREEN_NAMES });
    const screens = isScreenName(only) ? [only] : placeScreens(electronScreen.getAllDisplays().length);
    screens.forEach((s, i) => windows.open(s, i));
  };

  app.on('second-instance', () => {
    if (phase === 'running') windows.open('kiosk');
    else if (errorWindow && !errorWindow.isDestroyed()) errorWindow.focus();
  });
  // A quit the app itself was asked for (staff quit, the system shutting down, SIGTERM
  // from systemd) may close the kiosk; closing the kiosk window alone never quits.
  app.on('before-quit', () => windows.allowQuit());
  app.on('child-process-gone', (_event, details) => {
    log.write(details.reason === 'clean-exit' ? 'info' : 'warn', 'child-process-gone', { type: details.type, reason: details.reason, exitCode: details.exitCode, name: details.name, serviceName: details.serviceName });
  });
  app.on('window-all-closed', () => {
    if (phase !== 'failed') app.quit();
  });
  app.on('will-quit', () => {
    helpPoint?.close();
    helpPoint = null;
  });

  void app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      // Anything else that failed while starting: the same window, never a blank screen.
      log.write('error', 'startup.unexpected', { error: (err as Error)?.stack ?? String(err) });
      if (phase !== 'failed') fail(describeStartupFailure(err, path.join(dataDir, DATA_FILE_NAME)));
    });
}
