import type { PrintResult, SaveExportRequest, SaveExportResult, SaveSyncBundleRequest, SaveSyncBundleResult } from '../../contract/bridge';
import type { HelpPointClient } from './client';

/**
 * Everything the screens need from the shell they run in, and the only place that
 * knows which shell that is: calls and events to the core, printing a receipt, and
 * (Electron only) saving an export to a folder. Built by `createElectronPlatform`
 * (electron.ts) or `createBrowserPlatform` (browser.ts) on one client skeleton
 * (client.ts); `createFakePlatform` (fake.ts) stands in for both in tests. Nothing
 * outside renderer/platform/ reads `window.helpPoint` or calls `fetch` (lint-enforced).
 */
export interface Platform extends HelpPointClient {
  /** Prints a visitor's ticket: silently to the receipt printer in Electron, through the page's print in the browser shell. */
  printTicket(job: PrintJob): Promise<PrintResult>;
  /** Prints a longer receipt (a walkthrough summary) at the roll's width and `heightMm`. Electron never falls back to a print dialog. */
  printReceipt(job: PrintJob, heightMm: number): Promise<PrintResult>;
  /** Empties what the last print left in the page, so nothing of one visitor stays for the next. */
  clearPrintArea(): void;
  /**
   * Electron only (null in the browser shell, which downloads `staff.sync.bundle` instead): a
   * folder dialog, then the core writes the signed USB sync bundle there. The platform adds
   * the live staff token itself; without one nothing is saved.
   */
  saveSyncBundle: ((request: Omit<SaveSyncBundleRequest, 'staffToken'>) => Promise<SaveSyncBundleResult>) | null;
  /**
   * Electron only (null in the browser shell, which downloads instead): a folder
   * dialog, then main runs the export and writes it there. The platform adds the
   * live staff token itself; without one nothing is saved.
   */
  saveExport: ((request: Omit<SaveExportRequest, 'staffToken'>) => Promise<SaveExportResult>) | null;
}

/**
 * One receipt, as a print template (renderer/print/) built it: the whole document
 * for a print window, and its body and stylesheet for the page's own print area.
 */
export interface PrintJob {
  document: string;
  bodyHtml: string;
  css: string;
}
