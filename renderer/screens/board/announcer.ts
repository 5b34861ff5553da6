import type { BoardView } from '../../../contract/dto';
import type { Lang } from '../../../contract/labels';

export type Call = NonNullable<BoardView['lastCall']>;

/** What is said for a call, Vietnamese first: "Mời số A012 đến bàn số 2". */
export function announcementTexts(call: Call, languages: readonly Lang[]): { lang: Lang; text: string }[] {
  const all = {
    vi: `Mời số ${call.displayNumber} đến bàn số ${call.desk}`,
    en: `Number ${call.displayNumber}, please go to desk ${call.desk}`,
  };
  return languages.map((lang) => ({ lang, text: all[lang] }));
}

let audio: AudioContext | null = null;

/** A soft two-note chime, generated: no audio files to ship or lose. */
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

function voicesNow(): Promise<SpeechSynthesisVoice[]> {
  const synth = window.speechSynthesis;
  const ready = synth.getVoices();
  if (ready.length) return Promise.resolve(ready);
  // Chromium loads voices lazily; wait briefly, then go on without.
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

/**
 * Speaks each text with a voice of its language, when this machine has one (Linux
 * Chromium often has none): a Vietnamese sentence in an English voice helps nobody.
 */
export async function speak(texts: { lang: Lang; text: string }[]): Promise<void> {
  if (!('speechSynthesis' in window)) return;
  const voices = await voicesNow();
  for (const { lang, text } of texts) {
    const voice = voices.find((v) => v.lang.toLowerCase().startsWith(lang));
    if (!voice) continue;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  }
}
