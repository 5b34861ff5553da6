import type { SpeechLang } from './speech-port';

/**
 * Where the active walkthrough pack is served, in both shells: the browser shell's
 * host (browser-shell/host.ts) and Electron's app:// handler (electron/protocol.ts)
 * both map /content/walkthroughs/… to the folder of the pack in use. A root-relative
 * path therefore works on http://127.0.0.1:port/kiosk and on app://kiosk/kiosk alike.
 */
export const WALKTHROUGH_CONTENT_PATH = '/content/walkthroughs/';

/** Recorded clip types a content pack may carry (core/services/content-packs.ts). */
const CLIP_EXTENSIONS = ['.mp3', '.ogg', '.opus', '.m4a', '.wav'];

/**
 * The URL of a recorded clip named in a walkthrough step (`steps[].audio.vi/en`): a
 * file beside the walkthrough JSON, or in a folder under it ("audio/w01-1.ogg").
 * Null for anything that is not a plain relative path inside the pack: '..', '.',
 * empty segments, a leading slash, backslashes, a scheme, a query or fragment,
 * control characters, or a file that is not audio.
 */
export function clipUrl(fileName: string | null | undefined): string | null {
  return contentFileUrl(fileName, CLIP_EXTENSIONS);
}

/** Tile picture types (contract/walkthrough.ts PICTURE_EXTENSIONS). */
const PICTURE_EXTENSIONS = ['.svg', '.png', '.webp'];

/** The URL of a walkthrough's tile picture (`picture`), built like a clip's; null when it is not a plain relative picture path. */
export function pictureUrl(fileName: string | null | undefined): string | null {
  return contentFileUrl(fileName, PICTURE_EXTENSIONS);
}

function contentFileUrl(fileName: string | null | undefined, extensions: readonly string[]): string | null {
  if (typeof fileName !== 'string') return null;
  const name = fileName.normalize('NFC');
  if (!name || name.length > 200) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\:?#%\u0000-\u001f\u007f]/.test(name)) return null;
  const segments = name.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.trim() !== s)) return null;
  const lower = name.toLowerCase();
  if (!extensions.some((ext) => lower.endsWith(ext))) return null;
  return WALKTHROUGH_CONTENT_PATH + segments.map(encodeURIComponent).join('/');
}

/** The clip of a step in the visitor's language, or null (then the text is spoken by a voice). */
export function stepClipUrl(step: { audio?: Partial<Record<SpeechLang, string | undefined>> | undefined }, lang: SpeechLang): string | null {
  return clipUrl(step.audio?.[lang]);
}
