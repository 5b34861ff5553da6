import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { HelpPoint } from '../core/help-point';
import type { ScreenName } from '../contract/screens';
import { IPC_CHANNELS, SaveSyncBundleRequest, type SaveSyncBundleResult } from '../contract/bridge';
import { ServiceError } from '../contract/errors';

const TITLE = 'Chọn thư mục lưu tệp đồng bộ (USB) — Choose a folder for the sync file (USB)';

/**
 * The USB sync bundle in Electron (issue 14): the desk window asks, main checks the staff
 * sign-in, shows a native folder dialog (a USB stick, usually), and the core writes the signed
 * bundle there (HelpPoint.saveSyncBundle). The bundle never crosses into the page.
 */
export function registerSyncBundleDialog(helpPoint: HelpPoint, senderScreen: (event: IpcMainInvokeEvent) => ScreenName | null): () => void {
  ipcMain.handle(IPC_CHANNELS.saveSyncBundle, async (event: IpcMainInvokeEvent, raw: unknown): Promise<SaveSyncBundleResult> => {
    // The same sender check as every call (ipc.ts senderScreen): the desk window's own main frame.
    if (senderScreen(event) !== 'desk') return { saved: false };
    const parsed = SaveSyncBundleRequest.safeParse(raw);
    if (!parsed.success || !helpPoint.isStaffToken(parsed.data.staffToken)) return { saved: false };
    const { staffToken: _token, ...request } = parsed.data;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { title: TITLE, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return { saved: false };
    try {
      const saved = helpPoint.saveSyncBundle(request, folder);
      return { saved: true, folder: saved.folder, name: saved.name, rows: saved.rows };
    } catch (err) {
      // A mistyped enrolment code: the page shows the sentence. A stick pulled out: the same as any failed write.
      if (err instanceof ServiceError) return { saved: false, messageKey: err.messageKey };
      return { saved: false, messageKey: 'error.internal' };
    }
  });
  return () => ipcMain.removeHandler(IPC_CHANNELS.saveSyncBundle);
}
