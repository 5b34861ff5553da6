import { createStore, type StateCreator, type StoreApi } from 'zustand';
import type { AppInfo, IssuedTicket, WalkthroughContent, WalkthroughSummary } from '../../../contract/dto';
import type { FeedbackRating, PriorityReason } from '../../../contract/codes';
import type { MessageKey } from '../../../contract/errors';
import { messageKeyOf, type HelpPointClient } from '../../platform/client';

/** Where the visitor is. Views are values so Back can return to any of them exactly. */
export type KioskView =
  | { name: 'home' }
  | { name: 'intro' }
  | { name: 'step'; index: number }
  | { name: 'quiz'; index: number }
  | { name: 'finish' }
  | { name: 'help-topic' }
  | { name: 'help-priority' }
  | { name: 'ticket' };

export type LearningMode = 'guide' | 'practice';

/** What one visitor has done at the kiosk; nothing of it survives `resetVisit` (start over, Done, the idle reset). */
interface VisitState {
  view: KioskView;
  history: KioskView[];
  walkthrough: WalkthroughContent | null;
  mode: LearningMode;
  /** Step ids whose safety warning the visitor confirmed having read. */
  safetyRead: string[];
  /** Wrong taps on the phone picture in the current step (practice mode). */
  wrongTaps: number;
  /** Question id → chosen option id. */
  answers: Record<string, string>;
  feedback: FeedbackRating | null;
  /** The category the visitor asked help with: a walkthrough id or "other". */
  helpTopic: string | null;
  ticket: IssuedTicket | null;
  busy: boolean;
  errorKey: MessageKey | null;
  /** Grows at every new visitor, so screens remount with no state left over. */
  visit: number;
}

/** The visit: one visitor's way through the guides and the queue. */
export interface VisitSlice extends VisitState {
  openWalkthrough(id: string): Promise<void>;
  begin(mode: LearningMode): void;
  /** Continue: the next step, then the questions, then the end. */
  next(): void;
  readSafety(stepId: string): void;
  wrongTap(): void;
  answer(questionId: string, optionId: string): void;
  giveFeedback(rating: FeedbackRating): Promise<void>;
  /** "Call a volunteer": asks what for, or shows the ticket already taken. */
  askForHelp(): void;
  chooseTopic(category: string): void;
  takeTicket(priorityReason: PriorityReason | null): Promise<void>;
  /** From the ticket back to where the visitor was reading. */
  returnToGuide(): void;
  goBack(): void;
  /** Everything of this visitor gone; the catalogue stays. The other stores' resets are in new-visitor.ts. */
  resetVisit(): void;
}

/** The catalogue: what the kiosk offers, kept from one visitor to the next. */
export interface CatalogSlice {
  info: AppInfo | null;
  catalog: WalkthroughSummary[];
  catalogError: MessageKey | null;
  load(): Promise<void>;
}

export type KioskState = VisitSlice & CatalogSlice;
export type KioskStore = StoreApi<KioskState>;

const freshVisit = (visit: number): VisitState => ({
  view: { name: 'home' },
  history: [],
  walkthrough: null,
  mode: 'guide',
  safetyRead: [],
  wrongTaps: 0,
  answers: {},
  feedback: null,
  helpTopic: null,
  ticket: null,
  busy: false,
  errorKey: null,
  visit,
});

/** Views that belong to asking for help: "Call a volunteer" does nothing there, and leaving the ticket skips back over them. */
const HELP_VIEWS = new Set<KioskView['name']>(['help-topic', 'help-priority', 'ticket']);

const catalogSlice =
  (client: HelpPointClient): StateCreator<KioskState, [], [], CatalogSlice> =>
  (set) => ({
    info: null,
    catalog: [],
    catalogError: null,
    async load() {
      try {
        const [info, catalog] = await Promise.all([client.call('app.info', {}), client.call('catalog.list', {})]);
        set({ info, catalog, catalogError: null });
      } catch (err) {
        set({ catalogError: messageKeyOf(err) });
      }
    },
  });

