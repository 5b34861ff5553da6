import type { IssuedTicket } from '../../contract/dto';
import { TICKET_CSS, ticketBodyHtml, ticketDocument } from './ticket-template';

const AREA_ID = 'dhp-print-ticket';

/**
 * Prints a visitor's ticket. In Electron: silently, to the receipt printer chosen
 * in settings (electron/printing.ts). In the browser shell: the browser's print of
 * the page, whose print stylesheet shows only the ticket. A print failure never
 * blocks the queue: the number is already issued and shown on screen.
 */
export async function printTicket(ticket: IssuedTicket): Promise<void> {
  const bridge = window.helpPoint;
  if (bridge?.printTicket) {
    await bridge.printTicket(await ticketDocument(ticket));
    return;
  }
  installPrintStyles();
  let area = document.getElementById(AREA_ID);
  if (!area) {
    area = document.createElement('div');
    area.id = AREA_ID;
    area.setAttribute('aria-hidden', 'true');
    document.body.appendChild(area);
  }
  area.innerHTML = await ticketBodyHtml(ticket);
  window.print();
}

let installed = false;

/**
 * The page's CSP allows no inline <style>, so the print rules go in as a
 * constructed stylesheet: on screen the ticket is hidden, on paper only it shows.
 */
function installPrintStyles(): void {
  if (installed) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @media screen { #${AREA_ID} { display: none; } }
    @media print {
      /* Not while the staff area is open: then the page prints the staff summary. */
      body:not(:has(.staff-dialog[open])) > *:not(#${AREA_ID}) { display: none !important; }
      html, body { background: #fff !important; margin: 0 !important; }
    }
    ${TICKET_CSS}
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  installed = true;
}
