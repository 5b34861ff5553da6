import type { IssuedTicket } from '../../contract/dto';

/**
 * Prints a visitor's ticket. In the browser shell this is the browser's print of
 * the page, whose print stylesheet shows only the ticket; the Electron shell's
 * silent print to the configured receipt printer replaces it (queue issue).
 */
export async function printTicket(_ticket: IssuedTicket): Promise<void> {
  window.print();
}
