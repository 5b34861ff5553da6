import type { CallResult } from '../../contract/errors';
import { EVENT_NAMES } from '../../contract/events';
import { createClient } from './client';
import type { Platform } from './platform';
import { clearPrintArea, printInBrowser } from './print-area';

/**
 * The browser shell: calls are POSTs to the loopback host, events arrive as
 * server-sent events, and receipts print through the page's own print. The key is
 * the visitor key from the page, or the desk key from the desk address.
 */
export function createBrowserPlatform(key: string): Platform {
  const client = createClient(
    async (method, input, staffToken) => {
      const response = await fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, ...(staffToken ? { 'X-Staff-Token': staffToken } : {}) },
        body: JSON.stringify(input),
      });
      return (await response.json()) as CallResult<unknown>;
    },
    (dispatch) => {
      const source = new EventSource(`/api/events?key=${encodeURIComponent(key)}`);
      for (const event of EVENT_NAMES) {
        source.addEventListener(event, (e) => dispatch({ event, payload: JSON.parse((e as MessageEvent<string>).data) }));
      }
    },
  );
  return {
    call: client.call,
    on: client.on,
    setStaffToken: client.setStaffToken,
    async printTicket(job) {
      printInBrowser(job.bodyHtml, job.css);
      return { ok: true };
    },
    async printReceipt(job) {
      // The page's print stylesheet carries the height (the job's @page rule).
      printInBrowser(job.bodyHtml, job.css);
      return { ok: true };
    },
    clearPrintArea,
    // The browser shell downloads the sync bundle instead (staff.sync.bundle).
    saveSyncBundle: null,
    // The browser shell downloads the export's files instead.
    saveExport: null,
  };
}