const visitSlice =
  (client: HelpPointClient): StateCreator<KioskState, [], [], VisitSlice> =>
  (set, get) => {
    const go = (view: KioskView) => set((s) => ({ view, history: [...s.history, s.view], wrongTaps: 0, errorKey: null }));

    return {
      ...freshVisit(0),

      async openWalkthrough(id) {
        if (get().busy) return;
        set({ busy: true, errorKey: null });
        try {
          const walkthrough = await client.call('catalog.get', { id });
          set({ walkthrough, safetyRead: [], answers: {}, feedback: null });
          go({ name: 'intro' });
        } catch (err) {
          set({ errorKey: messageKeyOf(err) });
        } finally {
          set({ busy: false });
        }
      },

      begin(mode) {
        if (!get().walkthrough) return;
        set({ mode });
        go({ name: 'step', index: 0 });
      },

      next() {
        const { view, walkthrough, safetyRead } = get();
        if (!walkthrough) return;
        if (view.name === 'step') {
          const step = walkthrough.steps[view.index];
          // The warning on an OTP, password or money step cannot be skipped unread.
          if (step?.safety && !safetyRead.includes(step.id)) return;
          if (view.index + 1 < walkthrough.steps.length) go({ name: 'step', index: view.index + 1 });
          else go({ name: 'quiz', index: 0 });
        } else if (view.name === 'quiz') {
          if (view.index + 1 < walkthrough.questions.length) go({ name: 'quiz', index: view.index + 1 });
          else go({ name: 'finish' });
        }
      },

      readSafety(stepId) {
        set((s) => (s.safetyRead.includes(stepId) ? s : { safetyRead: [...s.safetyRead, stepId] }));
      },

      wrongTap() {
        set((s) => ({ wrongTaps: s.wrongTaps + 1 }));
      },

      answer(questionId, optionId) {
        // The first answer stands; the feedback explains, there is nothing to retry for a score.
        set((s) => (questionId in s.answers ? s : { answers: { ...s.answers, [questionId]: optionId } }));
      },

      async giveFeedback(rating) {
        if (get().feedback) return;
        const walkthroughId = get().walkthrough?.id ?? null;
        set({ feedback: rating });
        try {
          await client.call('feedback.submit', { rating, walkthroughId });
        } catch {
          // Feedback is optional; a failed tap must not trouble the visitor.
        }
      },

      askForHelp() {
        const { ticket, view, walkthrough } = get();
        if (HELP_VIEWS.has(view.name)) return;
        if (ticket) {
          go({ name: 'ticket' });
          return;
        }
        set({ helpTopic: walkthrough?.id ?? null });
        go({ name: 'help-topic' });
      },

      chooseTopic(category) {
        set({ helpTopic: category });
        go({ name: 'help-priority' });
      },

      async takeTicket(priorityReason) {
        const { busy, helpTopic, walkthrough, history, ticket } = get();
        // A shaky double tap must not issue two tickets.
        if (busy || ticket) return;
        set({ busy: true, errorKey: null });
        // The step the visitor reached (0-based), so the volunteer can pick up from there.
        const readingAt = [...history].reverse().find((v) => v.name === 'step' || v.name === 'quiz' || v.name === 'finish');
        const stepReached = !walkthrough || !readingAt ? null : readingAt.name === 'step' ? readingAt.index : walkthrough.steps.length - 1;
        try {
          const issued = await client.call('queue.issueTicket', {
            category: helpTopic ?? 'other',
            priorityReason,
            walkthroughId: walkthrough?.id ?? null,
            stepReached,
          });
          set({ ticket: issued });
          go({ name: 'ticket' });
        } catch (err) {
          set({ errorKey: messageKeyOf(err) });
        } finally {
          set({ busy: false });
        }
      },

      returnToGuide() {
        const history = [...get().history];
        while (history.length && HELP_VIEWS.has(history[history.length - 1]!.name)) history.pop();
        const back = history.pop();
        if (back) set({ view: back, history, wrongTaps: 0, errorKey: null });
      },

      goBack() {
        const { history, view } = get();
        if (view.name === 'ticket') {
          get().returnToGuide();
          return;
        }
        if (!history.length) return;
        set({ view: history[history.length - 1]!, history: history.slice(0, -1), wrongTaps: 0, errorKey: null });
      },

      resetVisit() {
        set((s) => freshVisit(s.visit + 1));
      },
    };
  };

/**
 * The kiosk's store: the visit and the catalogue as two slices of one store, with
 * the platform's client given once here instead of to every action.
 */
export function createKioskStore(client: HelpPointClient): KioskStore {
  return createStore<KioskState>()((...a) => ({ ...catalogSlice(client)(...a), ...visitSlice(client)(...a) }));
}
