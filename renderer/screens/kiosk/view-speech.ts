import type { BilingualLabel, Lang } from '../../../contract/labels';
import { format } from '../../i18n/format';
import { waitText } from '../../i18n/wait-text';
import { kioskText } from './kiosk-messages';
import type { KioskState } from './kiosk-store';

/*
 * What the kiosk says, as plain strings from the visit: no React, no DOM, no store
 * (lint-enforced), so every screen's words are tested in Node.
 */

export interface Saying {
  text: string;
  /** Recorded clips shipped with the content, by language; played instead of a voice when present. */
  clips?: { vi?: string; en?: string } | null;
}

type Visit = Pick<KioskState, 'view' | 'walkthrough' | 'safetyRead' | 'answers' | 'ticket' | 'mode'>;

/** What "Listen again" says on each screen, and what a screen says when it opens (an empty text: nothing). */
export function speechForView(visit: Visit, lang: Lang): Saying {
  const { view, walkthrough } = visit;
  const t = (msg: { vi: string; en: string }, vars?: Record<string, string | number>) => format(msg, lang, vars);
  switch (view.name) {
    case 'home':
      return { text: t(kioskText.homeSpoken) };
    case 'intro':
      if (!walkthrough) break;
      return { text: [walkthrough.title[lang], walkthrough.goal[lang], t(kioskText.chooseMode)].join('. ') };
    case 'step': {
      const step = walkthrough?.steps[view.index];
      if (!step) break;
      const prefix = t(kioskText.stepOf, { n: view.index + 1, of: walkthrough.steps.length });
      // An unread warning is read first; the step follows once the visitor confirms it.
      if (step.safety && !visit.safetyRead.includes(step.id)) return { text: `${prefix}. ${t(kioskText.safetyTitle)}: ${step.safety[lang]} ${t(kioskText.safetyFirst)}` };
      const practice = visit.mode === 'practice' ? ` ${t(kioskText.practiceAsk)}` : '';
      return { text: `${prefix}. ${step.readAloud[lang]}${practice}`, clips: practice ? null : step.audio };
    }
    case 'quiz': {
      const q = walkthrough?.questions[view.index];
      if (!q) break;
      const chosen = q.options.find((o) => o.id === visit.answers[q.id]);
      if (chosen) return { text: quizFeedback(chosen, lang) };
      return { text: [q.prompt[lang], ...q.options.map((o, i) => `${i + 1}: ${o.label[lang]}`)].join('. ') };
    }
    case 'finish':
      return { text: t(kioskText.finishedSpoken) };
    case 'help-topic':
      return { text: `${t(kioskText.topicTitle)} ${t(kioskText.topicHint)}` };
    case 'help-priority':
      return { text: `${t(kioskText.priorityTitle)} ${t(kioskText.priorityHint)}` };
    case 'ticket': {
      const ticket = visit.ticket;
      if (!ticket) break;
      const ahead = ticket.peopleAhead === 0 ? t(kioskText.nobodyAhead) : t(kioskText.peopleAhead, { count: ticket.peopleAhead });
      const wait = waitText(ticket.estimatedWaitMinutes);
      const spaced = ticket.displayNumber.split('').join(' ');
      return { text: `${t(kioskText.ticketSpoken, { spaced, ahead })}${wait ? ` ${t(kioskText.waitAbout, { wait: t(wait) })}.` : ''}` };
    }
  }
  return { text: '' };
}

/**
 * The sentence after a quiz answer, shown and spoken alike. The content's own
 * feedback is already kind and says whether the choice was safe; a less safe
 * choice also points at the marked one.
 */
export function quizFeedback(option: { correct: boolean; feedback: BilingualLabel }, lang: Lang): string {
  return option.correct ? option.feedback[lang] : `${option.feedback[lang]} ${format(kioskText.betterAnswer, lang)}`;
}

/** The home screen does not talk to an empty room; every other screen reads itself when it opens. */
export function speaksOnOpen(view: Visit['view']): boolean {
  return view.name !== 'home';
}
