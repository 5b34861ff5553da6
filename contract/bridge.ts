import type { CallResult, MessageKey } from './errors';
import type { EventMessage } from './events';
import type { MethodName } from './methods';
import type { ScreenName } from './screens';
import { z } from 'zod';
import { ExportFields, checkRange } from './methods/staff';
import { BundleOptionsInput } from './methods/sync';

/**
 * What the Electron preload puts on `window.helpPoint`: one function per contract
 * method, an event subscription that returns its own unsubscribe, and the screen
 * this window was opened as. Never ipcRenderer itself.
 */
export interface HelpPointBridge {
  /** One function per method; the staff token, when signed in, rides along. */
  methods: Record<MethodName, (input: unknown, staffToken?: string | null) => Promise<CallResult<unknown>>>;
  onEvent(listener: (message: EventMessage) => void): () => void;
  screen: ScreenName;
  /** Prints one ticket (a whole HTML document) silently to the receipt printer set in settings. */
  printTicket?(html: string): Promise<PrintResult>;
  /** Prints one longer receipt (a whole HTML document, e.g. a walkthrough summary) silently at 80 mm × heightMm; the main process caps both. */
  printReceipt?(html: string, heightMm: number): Promise<PrintResult>;
  /** Electron only: native folder dialog (e.g. a USB stick); the main process runs the export and writes it there with the summary PDF. */
  saveExport?(request: SaveExportRequest): Promise<SaveExportResult>;
  /** Electron only: native folder dialog, then the core writes the signed sync bundle there (electron/sync-bundle-dialog.ts). */
  saveSyncBundle?(request: SaveSyncBundleRequest): Promise<SaveSyncBundleResult>;
}

/**
 * Electron only: what the desk asks the main process to save to a folder. Main runs
 * the export itself from the core, so the files never travel through the page.
 */
export const SaveExportRequest = checkRange(
  z
    .object({
      ...ExportFields,
      /** Save the desk window's printable summary as a PDF beside the files. */
      withSummaryPdf: z.boolean().default(false),
      /** The live staff sign-in; main checks it before anything is asked or written. */
      staffToken: z.string().min(1).max(200),
    })
    .strict(),
);
export type SaveExportRequest = z.input<typeof SaveExportRequest>;

export interface SaveExportResult {
  saved: boolean;
  folder?: string;
  files?: string[];
}

/** The Electron IPC channels between the preload and the main process; the sandboxed preload bundles this file, so both read one list. */
export const IPC_CHANNELS = {
  call: 'dhp:call',
  event: 'dhp:event',
  printTicket: 'dhp:print',
  printReceipt: 'dhp:print-receipt',
  saveExport: 'dhp:save-export',
  saveSyncBundle: 'dhp:save-sync-bundle',
} as const;

export interface PrintResult {
  ok: boolean;
  /** Why it failed, for the log; the screen says "ask a volunteer". */
  reason?: string;
}

/** Electron only: a USB sync bundle saved into a folder staff choose (issue 14). */
export const SaveSyncBundleRequest = BundleOptionsInput.extend({ staffToken: z.string().min(1).max(200) }).strict();
export type SaveSyncBundleRequest = z.input<typeof SaveSyncBundleRequest>;

export interface SaveSyncBundleResult {
  saved: boolean;
  folder?: string;
  /** The file's name in `folder`. */
  name?: string;
  rows?: number;
  /** Why nothing was saved, when it was not a cancel: a key of the renderer's catalogue. */
  messageKey?: MessageKey;
}
