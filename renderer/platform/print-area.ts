/**
 * The browser shell's way to print one receipt (a ticket, a walkthrough summary),
 * and Electron's for a ticket when the build has no silent ticket printing; used
 * only by the platforms (browser.ts, electron.ts). The receipt goes into a hidden
 * area of the page, and the page's print stylesheet shows only that area. The
 * page's CSP allows no inline <style>, so the rules go in as constructed
 * stylesheets: one fixed sheet that hides the rest of the page on paper, and one
 * per print job with that receipt's layout and @page size (two @page rules side by
 * side would fight, so the job sheet is replaced, not added).
 */

const AREA_ID = 'dhp-print-area';

let baseSheet: CSSStyleSheet | null = null;
let jobSheet: CSSStyleSheet | null = null;

/** Puts `bodyHtml` (already escaped by its template) in the print area with `css`, then opens the browser's print. */
export function printInBrowser(bodyHtml: string, css: string): void {
  installSheets(css);
  let area = document.getElementById(AREA_ID);
  if (!area) {
    area = document.createElement('div');
    area.id = AREA_ID;
    area.setAttribute('aria-hidden', 'true');
    document.body.appendChild(area);
  }
  area.innerHTML = bodyHtml;
  // What a visitor printed must not stay in the page for the next one.
  window.addEventListener('afterprint', clearPrintArea, { once: true });
  window.print();
}

/** Empties the print area; also called when the kiosk resets for the next visitor. */
export function clearPrintArea(): void {
  const area = document.getElementById(AREA_ID);
  if (area) area.replaceChildren();
}

function installSheets(css: string): void {
  if (!baseSheet) {
    baseSheet = new CSSStyleSheet();
    baseSheet.replaceSync(`
      @media screen { #${AREA_ID} { display: none; } }
      @media print {
        /* Not while the staff area is open: then the page prints the staff summary. */
        body:not(:has(.staff-dialog[open])) > *:not(#${AREA_ID}) { display: none !important; }
        html, body { background: #fff !important; margin: 0 !important; }
      }
    `);
    jobSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, baseSheet, jobSheet];
  }
  jobSheet!.replaceSync(css);
}
