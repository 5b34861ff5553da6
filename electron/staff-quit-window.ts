import { BrowserWindow } from 'electron';
import type { HelpPoint } from '../core/help-point';
import type { BilingualLabel } from '../contract/labels';
import { windowOptions } from './security';
import { dataUrl, shellAction, staffQuitPage } from './shell-pages';
import { EMPTY_PIN, STAFF_QUIT_CALLER, staffQuitOutcome } from './staff-quit';
import type { ShellEvents, ShellLog } from './shell-log';
import type { WindowSet } from './windows';

export interface StaffQuit {
  /** Shows the PIN prompt over `parent` (or focuses the one already open). */
  open(parent: BrowserWindow | null): void;
}

/**
 * The PIN prompt behind Ctrl+Alt+Q. A static page with no script: its form "submits"
 * to app://kiosk/.shell/staff-quit?pin=…, which `will-navigate` reads and refuses, so
 * the PIN reaches the main process without IPC, a preload or a page script. Only this
 * window's own main frame is listened to.
 */
export function createStaffQuit(deps: { helpPoint(): HelpPoint | null; windows: WindowSet; log: ShellLog; events(): ShellEvents; quit(): void }): StaffQuit {
  let prompt: BrowserWindow | null = null;
  let busy = false;

  function show(win: BrowserWindow, message?: BilingualLabel): void {
    if (!win.isDestroyed()) void win.loadURL(dataUrl(staffQuitPage(message)));
  }

  async function submit(win: BrowserWindow, pin: string): Promise<void> {
    if (busy) return;
    const helpPoint = deps.helpPoint();
    if (!helpPoint) return;
    if (!pin) return show(win, EMPTY_PIN);
    busy = true;
    try {
      const outcome = staffQuitOutcome(await helpPoint.dispatch('staffAuth.signIn', { pin }, STAFF_QUIT_CALLER));
      if (!outcome.quit) {
        deps.log.write('warn', 'staff-quit.refused', { message: outcome.message.en });
        return show(win, outcome.message);
      }
      // The sign-in was only the check: end it at once.
      await helpPoint.dispatch('staffAuth.signOut', {}, { ...STAFF_QUIT_CALLER, staffToken: outcome.token });
      deps.log.write('info', 'staff-quit', {});
      deps.events().record('shell.staff-quit', {});
      deps.quit();
    } finally {
      busy = false;
    }
  }

  return {
    open(parent) {
      if (prompt && !prompt.isDestroyed()) {
        prompt.show();
        prompt.focus();
        return;
      }
      const hasParent = parent !== null && !parent.isDestroyed();
      const win = new BrowserWindow({ ...windowOptions({ kind: 'staff-quit' }), ...(hasParent ? { parent } : { modal: false }) }); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set by windowOptions(), tested in tests/unit/electron-security.test.ts
      prompt = win;
      deps.windows.register(win, 'staff-quit');
      win.webContents.on('will-navigate', (event) => {
        event.preventDefault();
        if (!event.isMainFrame) return;
        const action = shellAction(event.url);
        if (action?.action === 'staff-quit-cancel') win.close();
        else if (action?.action === 'staff-quit') void submit(win, action.pin);
      });
      win.webContents.on('before-input-event', (event, input) => {
        if (input.type === 'keyDown' && input.key === 'Escape') {
          event.preventDefault();
          win.close();
        }
      });
      win.on('closed', () => {
        if (prompt === win) prompt = null;
      });
      win.once('ready-to-show', () => win.show());
      deps.log.write('info', 'staff-quit.prompt', {});
      show(win);
    },
  };
}
