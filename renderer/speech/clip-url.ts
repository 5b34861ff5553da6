import { isAudioFile, isPictureFile, isPlainRelativePath } from '../../contract/content-files';
import type { Lang } from '../../contract/labels';

/**
 * Where the active walkthrough pack is served, in both shells: the browser shell's
 * host (browser-shell/host.ts) and Electron's app:// handler (electron/protocol.ts)
 * both map /content/walkthroughs/… to the folder of the pack in use. A root-relative
 * path therefore works on http://127.0.0.1:port/kiosk and on app://kiosk/kiosk alike.
 */
export const WALKTHROUGH_CONTENT_PATH = '/content/walkthroughs/';

/**
 * The URL of a recorded clip named in a walkthrough step (`steps[].audio.vi/en`): a
 * file beside the walkthrough JSON, or in a folder under it ("audio/w01-1.ogg").
 * Null for anything that is not a plain relative path inside the pack: '..', '.',
 * empty segments, a leading slash, backslashes, a scheme, a query or fragment,
 * control characters, or a file that is not audio.
 */
export function clipUrl(fileName: string | null | undefined): string | null {
  return contentFileUrl(fileName, isAudioFile);
}

/** The URL of a walkthrough's tile picture (`picture`), built like a clip's; null when it is not a plain relative picture path. */
export function pictureUrl(fileName: string | null | undefined): string | null {
  return contentFileUrl(fileName, isPictureFile);
}

function contentFileUrl(fileName: string | null | undefined, accept: (name: string) => boolean): string | null {
  if (typeof fileName !== 'string') return null;
  const name = fileName.normalize('NFC');
  if (!isPlainRelativePath(name) || !accept(name)) return null;
  return WALKTHROUGH_CONTENT_PATH + name.split('/').map(encodeURIComponent).join('/');
}

/** The clip of a step in the visitor's language, or null (then the text is spoken by a voice). */
export function stepClipUrl(step: { audio?: Partial<Record<Lang, string | undefined>> | undefined }, lang: Lang): string | null {
  return clipUrl(step.audio?.[lang]);
}
