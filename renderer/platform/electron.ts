import type { HelpPointBridge } from '../../contract/bridge';
import { createClient } from './client';
import type { Platform } from './platform';
import { clearPrintArea, printInBrowser } from './print-area';

/** Electron: the named functions the preload exposed on window.helpPoint (electron/preload.ts). */
export function createElectronPlatform(bridge: HelpPointBridge): Platform {
  const client = createClient(
    (method, input, staffToken) => bridge.methods[method](input, staffToken),
    (dispatch) => void bridge.onEvent(dispatch),
  );
  const { saveExport, printTicket, printReceipt, saveSyncBundle } = bridge;
  return {
    call: client.call,
    on: client.on,
    setStaffToken: client.setStaffToken,
    async printTicket(job) {
      if (printTicket) return printTicket(job.document);
      // A build without silent ticket printing still prints, through the page.
      printInBrowser(job.bodyHtml, job.css);
      return { ok: true };
    },
    async printReceipt(job, heightMm) {
      // Never the browser's own print dialog on a locked-down kiosk.
      if (!printReceipt) return { ok: false, reason: 'this Electron build has no receipt printing' };
      return printReceipt(job.document, heightMm);
    },
    clearPrintArea,
    saveSyncBundle: saveSyncBundle
      ? async (request) => {
          const staffToken = client.staffToken();
          if (!staffToken) return { saved: false };
          return saveSyncBundle({ ...request, staffToken });
        }
      : null,
    saveExport: saveExport
      ? async (request) => {
          const staffToken = client.staffToken();
          // Main checks the token before it opens a dialog; without one there is nothing to ask.
          if (!staffToken) return { saved: false };
          return saveExport({ ...request, staffToken });
        }
      : null,
  };
}
