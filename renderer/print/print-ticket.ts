import type { IssuedTicket } from '../../contract/dto';
import { printInBrowser } from './print-area';
import { TICKET_CSS, ticketBodyHtml, ticketDocument } from './ticket-template';

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
  printInBrowser(await ticketBodyHtml(ticket), TICKET_CSS);
}
