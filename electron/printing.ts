import { BrowserWindow, session, type Session } from 'electron';
import type { PrintResult } from '../contract/bridge';
import { lockDownSession, PRINT_PARTITION, windowOptions } from './security';
import { printDocument, printRequestAllowed } from './shell-pages';

/** A ticket document is small; anything larger is not a ticket. */
export const MAX_TICKET_HTML = 200_000;
/** A walkthrough summary is a few kB of text and one inline QR; anything larger is not a receipt. */
export const MAX_RECEIPT_HTML = 200_000;
/** The roll is 80 mm wide; a receipt's length is bounded so a bad value cannot run the roll out. */
export const RECEIPT_WIDTH_MM = 80;
export const TICKET_HEIGHT_MM = 150;
export const MIN_RECEIPT_HEIGHT_MM = 50;
export const MAX_RECEIPT_HEIGHT_MM = 1000;

/** The page height to print at, in mm, or null if the request is not a number. */
export function receiptHeightMm(heightMm: number): number | null {
  if (typeof heightMm !== 'number' || !Number.isFinite(heightMm)) return null;
  return Math.min(MAX_RECEIPT_HEIGHT_MM, Math.max(MIN_RECEIPT_HEIGHT_MM, Math.ceil(heightMm)));
}

/**
 * Silent print of one ticket to the receipt printer named in settings ('' = the
 * system default). A failure is reported, never thrown: the queue must not stop for paper.
 */
export async function printTicketSilently(html: string, printerName: string): Promise<PrintResult> {
  if (typeof html !== 'string' || html.length > MAX_TICKET_HTML) return { ok: false, reason: 'not a ticket' };
  return printSilently(html, TICKET_HEIGHT_MM, printerName);
}

/**
 * Silent print of a longer receipt (a walkthrough summary) at 80 mm × heightMm,
 * the height capped to MIN/MAX_RECEIPT_HEIGHT_MM (a longer document flows onto a
 * second page rather than being cut). Reported, never thrown.
 */
export async function printReceiptSilently(html: string, heightMm: number, printerName: string): Promise<PrintResult> {
  if (typeof html !== 'string' || html.length > MAX_RECEIPT_HTML) return { ok: false, reason: 'not a receipt' };
  const height = receiptHeightMm(heightMm);
  if (height === null) return { ok: false, reason: 'bad page height' };
  return printSilently(html, height, printerName);
}

let printSessionReady = false;

/**
 * The print windows' own session (in memory): every permission refused as on the
 * screens' session, and every request that is not the receipt's own data: URL
 * cancelled, whatever the document's CSP says.
 */
function printSession(): Session {
  const ses = session.fromPartition(PRINT_PARTITION);
  if (!printSessionReady) {
    lockDownSession(ses);
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printRequestAllowed(details.url) }));
    printSessionReady = true;
  }
  return ses;
}

/**
 * Through a hidden window that runs no script, in a session that loads nothing, with
 * a CSP in the document (shell-pages.ts `printDocument`). Page size is the 80 mm roll
 * in microns (Electron ignores CSS @page for silent printing on some systems).
 */
async function printSilently(html: string, heightMm: number, printerName: string): Promise<PrintResult> {
  const doc = printDocument(html);
  if (doc === null) return { ok: false, reason: 'not a receipt document' };
  printSession();
  const win = new BrowserWindow(windowOptions({ kind: 'print' })); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK: set by windowOptions(), tested in tests/unit/electron-security.test.ts
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(doc)}`);
    return await new Promise<PrintResult>((resolve) => {
      win.webContents.print(
        {
          silent: true,
          deviceName: printerName || undefined,
          printBackground: false,
          margins: { marginType: 'none' },
          pageSize: { width: RECEIPT_WIDTH_MM * 1000, height: heightMm * 1000 },
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
