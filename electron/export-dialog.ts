import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { HelpPoint } from '../core/help-point';
import type { ScreenName } from '../contract/screens';
import { IPC_CHANNELS } from '../contract/bridge';
import type { SaveExportRequest, SaveExportResult } from '../contract/staff-dto';
import { isTrustedUrl } from './screens';


/** Only plain ASCII file names the exporter itself makes: no folders, no tricks. */
const SAFE_NAME = /^[a-z0-9][a-z0-9._-]{0,150}\.(csv|xlsx|sha256|pdf)$/;

/**
 * Staff export in Electron: a native folder dialog (a USB stick, usually), then the
 * files are written there, the desk window's printable summary is saved as PDF by
 * Chromium, and one `.sha256` file covers everything written.
 */
export function registerExportDialog(helpPoint: HelpPoint, screenOf: (webContentsId: number) => ScreenName | undefined): () => void {
  ipcMain.handle(IPC_CHANNELS.saveExport, async (event: IpcMainInvokeEvent, raw: unknown): Promise<SaveExportResult> => {
    if (screenOf(event.sender.id) !== 'desk' || !isTrustedUrl(event.senderFrame?.url)) return { saved: false };
    const request = parseRequest(raw);
    if (!request || !helpPoint.services.staff.auth.isStaffToken(request.staffToken)) return { saved: false };
    const win = BrowserWindow.fromWebContents(event.sender);
    const choice = win
      ? await dialog.showOpenDialog(win, { title: 'Chọn thư mục lưu báo cáo — Choose a folder', properties: ['openDirectory', 'createDirectory'] })
      : await dialog.showOpenDialog({ title: 'Chọn thư mục lưu báo cáo — Choose a folder', properties: ['openDirectory', 'createDirectory'] });
    const folder = choice.filePaths[0];
    if (choice.canceled || !folder) return { saved: false };

    const written: { name: string; data: Buffer }[] = [];
    for (const f of request.files) {
      if (f.name.endsWith('.sha256')) continue; // rewritten below to cover the PDF as well
      written.push({ name: f.name, data: Buffer.from(f.base64, 'base64') });
    }
    if (request.summaryPdfName) {
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: false });
      written.push({ name: request.summaryPdfName, data: Buffer.from(pdf) });
    }
    const checksumName = request.files.find((f) => f.name.endsWith('.sha256'))?.name ?? 'nhat-ky-phien.sha256';
    const sums = written.map((f) => `${crypto.createHash('sha256').update(f.data).digest('hex')}  ${f.name}\n`).join('');
    written.push({ name: checksumName, data: Buffer.from(sums, 'utf8') });
    for (const f of written) fs.writeFileSync(path.join(folder, f.name), f.data);
    helpPoint.services.audit.record('staff', 'staff.export.saved', { folder, files: written.map((f) => f.name) });
    return { saved: true, folder, files: written.map((f) => f.name) };
  });
  return () => ipcMain.removeHandler(IPC_CHANNELS.saveExport);
}

function parseRequest(raw: unknown): SaveExportRequest | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<SaveExportRequest>;
  if (typeof r.staffToken !== 'string' || !Array.isArray(r.files) || r.files.length > 10) return null;
  if (r.summaryPdfName !== null && (typeof r.summaryPdfName !== 'string' || !SAFE_NAME.test(r.summaryPdfName))) return null;
  for (const f of r.files) {
    if (!f || typeof f.name !== 'string' || !SAFE_NAME.test(f.name) || typeof f.base64 !== 'string') return null;
  }
  return { staffToken: r.staffToken, files: r.files, summaryPdfName: r.summaryPdfName ?? null };
}
