import type { BoardView } from '../../../contract/dto';
import type { Lang } from '../../../contract/labels';
import { format } from '../../i18n/format';
import type { HelpPointClient } from '../../platform/client';
import { browserVoiceProviders } from '../../speech/providers';
import { createSpeechPort } from '../../speech/speech-port';
import { boardText } from './board-messages';

export type Call = NonNullable<BoardView['lastCall']>;
export interface Announcement {
  lang: Lang;
  text: string;
}

/** What is said for a call, in each of the board's languages, Vietnamese first. */
export function announcementTexts(call: Call, languages: readonly Lang[]): Announcement[] {
  return languages.map((lang) => ({ lang, text: format(boardText.call, lang, { number: call.displayNumber, desk: call.desk }) }));
}

let audio: AudioContext | null = null;

/** A soft two-note chime, generated: no audio files to ship or lose. The board's own sound, outside the speech port. */
export async function playChime(): Promise<void> {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') await audio.resume();
    const start = audio.currentTime + 0.05;
    for (const [i, freq] of [784, 587].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const t0 = start + i * 0.45;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(0.4, t0 + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.9);
      osc.connect(gain).connect(audio.destination);
      osc.start(t0);
      osc.stop(t0 + 0.95);
    }
    await new Promise((r) => setTimeout(r, 1300));
  } catch {
    // No sound device: the call is still shown on screen.
  }
}

export interface BoardVoice {
  /** Says each text in turn, each in a voice of its own language; a text no voice can say is skipped. */
  say(texts: readonly Announcement[]): Promise<void>;
}

/**
 * The board's voice: the same speech port as the kiosk's read-aloud (the browser's
 * voice, else the host's engine, which Linux Chromium often needs), but its own
 * instance, so the board's calls and the visitor's read-aloud never cancel each
 * other and the board can later have an audio output of its own. A Vietnamese
 * sentence is never read by an English voice: the port picks by language.
 */
export function createBoardVoice(client: HelpPointClient): BoardVoice {
  const port = createSpeechPort(browserVoiceProviders(client));
  return {
    async say(texts) {
      for (const { lang, text } of texts) await port.speak({ text, lang }, 1);
    },
  };
}
