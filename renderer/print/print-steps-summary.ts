import type { Walkthrough } from '../../contract/walkthrough';
import { printInBrowser } from './print-area';
import {
  STEPS_SUMMARY_CSS,
  estimateStepsSummaryHeightMm,
  stepsSummaryBodyHtml,
  stepsSummaryDocument,
  stepsSummaryPageCss,
  type StepsSummaryOptions,
  type SummaryLang,
} from './steps-summary-template';

/**
 * Prints the take-home summary of one walkthrough on the receipt roll. In
 * Electron: silently, to the receipt printer set in settings, at 80 mm × the
 * estimated height. In the browser shell: the browser's print of the page, whose
 * print stylesheet shows only the summary. Never throws: a jammed printer must
 * not break the screen the visitor is on, so failures are only logged.
 */
export async function printStepsSummary(walkthrough: Walkthrough, lang: SummaryLang, opts: StepsSummaryOptions): Promise<void> {
  try {
    const heightMm = estimateStepsSummaryHeightMm(walkthrough, lang, opts);
    const bridge = window.helpPoint;
    if (bridge) {
      // Electron: never the browser's own print dialog on a locked-down kiosk.
      if (!bridge.printReceipt) {
        console.warn('printStepsSummary: this Electron build has no receipt printing');
        return;
      }
      const result = await bridge.printReceipt(stepsSummaryDocument(walkthrough, lang, opts), heightMm);
      if (!result.ok) console.warn(`printStepsSummary: print failed (${result.reason ?? 'unknown'})`);
      return;
    }
    printInBrowser(stepsSummaryBodyHtml(walkthrough, lang, opts), `${stepsSummaryPageCss(heightMm)}\n${STEPS_SUMMARY_CSS}`);
  } catch (err) {
    console.warn('printStepsSummary: print failed', err);
  }
}
