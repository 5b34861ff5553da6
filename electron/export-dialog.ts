import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { HelpPoint } from '../core/help-point';
import type { ScreenName } from '../contract/screens';
import { IPC_CHANNELS, SaveExportRequest, type SaveExportResult } from '../contract/bridge';
import { isTrustedUrl } from './screens';

/**
 * Staff export in Electron: a native folder dialog (a USB stick, usually), then the
 * desk window's printable summary is made into a PDF by Chromium, and the core
 * writes the files there with one `.sha256` file covering everything written.
 */
export function registerExportDialog(helpPoint: HelpPoint, screenOf: (webContentsId: number) => ScreenName | undefined): () => void {
  ipcMain.handle(IPC_CHANNELS.saveExport, async (event: IpcMainInvokeEvent, raw: unknown): Promise<SaveExportResult> => {
    if (screenOf(event.sender.id) !== 'desk' || !isTrustedUrl(event.senderFrame?.url)) return { saved: false };
    const parsed = SaveExportRequest.safeParse(raw);
    if (!parsed.success || !helpPoint.isStaffToken(parsed.data.staffToken)) return { saved: false };
    const request = parsed.data;
    const win = BrowserWindow.fromWebContents(event.sender);
    const choice = win
      ? await dialog.showOpenDialog(win, { title: 'Chọn thư mục lưu báo cáo — Choose a folder', properties: ['openDirectory', 'createDirectory'] })
      : await dialog.showOpenDialog({ title: 'Chọn thư mục lưu báo cáo — Choose a folder', properties: ['openDirectory', 'createDirectory'] });
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return { saved: false };

    // The core runs the export here in main and writes it: the bytes never cross into the page and back.
    const { staffToken: _token, withSummaryPdf, ...range } = request;
    const summaryPdf = withSummaryPdf ? await event.sender.printToPDF({ pageSize: 'A4', printBackground: false }) : null;
    const saved = await helpPoint.saveExport(range, folder, { summaryPdf });
    return { saved: true, folder: saved.folder, files: saved.files };
  });
  return () => ipcMain.removeHandler(IPC_CHANNELS.saveExport);
}
