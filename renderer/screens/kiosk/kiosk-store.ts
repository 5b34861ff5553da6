import { create } from 'zustand';
import type { IssuedTicket, WalkthroughSummary } from '../../../contract/dto';
import type { HelpPointClient } from '../../platform/client';
import { CallFailed } from '../../platform/client';

export type KioskView = { name: 'home' } | { name: 'ticket'; ticket: IssuedTicket };

/** What one visitor has done at the kiosk; cleared completely on start over and idle reset. */
export interface KioskState {
  catalog: WalkthroughSummary[];
  catalogError: string | null;
  view: KioskView;
  history: KioskView[];
  busy: boolean;
  errorKey: string | null;
  loadCatalog(client: HelpPointClient): Promise<void>;
  callVolunteer(client: HelpPointClient, category: string): Promise<void>;
  goBack(): void;
  startOver(): void;
}

export const useKiosk = create<KioskState>()((set, get) => ({
  catalog: [],
  catalogError: null,
  view: { name: 'home' },
  history: [],
  busy: false,
  errorKey: null,
  async loadCatalog(client) {
    try {
      set({ catalog: await client.call('catalog.list', {}), catalogError: null });
    } catch (err) {
      set({ catalogError: err instanceof CallFailed ? err.error.messageKey : 'error.unavailable' });
    }
  },
  async callVolunteer(client, category) {
    if (get().busy) return; // a shaky double tap must not issue two tickets
    set({ busy: true, errorKey: null });
    try {
      const ticket = await client.call('queue.issueTicket', { category, priorityReason: null, walkthroughId: null, stepReached: null });
      set((s) => ({ view: { name: 'ticket', ticket }, history: [...s.history, s.view] }));
    } catch (err) {
      set({ errorKey: err instanceof CallFailed ? err.error.messageKey : 'error.unavailable' });
    } finally {
      set({ busy: false });
    }
  },
  goBack() {
    const history = get().history;
    if (!history.length) return;
    set({ view: history[history.length - 1]!, history: history.slice(0, -1) });
  },
  startOver() {
    set({ view: { name: 'home' }, history: [], busy: false, errorKey: null });
  },
}));
