import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { HelpPoint } from '../core/help-point';
import type { ScreenName } from '../contract/screens';
import { IPC_CHANNELS, SaveExportRequest, type SaveExportResult } from '../contract/bridge';
import { sha256sumFile } from '../core/export/checksum';
import { isTrustedUrl } from './screens';

/**
 * Staff export in Electron: a native folder dialog (a USB stick, usually), then the
 * files are written there, the desk window's printable summary is saved as PDF by
 * Chromium, and one `.sha256` file covers everything written.
 */
export function registerExportDialog(helpPoint: HelpPoint, screenOf: (webContentsId: number) => ScreenName | undefined): () => void {
  ipcMain.handle(IPC_CHANNELS.saveExport, async (event: IpcMainInvokeEvent, raw: unknown): Promise<SaveExportResult> => {
    if (screenOf(event.sender.id) !== 'desk' || !isTrustedUrl(event.senderFrame?.url)) return { saved: false };
    const parsed = SaveExportRequest.safeParse(raw);
    if (!parsed.success || !helpPoint.services.staff.auth.isStaffToken(parsed.data.staffToken)) return { saved: false };
    const request = parsed.data;
    const win = BrowserWindow.fromWebContents(event.sender);
    const choice = win
      ? await dialog.showOpenDialog(win, { title: 'Chọn thư mục lưu báo cáo — Choose a folder', properties: ['openDirectory', 'createDirectory'] })
      : await dialog.showOpenDialog({ title: 'Chọn thư mục lưu báo cáo — Choose a folder', properties: ['openDirectory', 'createDirectory'] });
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return { saved: false };

    // The core runs the export here in main: the bytes never cross into the page and back.
    const { staffToken: _token, withSummaryPdf, ...range } = request;
    const result = await helpPoint.services.staff.exports.export(range, 'staff');
    const written: { name: string; data: Buffer }[] = result.files
      .filter((f) => !f.name.endsWith('.sha256')) // rewritten below to cover the PDF as well
      .map((f) => ({ name: f.name, data: Buffer.from(f.base64, 'base64') }));
    if (withSummaryPdf) {
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: false });
      written.push({ name: result.summaryPdfName, data: Buffer.from(pdf) });
    }
    const checksumName = result.files.find((f) => f.name.endsWith('.sha256'))?.name ?? 'nhat-ky-phien.sha256';
    written.push({ name: checksumName, data: sha256sumFile(written) });
    for (const f of written) fs.writeFileSync(path.join(folder, f.name), f.data);
    helpPoint.services.audit.record('staff', 'staff.export.saved', { folder, files: written.map((f) => f.name) });
    return { saved: true, folder, files: written.map((f) => f.name) };
  });
  return () => ipcMain.removeHandler(IPC_CHANNELS.saveExport);
}
