import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import type { HelpPoint } from '../core/help-point';
import { failure } from '../contract/errors';
import type { ScreenName } from '../contract/bridge';
import { SCREEN_ROLES, isTrustedUrl } from './screens';
import { printReceiptSilently, printTicketSilently } from './printing';
import { registerExportDialog } from './export-dialog';

export const CALL_CHANNEL = 'dhp:call';
export const EVENT_CHANNEL = 'dhp:event';
export const PRINT_CHANNEL = 'dhp:print';
export const PRINT_RECEIPT_CHANNEL = 'dhp:print-receipt';

/**
 * Routes every renderer call to the one dispatcher. The caller's role comes from
 * the window it was opened as, never from anything the page sends.
 */
export function bridgeIpc(helpPoint: HelpPoint, screenOf: (webContentsId: number) => ScreenName | undefined): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, staffToken: unknown) => {
    const screen = screenOf(event.sender.id);
    if (!screen || !isTrustedUrl(event.senderFrame?.url)) return failure('forbidden');
    const role = SCREEN_ROLES[screen];
    return helpPoint.dispatch(method, input, { role, actor: screen, staffToken: typeof staffToken === 'string' ? staffToken : null });
  });
  // Tickets are printed by the kiosk and the desk; the printer comes from settings, never from the page.
  ipcMain.handle(PRINT_CHANNEL, async (event: IpcMainInvokeEvent, html: unknown) => {
    const screen = screenOf(event.sender.id);
    if (!screen || screen === 'board' || !isTrustedUrl(event.senderFrame?.url)) return { ok: false, reason: 'forbidden' };
    return printTicketSilently(String(html), helpPoint.services.settings.get().printerName);
  });
  // Longer receipts (walkthrough summaries): the same senders and checks; the page size is capped in printing.ts.
  ipcMain.handle(PRINT_RECEIPT_CHANNEL, async (event: IpcMainInvokeEvent, html: unknown, heightMm: unknown) => {
    const screen = screenOf(event.sender.id);
    if (!screen || screen === 'board' || !isTrustedUrl(event.senderFrame?.url)) return { ok: false, reason: 'forbidden' };
    if (typeof html !== 'string' || typeof heightMm !== 'number') return { ok: false, reason: 'bad request' };
    return printReceiptSilently(html, heightMm, helpPoint.services.settings.get().printerName);
  });
  const unsubscribe = helpPoint.events.subscribe((message) => {
    for (const wc of webContents.getAllWebContents()) {
      if (screenOf(wc.id) && !wc.isDestroyed()) wc.send(EVENT_CHANNEL, message);
    }
  });
  const stopExportDialog = registerExportDialog(helpPoint, screenOf);
  return () => {
    stopExportDialog();
    ipcMain.removeHandler(CALL_CHANNEL);
    ipcMain.removeHandler(PRINT_CHANNEL);
    ipcMain.removeHandler(PRINT_RECEIPT_CHANNEL);
    unsubscribe();
  };
}
