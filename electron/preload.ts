import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../contract/methods';
import { IPC_CHANNELS, type HelpPointBridge, type PrintResult } from '../contract/bridge';
import { isScreenName, type ScreenName } from '../contract/screens';
import type { CallResult } from '../contract/errors';
import type { EventMessage } from '../contract/events';

const screenArg = process.argv.find((a) => a.startsWith('--dhp-screen='))?.split('=')[1];
const screen: ScreenName = isScreenName(screenArg) ? screenArg : 'kiosk';

const methods = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (input: unknown, staffToken?: string | null) => ipcRenderer.invoke(IPC_CHANNELS.call, name, input, staffToken ?? null) as Promise<CallResult<unknown>>]),
) as HelpPointBridge['methods'];

const bridge: HelpPointBridge = {
  methods,
  // Wraps the listener so the page never sees the IpcRendererEvent, and hands back its own remover.
  onEvent(listener) {
    const wrapped = (_event: unknown, message: EventMessage) => listener(message);
    ipcRenderer.on(IPC_CHANNELS.event, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.event, wrapped);
    };
  },
  screen,
  printTicket: (html) => ipcRenderer.invoke(IPC_CHANNELS.printTicket, html) as Promise<PrintResult>,
  printReceipt: (html, heightMm) => ipcRenderer.invoke(IPC_CHANNELS.printReceipt, html, heightMm) as Promise<PrintResult>,
  // Staff export: the main process shows a folder dialog and writes the files (electron/export-dialog.ts).
  saveExport: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveExport, request),
  // The USB sync bundle: the main process shows a folder dialog and the core writes it (electron/sync-bundle-dialog.ts).
  saveSyncBundle: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveSyncBundle, request),
};

contextBridge.exposeInMainWorld('helpPoint', bridge);
