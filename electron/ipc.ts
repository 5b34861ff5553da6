import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import type { HelpPoint } from '../core/help-point';
import { failure } from '../contract/errors';
import { IPC_CHANNELS } from '../contract/bridge';
import { SCREEN_ROLES, type ScreenName } from '../contract/screens';
import { isTrustedUrl } from './screens';
import { printReceiptSilently, printTicketSilently } from './printing';
import { registerExportDialog } from './export-dialog';
import { registerSyncBundleDialog } from './sync-bundle-dialog';

/**
 * Routes every renderer call to the one dispatcher. The caller's role comes from
 * the window it was opened as, never from anything the page sends.
 */
export function bridgeIpc(helpPoint: HelpPoint, screenOf: (webContentsId: number) => ScreenName | undefined): () => void {
  ipcMain.handle(IPC_CHANNELS.call, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, staffToken: unknown) => {
    const screen = screenOf(event.sender.id);
    if (!screen || !isTrustedUrl(event.senderFrame?.url)) return failure('forbidden');
    const role = SCREEN_ROLES[screen];
    return helpPoint.dispatch(method, input, { role, actor: screen, staffToken: typeof staffToken === 'string' ? staffToken : null });
  });
  // Tickets are printed by the kiosk and the desk; the printer comes from settings, never from the page.
  ipcMain.handle(IPC_CHANNELS.printTicket, async (event: IpcMainInvokeEvent, html: unknown) => {
    const screen = screenOf(event.sender.id);
    if (!screen || screen === 'board' || !isTrustedUrl(event.senderFrame?.url)) return { ok: false, reason: 'forbidden' };
    return printTicketSilently(String(html), helpPoint.printerName());
  });
  // Longer receipts (walkthrough summaries): the same senders and checks; the page size is capped in printing.ts.
  ipcMain.handle(IPC_CHANNELS.printReceipt, async (event: IpcMainInvokeEvent, html: unknown, heightMm: unknown) => {
    const screen = screenOf(event.sender.id);
    if (!screen || screen === 'board' || !isTrustedUrl(event.senderFrame?.url)) return { ok: false, reason: 'forbidden' };
    if (typeof html !== 'string' || typeof heightMm !== 'number') return { ok: false, reason: 'bad request' };
    return printReceiptSilently(html, heightMm, helpPoint.printerName());
  });
  const unsubscribe = helpPoint.events.subscribe((message) => {
    for (const wc of webContents.getAllWebContents()) {
      if (screenOf(wc.id) && !wc.isDestroyed()) wc.send(IPC_CHANNELS.event, message);
    }
  });
  const stopExportDialog = registerExportDialog(helpPoint, screenOf);
  const stopSyncBundleDialog = registerSyncBundleDialog(helpPoint, screenOf);
  return () => {
    stopExportDialog();
    stopSyncBundleDialog();
    ipcMain.removeHandler(IPC_CHANNELS.call);
    ipcMain.removeHandler(IPC_CHANNELS.printTicket);
    ipcMain.removeHandler(IPC_CHANNELS.printReceipt);
    unsubscribe();
  };
}
