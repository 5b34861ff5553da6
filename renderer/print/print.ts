import type { IssuedTicket } from '../../contract/dto';
import type { Walkthrough } from '../../contract/walkthrough';
import type { Lang } from '../../contract/labels';
import type { Platform } from '../platform/platform';
import { estimateStepsSummaryHeightMm, stepsSummaryPrintJob, type StepsSummaryOptions } from './steps-summary-template';
import { ticketPrintJob } from './ticket-template';

/*
 * The screens' two print buttons. The templates build the receipt; the platform
 * decides how it reaches paper (Electron: silently, to the receipt printer set in
 * settings, electron/printing.ts; browser shell: the page's print, whose print
 * stylesheet shows only the receipt). Neither ever throws: a jammed printer must not
 * break the screen the visitor is on, and the number is already issued and shown.
 */

type Printer = Pick<Platform, 'printTicket' | 'printReceipt'>;

/** Prints a visitor's ticket. */
export async function printTicket(platform: Printer, ticket: IssuedTicket): Promise<void> {
  try {
    const result = await platform.printTicket(ticketPrintJob(ticket));
    if (!result.ok) console.warn(`printTicket: print failed (${result.reason ?? 'unknown'})`);
  } catch (err) {
    console.warn('printTicket: print failed', err);
  }
}

/** Prints the take-home summary of one walkthrough on the receipt roll, at 80 mm × the estimated height. */
export async function printStepsSummary(platform: Printer, walkthrough: Walkthrough, lang: Lang, opts: StepsSummaryOptions): Promise<void> {
  try {
    const heightMm = estimateStepsSummaryHeightMm(walkthrough, lang, opts);
    const result = await platform.printReceipt(stepsSummaryPrintJob(walkthrough, lang, opts, heightMm), heightMm);
    if (!result.ok) console.warn(`printStepsSummary: print failed (${result.reason ?? 'unknown'})`);
  } catch (err) {
    console.warn('printStepsSummary: print failed', err);
  }
}
