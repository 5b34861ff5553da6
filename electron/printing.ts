import { BrowserWindow } from 'electron';
import type { PrintResult } from '../contract/bridge';

/** A ticket document is small; anything larger is not a ticket. */
export const MAX_TICKET_HTML = 200_000;

/**
 * Silent print of one ticket to the receipt printer named in settings ('' = the
 * system default), through a hidden window that runs no script. Page size is the
 * 80 mm roll in microns (Electron ignores CSS @page for silent printing on some
 * systems). A failure is reported, never thrown: the queue must not stop for paper.
 */
export async function printTicketSilently(html: string, printerName: string): Promise<PrintResult> {
  if (typeof html !== 'string' || html.length > MAX_TICKET_HTML) return { ok: false, reason: 'not a ticket' };
  const win = new BrowserWindow({
    show: false,
    width: 302, // 80 mm at 96 dpi
    height: 600,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, spellcheck: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await new Promise<PrintResult>((resolve) => {
      win.webContents.print(
        {
          silent: true,
          deviceName: printerName || undefined,
          printBackground: false,
          margins: { marginType: 'none' },
          pageSize: { width: 80_000, height: 150_000 },
        },
        (success, failureReason) => resolve(success ? { ok: true } : { ok: false, reason: failureReason || 'print failed' }),
      );
    });
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
