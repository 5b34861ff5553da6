import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import type { HelpPoint } from '../core/help-point';
import { failure } from '../contract/errors';
import { IPC_CHANNELS } from '../contract/bridge';
import { SCREEN_ROLES, type ScreenName } from '../contract/screens';
import { ipcSenderScreen } from './security';
import { printReceiptSilently, printTicketSilently } from './printing';
import { registerExportDialog } from './export-dialog';
import { registerSyncBundleDialog } from './sync-bundle-dialog';

/**
 * The sender's frame as the pure check reads it: its URL and whether it is its
 * window's main frame; null when Electron no longer has it (navigated away, gone).
 */
function senderFrameOf(event: IpcMainInvokeEvent): { url: string; isMainFrame: boolean } | null {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.isDestroyed() || frame.detached) return null;
    return { url: frame.url, isMainFrame: frame.parent === null && frame.frameTreeNodeId === event.sender.mainFrame.frameTreeNodeId };
  } catch {
    // "Render frame was disposed before WebFrameMain could be accessed".
    return null;
  }
}

/** The screen a call may act for, by the window it came from and the frame that sent it; null: refuse. */
export function senderScreen(event: IpcMainInvokeEvent, screenOf: (webContentsId: number) => ScreenName | undefined): ScreenName | null {
  return ipcSenderScreen({ windowScreen: screenOf(event.sender.id), frame: senderFrameOf(event) });
}

/**
 * Routes every renderer call to the one dispatcher. The caller's role comes from
 * the window it was opened as, never from anything the page sends; every handler
 * first checks the sender (electron/security.ts `ipcSenderScreen`).
 */
export function bridgeIpc(helpPoint: HelpPoint, screenOf: (webContentsId: number) => ScreenName | undefined): () => void {
  ipcMain.handle(IPC_CHANNELS.call, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, staffToken: unknown) => {
    const screen = senderScreen(event, screenOf);
    if (!screen) return failure('forbidden');
    const role = SCREEN_ROLES[screen];
    return helpPoint.dispatch(method, input, { role, actor: screen, staffToken: typeof staffToken === 'string' ? staffToken : null });
  });
  // Tickets are printed by the kiosk and the desk; the printer comes from settings, never from the page.
  ipcMain.handle(IPC_CHANNELS.printTicket, async (event: IpcMainInvokeEvent, html: unknown) => {
    const screen = senderScreen(event, screenOf);
    if (!screen || screen === 'board') return { ok: false, reason: 'forbidden' };
    if (typeof html !== 'string') return { ok: false, reason: 'bad request' };
    return printTicketSilently(html, helpPoint.printerName());
  });
  // Longer receipts (walkthrough summaries): the same senders and checks; the page size is capped in printing.ts.
  ipcMain.handle(IPC_CHANNELS.printReceipt, async (event: IpcMainInvokeEvent, html: unknown, heightMm: unknown) => {
    const screen = senderScreen(event, screenOf);
    if (!screen || screen === 'board') return { ok: false, reason: 'forbidden' };
    if (typeof html !== 'string' || typeof heightMm !== 'number') return { ok: false, reason: 'bad request' };
    return printReceiptSilently(html, heightMm, helpPoint.printerName());
  });
  const unsubscribe = helpPoint.events.subscribe((message) => {
    for (const wc of webContents.getAllWebContents()) {
      if (screenOf(wc.id) && !wc.isDestroyed()) wc.send(IPC_CHANNELS.event, message);
    }
  });
  // export-dialog.ts (not this file's owner) checks its own sender: the desk window, on app://kiosk.
  const stopExportDialog = registerExportDialog(helpPoint, screenOf);
  const stopSyncBundleDialog = registerSyncBundleDialog(helpPoint, (event) => senderScreen(event, screenOf));
  return () => {
    stopExportDialog();
    stopSyncBundleDialog();
    ipcMain.removeHandler(IPC_CHANNELS.call);
    ipcMain.removeHandler(IPC_CHANNELS.printTicket);
    ipcMain.removeHandler(IPC_CHANNELS.printReceipt);
    unsubscribe();
  };
}
