import type { Lang } from '../../contract/labels';
import type { PrintJob } from '../platform/platform';

/**
 * What every receipt template shares: escaping, and the one way a receipt becomes a
 * print job. Strings only, no DOM, so the templates run in Node tests alike.
 */

/** Text made safe for HTML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface Receipt {
  /** The language of the page (its `lang`). */
  lang: Lang;
  /** The print window's title (plain text). */
  title: string;
  /** The receipt's stylesheet, its @page rule included. */
  css: string;
  /** The receipt's markup, already escaped by its template. */
  bodyHtml: string;
}

/** A standalone document, page size included: for the Electron print window, the PDF tests and the staff summary's HTML download. */
export function standaloneDocument(receipt: Receipt): string {
  return `<!doctype html><html lang="${receipt.lang}"><head><meta charset="utf-8"><title>${esc(receipt.title)}</title><style>html,body{margin:0;background:#fff}${receipt.css}</style></head><body>${receipt.bodyHtml}</body></html>`;
}

/** The receipt as the platform prints it: the whole document for a print window, the body and sheet for the page's print area. */
export function printJob(receipt: Receipt): PrintJob {
  return { document: standaloneDocument(receipt), bodyHtml: receipt.bodyHtml, css: receipt.css };
}
