import type { CallResult } from './errors';
import type { EventMessage } from './events';
import type { MethodName } from './methods';

/** The screens an Electron window can be. */
export type ScreenName = 'kiosk' | 'desk' | 'board';

/**
 * What the Electron preload puts on `window.helpPoint`: one function per contract
 * method, an event subscription that returns its own unsubscribe, and the screen
 * this window was opened as. Never ipcRenderer itself.
 */
export interface HelpPointBridge {
  /** One function per method; the staff token, when signed in, rides along. */
  methods: Record<MethodName, (input: unknown, staffToken?: string | null) => Promise<CallResult<unknown>>>;
  onEvent(listener: (message: EventMessage) => void): () => void;
  screen: ScreenName;
  /** Prints one ticket (a whole HTML document) silently to the receipt printer set in settings. */
  printTicket?(html: string): Promise<PrintResult>;
}

export interface PrintResult {
  ok: boolean;
  /** Why it failed, for the log; the screen says "ask a volunteer". */
  reason?: string;
}
