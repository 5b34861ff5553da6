import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../contract/methods';
import type { HelpPointBridge, PrintResult, ScreenName } from '../contract/bridge';
import type { CallResult } from '../contract/errors';
import type { EventMessage } from '../contract/events';

// Channel names repeated here on purpose: the sandboxed preload bundles nothing from main.
const CALL_CHANNEL = 'dhp:call';
const EVENT_CHANNEL = 'dhp:event';
const PRINT_CHANNEL = 'dhp:print';
const PRINT_RECEIPT_CHANNEL = 'dhp:print-receipt';

const screenArg = process.argv.find((a) => a.startsWith('--dhp-screen='))?.split('=')[1];
const screen: ScreenName = screenArg === 'desk' || screenArg === 'board' ? screenArg : 'kiosk';

const methods = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown, staffToken?: string | null) => ipcRenderer.invoke(CALL_CHANNEL, name, input, staffToken ?? null) as Promise<CallResult<unknown>>]),
) as HelpPointBridge['methods'];

const bridge: HelpPointBridge = {
  methods,
  // Wraps the listener so the page never sees the IpcRendererEvent, and hands back its own remover.
  onEvent(listener) {
    const wrapped = (_event: unknown, message: EventMessage) => listener(message);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
  screen,
  printTicket: (html) => ipcRenderer.invoke(PRINT_CHANNEL, html) as Promise<PrintResult>,
  printReceipt: (html, heightMm) => ipcRenderer.invoke(PRINT_RECEIPT_CHANNEL, html, heightMm) as Promise<PrintResult>,
  // Staff export: the main process shows a folder dialog and writes the files (electron/export-dialog.ts).
  saveExport: (request) => ipcRenderer.invoke('dhp:save-export', request),
};

contextBridge.exposeInMainWorld('helpPoint', bridge);
